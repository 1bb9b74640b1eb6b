/** Rencana Aksi: quarterly targets, capaian per triwulan and cumulative, early warning. */
export * from "./triwulan";
export * from "./capaian-triwulan";
export * from "./peringatan";
