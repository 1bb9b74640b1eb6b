/** Texts of the "Tandatangani" action (issue 17, TTE). */
export const tteId = {
  "tte.tombol": "Tandatangani PK (PDF)",
  "tte.judul": "Tandatangani Perjanjian Kinerja",
  "tte.pilihPejabat": "Pilih pejabat penanda tangan terlebih dahulu.",
  "tte.penyedia": "Cara tanda tangan",
  "tte.register": "Register SAKIP (kode QR, tanpa sertifikat)",
  "tte.bsre": "Sertifikat elektronik BSrE",
  "tte.nik": "NIK pemilik sertifikat",
  "tte.passphrase": "Passphrase",
  "tte.rahasia": "NIK dan passphrase hanya dikirim untuk tanda tangan ini; tidak disimpan.",
  "tte.kirim": "Tandatangani",
  "tte.berhasil": "Ditandatangani. Kode verifikasi {kode}; berkas {nama} diunduh.",
} as const;

export const tteEn: Record<keyof typeof tteId, string> = {
  "tte.tombol": "Sign PK (PDF)",
  "tte.judul": "Sign the performance agreement",
  "tte.pilihPejabat": "Choose the signing official first.",
  "tte.penyedia": "Signature type",
  "tte.register": "SAKIP register (QR code, no certificate)",
  "tte.bsre": "BSrE electronic certificate",
  "tte.nik": "Certificate holder's NIK",
  "tte.passphrase": "Passphrase",
  "tte.rahasia": "The NIK and passphrase are sent for this signature only; they are not stored.",
  "tte.kirim": "Sign",
  "tte.berhasil": "Signed. Verification code {kode}; file {nama} downloaded.",
};
