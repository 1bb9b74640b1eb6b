/** UI strings of the peer and program/kegiatan indicator forms on the Pengukuran page (id first, en beside). */
export const pembandingId = {
  "pembanding.judul": "Perangkat daerah pembanding",
  "pembanding.ubah": "Atur pembanding",
  "pembanding.opd": "Pembanding",
  "pembanding.opdKet":
    "Pilih perangkat daerah di Pemda ini (★ = sejenis; hasil survei dan evaluasinya diambil dari basis data) atau pembanding dari luar.",
  "pembanding.eksternal": "Lainnya (di luar basis data)",
  "pembanding.nama": "Nama pembanding",
  "pembanding.angkaTerbit": "Angka terbit pembanding",
  "pembanding.angkaTerbitKet":
    "Target dan realisasi yang diterbitkan pembanding, per kode indikator dan tahun, masing-masing dengan sumbernya (dokumen dan halaman).",
  "pembanding.tambahBaris": "Tambah baris",
  "pembanding.hapusBaris": "Hapus baris",
  "program.judul": "Indikator program/kegiatan penunjang sasaran",
  "program.ubah": "Ubah tabel",
  "program.ket":
    "Capaian tidak diketik: dihitung dari target dan realisasi. Capaian yang tercetak di dokumen sumber tetap disimpan sebagai catatan sumber.",
  "program.sasaran": "Sasaran",
  "program.tingkat": "Tingkat",
  "program.tingkatProgram": "Program",
  "program.tingkatKegiatan": "Kegiatan",
  "program.programKegiatan": "Program/kegiatan",
  "program.menunjang": "Menunjang?",
  "program.naik": "Naikkan",
  "program.turun": "Turunkan",
} as const;

export const pembandingEn: Record<keyof typeof pembandingId, string> = {
  "pembanding.judul": "Peer agency",
  "pembanding.ubah": "Set peer",
  "pembanding.opd": "Peer",
  "pembanding.opdKet":
    "Choose an agency of this local government (★ = same type; its survey and evaluation results come from the database) or an outside peer.",
  "pembanding.eksternal": "Other (outside the database)",
  "pembanding.nama": "Peer name",
  "pembanding.angkaTerbit": "Peer's published figures",
  "pembanding.angkaTerbitKet":
    "Targets and results published by the peer, per indicator code and year, each with its source (document and page).",
  "pembanding.tambahBaris": "Add row",
  "pembanding.hapusBaris": "Remove row",
  "program.judul": "Program/activity indicators supporting the objectives",
  "program.ubah": "Edit table",
  "program.ket":
    "Achievement is never typed: it is computed from target and result. A printed achievement from the source document is kept as a source note.",
  "program.sasaran": "Objective",
  "program.tingkat": "Level",
  "program.tingkatProgram": "Program",
  "program.tingkatKegiatan": "Activity",
  "program.programKegiatan": "Program/activity",
  "program.menunjang": "Supports?",
  "program.naik": "Move up",
  "program.turun": "Move down",
};
