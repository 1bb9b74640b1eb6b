export * from "./jenis";
export { bacaAngka, formatAngka, type AngkaCetak } from "./angka";
export { bacaKepala, type TabelTerbaca } from "./kepala";
export { periksaLaporan } from "./periksa";
export { susunDokumenTeks } from "./dokumen-teks";
