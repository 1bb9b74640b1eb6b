/** Anggaran: kode nomenklatur, klasifikasi belanja, roll-up, serapan, efisiensi, laporan pengawasan anggaran. */
export * from "./kode";
export * from "./kode-unit";
export * from "./belanja-kelas";
export * from "./belanja-akun";
export * from "./serapan";
export * from "./pohon-types";
export * from "./pohon";
export * from "./serapan-sasaran";
export * from "./efisiensi";
export * from "./ringkasan-program";
export * from "./ringkasan-kelas";
export * from "./bandingkan-ringkasan";
export * from "./pengawasan-types";
export * from "./pengawasan";
export { normalisasiNama } from "./rekonsiliasi";
export * from "./tsv";
export * from "./format-id";
