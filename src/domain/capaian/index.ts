/** Capaian kinerja: per indicator, per sasaran, kategori, and the differences used in the narrative. */
export * from "./target";
export * from "./capaian-indikator";
export * from "./kategori";
export * from "./capaian-sasaran";
export * from "./selisih";
