/**
 * Limits of an uploaded file (issue 18, findings 1 and 2), one type and one set of defaults shared by the settings
 * (src/config/env.ts builds its SAKIP_IMPOR_* defaults from BATAS_IMPOR_BAWAAN) and the reader
 * (src/services/berkas). The defaults suit a Kabupaten's budget report and every XLSX table.
 */
export interface BatasImpor {
  /** Bytes of the uploaded file (SAKIP_IMPOR_MAKS_BERKAS_MB). */
  ukuranBerkas: number;
  /** Bytes of an XLSX's content once unpacked, and characters of all cells read (SAKIP_IMPOR_MAKS_ISI_MB). */
  ukuranIsi: number;
  /** Unpacked ÷ packed size of one zip entry above 1 MiB (SAKIP_IMPOR_MAKS_RASIO). */
  rasio: number;
  /** Entries (parts) in an XLSX zip (SAKIP_IMPOR_MAKS_ENTRI). */
  entri: number;
  /** Last row holding a value, per sheet (SAKIP_IMPOR_MAKS_BARIS). */
  baris: number;
  /** Last column holding a value (SAKIP_IMPOR_MAKS_KOLOM). */
  kolom: number;
  /** Characters of one cell (SAKIP_IMPOR_MAKS_PANJANG_SEL). */
  panjangSel: number;
}

export const MB = 1024 * 1024;

export const BATAS_IMPOR_BAWAAN: BatasImpor = {
  ukuranBerkas: 20 * MB,
  ukuranIsi: 100 * MB,
  rasio: 200,
  entri: 1000,
  baris: 20_000,
  kolom: 200,
  // Excel's own maximum length of a cell.
  panjangSel: 32_767,
};
