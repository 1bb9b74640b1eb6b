export * from "./jenis";
export { bacaAngka, formatAngka, type AngkaCetak } from "./angka";
export { bacaKepala, type TabelTerbaca } from "./kepala";
export { periksaLaporan } from "./periksa";
export { susunDokumenTeks } from "./dokumen-teks";
export * from "./data-jenis";
export { periksaDataOpd, galatPenghalang } from "./data-periksa";
export { RUTE_MODUL, tautanModul } from "./data-bantu";
