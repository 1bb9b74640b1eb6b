/**
 * How long a value may be, the same whether it arrives through a JSON form or an imported file (issue 18 finding 7:
 * a 1 MB desa name via XLSX reached the database's error path; a 15 MB budget "Uraian" was stored). The API's zod
 * contracts (src/api/routes) and the file importers (src/services/tabel, src/domain/anggaran) take their maxima
 * from here, so the two cannot drift apart.
 */

/** A paragraph-length text: uraian, sasaran, indikator, program/kegiatan, dasar hukum, an item of an analysis list. */
export const MAKS_TEKS = 2000;
/** A long text: definisi operasional, an inovasi's description. */
export const MAKS_TEKS_PANJANG = 5000;
/** The narrative of a realisasi. */
export const MAKS_NARASI = 20_000;
/** A name: of a person, a desa, a jabatan; a title. */
export const MAKS_NAMA = 200;
/** The name of a work unit. */
export const MAKS_NAMA_UNIT = 300;
/** The name of an indicator; a document's name. */
export const MAKS_NAMA_INDIKATOR = 500;
/** A code: of a unit, a pejabat, an indicator, a DPPA line. */
export const MAKS_KODE = 100;
/** A source note. */
export const MAKS_SUMBER = 500;
/** The source of an indicator's data. */
export const MAKS_SUMBER_DATA = 1000;
/** A unit of measure. */
export const MAKS_SATUAN = 100;
/** A target as written (85,00 · 80-90 · BB (75,00)). */
export const MAKS_TARGET = 60;
/** A decimal number as text. */
export const MAKS_ANGKA = 30;
/** A realisasi value as text. */
export const MAKS_NILAI_REALISASI = 40;
/** Parts of a pejabat's name and rank. */
export const MAKS_GELAR_DEPAN = 50;
export const MAKS_GELAR_BELAKANG = 100;
export const MAKS_NIP = 40;
export const MAKS_PANGKAT = 60;
export const MAKS_GOLONGAN = 10;

/** "2.000 karakter": the maximum as the message names it. */
export function teksMaks(maks: number): string {
  return `${maks.toLocaleString("id-ID")} karakter`;
}

/** The Indonesian refusal of a text that is too long, or null: "terlalu panjang: 1.048.576 karakter, maksimal 200". */
export function salahPanjang(teks: string, maks: number): string | null {
  return teks.length > maks
    ? `terlalu panjang: ${teks.length.toLocaleString("id-ID")} karakter, maksimal ${teksMaks(maks)}`
    : null;
}
