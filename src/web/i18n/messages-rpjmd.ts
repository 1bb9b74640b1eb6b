/** Texts of the RPJMD IKU / Kabupaten LKjIP page (issue 15, ADR 0036). */
export const rpjmdId = {
  "nav.rpjmdIku": "IKU RPJMD & LKjIP Kabupaten",
  "rpjmdIku.judul": "IKU RPJMD dan LKjIP Kabupaten",
  "rpjmdIku.tahun": "Tahun laporan",
  "rpjmdIku.rpjmd": "RPJMD {awal}–{akhir}",
  "rpjmdIku.unduh": "Unduh LKjIP Kabupaten",
  "rpjmdIku.iku": "Indikator Kinerja Utama",
  "rpjmdIku.satuan": "Satuan",
  "rpjmdIku.target": "Target",
  "rpjmdIku.realisasi": "Realisasi",
  "rpjmdIku.capaian": "Capaian",
  "rpjmdIku.kategori": "Kategori",
  "rpjmdIku.asal": "Sumber realisasi",
  "rpjmdIku.kosong": "Belum ada IKU RPJMD untuk tahun ini.",
  "rpjmdIku.sunting": "Sunting IKU dan tautan (JSON)",
  "rpjmdIku.suntingKet":
    "Tujuan, sasaran, IKU, target per tahun, realisasi yang diisi langsung, dan tautan ke indikator perangkat daerah (opd = slug OPD, indikator = kode indikator; gabungan: utama, jumlah atau rata).",
  "rpjmdIku.simpan": "Simpan",
  "rpjmdIku.tersimpan": "IKU RPJMD tersimpan.",
  "rpjmdIku.bukanJson": "Isian bukan JSON yang sah: {pesan}",
} as const;

export const rpjmdEn: Record<keyof typeof rpjmdId, string> = {
  "nav.rpjmdIku": "RPJMD key indicators & regency LKjIP",
  "rpjmdIku.judul": "RPJMD key indicators and the regency LKjIP",
  "rpjmdIku.tahun": "Report year",
  "rpjmdIku.rpjmd": "RPJMD {awal}–{akhir}",
  "rpjmdIku.unduh": "Download the regency LKjIP",
  "rpjmdIku.iku": "Key performance indicator",
  "rpjmdIku.satuan": "Unit",
  "rpjmdIku.target": "Target",
  "rpjmdIku.realisasi": "Actual",
  "rpjmdIku.capaian": "Achievement",
  "rpjmdIku.kategori": "Category",
  "rpjmdIku.asal": "Source of the actual",
  "rpjmdIku.kosong": "No RPJMD key indicators for this year yet.",
  "rpjmdIku.sunting": "Edit indicators and links (JSON)",
  "rpjmdIku.suntingKet":
    "Goals, objectives, key indicators, yearly targets, actuals entered directly, and links to agency indicators (opd = agency slug, indikator = indicator code; gabungan: utama, jumlah or rata).",
  "rpjmdIku.simpan": "Save",
  "rpjmdIku.tersimpan": "RPJMD key indicators saved.",
  "rpjmdIku.bukanJson": "Not valid JSON: {pesan}",
};
