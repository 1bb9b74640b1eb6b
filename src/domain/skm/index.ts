/** Public API of the SKM survey rules (issue 12): answers, saran cleaning, questionnaire, results, kode. */
export * from "./jawaban";
export * from "./saran";
export * from "./kuesioner";
export * from "./rekap";
export * from "./kode";
export * from "./impor";
