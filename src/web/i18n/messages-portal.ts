/** UI strings of the 404 page and the publication panel (issue 15); merged into messages.ts. */
export const portalId = {
  "halaman404.judul": "Halaman tidak ditemukan",
  "halaman404.teks": "Alamat yang Anda buka tidak ada. Periksa kembali alamatnya, atau kembali ke beranda.",
  "halaman404.beranda": "Kembali ke beranda",
};

export const portalEn: Record<keyof typeof portalId, string> = {
  "halaman404.judul": "Page not found",
  "halaman404.teks": "The address you opened does not exist. Check the address, or go back to the home page.",
  "halaman404.beranda": "Back to the home page",
};
