/**
 * Limits of an uploaded file (issue 18, findings 1 and 2): checked before the file is read and while it is read,
 * so no file — a sparse sheet, a zip bomb, a million rows — can take the server's memory or time. The values come
 * from the SAKIP_IMPOR_* settings (src/config/env.ts) through the service context; the defaults suit a Kabupaten's
 * budget report and every XLSX table. Refusals name the limit, its value and its setting (BatasTerlampauiError → 413).
 */
import { BatasTerlampauiError, DomainError } from "../../domain/shared/errors";

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

const MB = 1024 * 1024;

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

/** Setting (environment variable) of each limit, named in every refusal. */
export const VARIABEL_BATAS: Record<keyof BatasImpor, string> = {
  ukuranBerkas: "SAKIP_IMPOR_MAKS_BERKAS_MB",
  ukuranIsi: "SAKIP_IMPOR_MAKS_ISI_MB",
  rasio: "SAKIP_IMPOR_MAKS_RASIO",
  entri: "SAKIP_IMPOR_MAKS_ENTRI",
  baris: "SAKIP_IMPOR_MAKS_BARIS",
  kolom: "SAKIP_IMPOR_MAKS_KOLOM",
  panjangSel: "SAKIP_IMPOR_MAKS_PANJANG_SEL",
};

const angka = (n: number): string => Math.round(n).toLocaleString("id-ID");
/** Megabytes with a decimal comma when not whole ("20 MB", "0,5 MB"). */
export const mb = (byte: number): string =>
  `${(byte / MB).toLocaleString("id-ID", { maximumFractionDigits: byte < MB ? 2 : 1 })} MB`;

/** The limit as a phrase: "20.000 baris", "100 MB", "rasio 200". */
export function teksBatas(k: keyof BatasImpor, b: BatasImpor): string {
  switch (k) {
    case "ukuranBerkas":
    case "ukuranIsi":
      return mb(b[k]);
    case "rasio":
      return `rasio pemadatan ${angka(b.rasio)}`;
    case "entri":
      return `${angka(b.entri)} bagian`;
    case "baris":
      return `${angka(b.baris)} baris`;
    case "kolom":
      return `${angka(b.kolom)} kolom`;
    case "panjangSel":
      return `${angka(b.panjangSel)} karakter per sel`;
  }
}

/**
 * The refusal: "<what> melebihi batas <limit> (<SETTING>); tidak ada yang disimpan". `tempat` names the row and
 * column when the limit is a cell's ("Baris 5, kolom C"). A limit of the whole file is a BatasTerlampauiError (413);
 * a cell too long is the content of one cell at fault, like any invalid cell: a DomainError (400) naming it.
 */
export function lampaui(k: keyof BatasImpor, b: BatasImpor, apa: string, tempat?: string): DomainError {
  const pesan = `${tempat ? `${tempat}: ` : ""}${apa} melebihi batas ${teksBatas(k, b)} (${VARIABEL_BATAS[k]}); berkas ditolak, tidak ada yang disimpan`;
  const kode = `batas_${VARIABEL_BATAS[k].toLowerCase().replace("sakip_impor_", "")}`;
  const details = { field: tempat ?? "berkas", batas: VARIABEL_BATAS[k], nilai: b[k] };
  return k === "panjangSel" ? new DomainError(kode, pesan, details) : new BatasTerlampauiError(kode, pesan, details);
}

/** The first check of every import: the file's size, before anything is unpacked or parsed. */
export function periksaUkuranBerkas(isi: Uint8Array, b: BatasImpor): void {
  if (isi.byteLength > b.ukuranBerkas) throw lampaui("ukuranBerkas", b, `Berkas ${mb(isi.byteLength)}`);
}

export { angka as angkaBatas };
