/**
 * Roles as data (issue M1-03): a permission enum and a role → permissions table. Authorisation is checked in the
 * services, once per use case (services/akses/authorize.ts), never only in the UI.
 */
export const IZIN = [
  "pemda.kelola", // OPD list, periods, rule sets
  "pengguna.kelola", // users and roles
  "organisasi.baca",
  "organisasi.ubah", // units, pejabat, profile tables
  "perencanaan.baca",
  "perencanaan.ubah", // RPJMD, Renstra, indikator, target
  "pk.baca",
  "pk.ubah",
  "pengukuran.baca",
  "pengukuran.ubah", // realisasi, analysis texts, evidence
  "anggaran.baca",
  "anggaran.ubah", // DPA tree, realisasi anggaran, imports
  "data.ajukan", // draft → diajukan
  "data.setujui", // diajukan → disetujui (pimpinan), or back to draft
  "periode.kunci", // disetujui → terkunci
  "periode.buka", // terkunci → draft, with a reason (admin)
  "skm.baca",
  "skm.ubah", // survey entry, kiosk
  "evaluasi.baca",
  "evaluasi.ubah", // LKE scoring, LHE (evaluator)
  "laporan.baca",
  "laporan.buat", // generate/edit LKjIP, PK documents
  "audit.baca",
  // M2-08 evaluasi AKIP (LKE): the OPD fills its self-assessment, the evaluator team scores, the team leader finalises
  "evaluasi.isi",
  "evaluasi.nilai",
  "evaluasi.finalkan",
  "reviu.periksa", // check a published LKjIP file (Inspektorat reviewer)
  "evaluasi.bukti", // evidence per kriteria and follow-up of recommendations: the OPD and the evaluator
  // M2-10 monitoring of every OPD of the Pemda (Admin Pemda, Inspektorat, Bappeda/Bupati/Sekda as viewer)
  "monitoring.baca",
  // M2-12 TTE: sign a PK/LKjIP PDF electronically (the signer, or the admin on the signer's behalf at the terminal)
  "tte.tandatangani",
  // M2 issue 15: publish/withdraw on the public portal (Admin Pemda: every OPD; Pimpinan OPD: own OPD; ADR 0029)
  "publikasi.terbitkan",
  // M2-15 Rencana Aksi: quarterly targets, actions, quarterly realisasi (ADR 0028)
  "renaksi.baca",
  "renaksi.ubah",
  // issue 15 Kabupaten LKjIP: the Pemda's RPJMD IKU and links (Admin Pemda writes; Pemda-level readers read; ADR 0036)
  "rpjmd.baca",
  "rpjmd.ubah",
] as const;

export type Izin = (typeof IZIN)[number];

export const PERAN = [
  "admin_pemda",
  "operator_opd",
  "pimpinan_opd",
  "evaluator",
  "petugas_skm",
  "viewer",
  // M2-08: the evaluation team leader finalises (ADR 0033)
  "ketua_tim_evaluator",
] as const;
export type Peran = (typeof PERAN)[number];

const BACA: Izin[] = [
  "organisasi.baca",
  "perencanaan.baca",
  "pk.baca",
  "pengukuran.baca",
  "anggaran.baca",
  "skm.baca",
  "evaluasi.baca",
  "laporan.baca",
  // M2-15 Rencana Aksi
  "renaksi.baca",
];

/** What each role may do. Scope (own OPD or the whole Pemda) comes from the user's binding, see `Actor`. */
export const IZIN_PERAN = {
  admin_pemda: [...IZIN],
  operator_opd: [
    ...BACA,
    "organisasi.ubah",
    "perencanaan.ubah",
    "pk.ubah",
    "pengukuran.ubah",
    "anggaran.ubah",
    "skm.ubah",
    "data.ajukan",
    "laporan.buat",
    "audit.baca",
    "evaluasi.isi",
    "evaluasi.bukti",
    // M2-15 Rencana Aksi
    "renaksi.ubah",
  ],
  pimpinan_opd: [
    ...BACA,
    "data.setujui",
    "periode.kunci",
    "laporan.buat",
    "audit.baca",
    "tte.tandatangani",
    "publikasi.terbitkan",
  ],
  evaluator: [
    ...BACA,
    "evaluasi.ubah",
    "audit.baca",
    "evaluasi.nilai",
    "evaluasi.bukti",
    "reviu.periksa",
    // M2-10 monitoring
    "monitoring.baca",
    // issue 15 Kabupaten LKjIP (ADR 0036)
    "rpjmd.baca",
  ],
  petugas_skm: ["organisasi.baca", "skm.baca", "skm.ubah"],
  viewer: [
    ...BACA,
    // M2-10 monitoring
    "monitoring.baca",
    // issue 15 Kabupaten LKjIP (ADR 0036)
    "rpjmd.baca",
  ],
  // the evaluator's permissions plus finalising and unlocking (ADR 0033)
  ketua_tim_evaluator: [
    ...BACA,
    "evaluasi.ubah",
    "audit.baca",
    "evaluasi.nilai",
    "evaluasi.finalkan",
    "evaluasi.bukti",
    "reviu.periksa",
    // M2-10 monitoring
    "monitoring.baca",
    // issue 15 Kabupaten LKjIP (ADR 0036)
    "rpjmd.baca",
  ],
} as const satisfies Record<Peran, readonly Izin[]>;

export const LABEL_PERAN: Record<Peran, string> = {
  admin_pemda: "Admin Pemda",
  operator_opd: "Operator OPD",
  pimpinan_opd: "Pimpinan OPD",
  evaluator: "Evaluator (Inspektorat)",
  petugas_skm: "Petugas SKM",
  viewer: "Pembaca",
  ketua_tim_evaluator: "Ketua Tim Evaluasi",
};

/** What a permission allows, for the role screens (added with the LKE permissions; others may add theirs). */
export const LABEL_IZIN_LKE: Record<
  "evaluasi.isi" | "evaluasi.nilai" | "evaluasi.finalkan" | "evaluasi.bukti",
  string
> = {
  "evaluasi.isi": "Mengisi penilaian mandiri LKE dan bukti dukung, lalu mengajukannya",
  "evaluasi.nilai": "Menilai LKE sebagai tim evaluator (jawaban, catatan, rekomendasi)",
  "evaluasi.finalkan": "Memfinalkan atau membuka kembali hasil evaluasi LKE (ketua tim evaluator)",
  "evaluasi.bukti": "Melampirkan bukti dukung LKE dan mengisi tindak lanjut rekomendasi",
};

export function punyaIzin(peran: Peran, izin: Izin): boolean {
  return (IZIN_PERAN[peran] as readonly Izin[]).includes(izin);
}
