/** The one PostgreSQL schema, used unchanged on embedded PGlite and on a PostgreSQL server. */
export * from "./pemda";
export * from "./opd";
export * from "./app-meta";
export * from "./audit";
export * from "./status-periode";
export * from "./auth";
// M1-04 plans, PK and measurement
export * from "./organisasi-profil";
export * from "./unit-kerja";
export * from "./pejabat";
export * from "./opd-butir";
export * from "./desa";
export * from "./rpjmd";
export * from "./renstra";
export * from "./indikator";
export * from "./pk";
export * from "./pengukuran";
export * from "./hasil-tertaut";
export * from "./pembanding";
export * from "./catatan-sumber";
// M1-05 budget (DPA tree, realisasi, rincian, sasaran links)
export * from "./anggaran";
// M1-06 LKjIP free texts, edited paragraphs, signatures
export * from "./laporan";
// M2 issue 11: Pemda settings (time zone, rule choice per area)
export * from "./pengaturan-pemda";
// M2-07 SKM survey (layanan, periode, kuesioner, responden, RTL)
export * from "./skm";
// M2-07 SKM public survey: one-time codes, "wajib kode" (ADR 0021)
export * from "./skm-publik";
// M2-08 evaluasi AKIP (LKE worksheet, evidence, recommendations)
export * from "./lke";
// M2-10 deadlines per Pemda and year
export * from "./tenggat";
// M2-11 production: rate-limit events shared by every app server (ADR 0031)
export * from "./batas-laju";
export * from "./lke-surat-rekap";
// M2-12 TTE: signing log and provider per Pemda
export * from "./tte";
// M2 issue 15: public portal, published items frozen at publication (ADR 0029)
export * from "./publikasi";
// M2-15 Rencana Aksi (quarterly targets, actions, quarterly realisasi and state; ADR 0028)
export * from "./renaksi";
// M2-12 (issue 17): acting officials, Plt./Plh. assignments
export * from "./penugasan-pejabat";
// issue 15: the RPJMD IKU of the Pemda (Kabupaten LKjIP)
export * from "./rpjmd-iku";
// M2 issue 15: reminders — in-app notifications and e-mail deliveries (ADR 0035)
export * from "./pengingat";
