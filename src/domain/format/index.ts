/** Display formatting (id-ID by default, en-US for the English UI) from exact decimals. */
export * from "./locale";
export * from "./angka";
export * from "./persen";
export * from "./rupiah";
export * from "./tanggal";
export * from "./predikat";
export * from "./selisih";
export * from "./waktu";
