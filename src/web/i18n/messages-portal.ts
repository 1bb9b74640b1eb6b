/** UI strings of the 404 page and the publication panel (issue 15); merged into messages.ts. */
export const portalId = {
  "halaman404.judul": "Halaman tidak ditemukan",
  "halaman404.teks": "Alamat yang Anda buka tidak ada. Periksa kembali alamatnya, atau kembali ke beranda.",
  "halaman404.beranda": "Kembali ke beranda",
  "laporan.tab.publikasi": "Publikasi",
  "publikasi.intro":
    "Terbitkan dokumen ke portal publik. Yang diterbitkan adalah salinan saat ini; perubahan kemudian tidak mengubahnya sampai diterbitkan ulang.",
  "publikasi.lihatPortal": "Lihat di portal publik",
  "publikasi.jenis": "Dokumen",
  "publikasi.status": "Status",
  "publikasi.aksi": "Aksi",
  "publikasi.terbit": "Terbit",
  "publikasi.belum": "Belum terbit",
  "publikasi.terbitkan": "Terbitkan",
  "publikasi.terbitkanUlang": "Terbitkan ulang",
  "publikasi.tarik": "Tarik",
};

export const portalEn: Record<keyof typeof portalId, string> = {
  "halaman404.judul": "Page not found",
  "halaman404.teks": "The address you opened does not exist. Check the address, or go back to the home page.",
  "halaman404.beranda": "Back to the home page",
  "laporan.tab.publikasi": "Publication",
  "publikasi.intro":
    "Publish documents on the public portal. What is published is a copy of the current state; later changes do not alter it until it is published again.",
  "publikasi.lihatPortal": "View on the public portal",
  "publikasi.jenis": "Document",
  "publikasi.status": "Status",
  "publikasi.aksi": "Action",
  "publikasi.terbit": "Published",
  "publikasi.belum": "Not published",
  "publikasi.terbitkan": "Publish",
  "publikasi.terbitkanUlang": "Publish again",
  "publikasi.tarik": "Withdraw",
};
