/** The report model (pure): LKjIP and PK documents built from SumberLkjip. */
export type * from "./sumber";
export type * from "./dokumen";
export type * from "./grafik";
export type { DataHilang } from "./hilang";
export type { NarasiTercatat, OverrideNarasi, OverrideNarasiMap, PeringatanNarasi } from "./narasi";
export { bangunLkjip, type HasilLkjip, type OpsiLkjip } from "./lkjip";
export { bangunDokumenPk, pilihPk, type HasilPk, type OpsiPk } from "./dokumen-pk";
export { nomoriDokumen, teksPolos, type Penomoran } from "./penomoran";
export type * from "./sumber-skm";
export { bangunLaporanSkm, type HasilLaporanSkm } from "./laporan-skm";
export { bangunHasilSkm, type HasilPublikasiSkm } from "./hasil-skm";
export { hitungSkm, type HitungSkm } from "./hitung/skm";
