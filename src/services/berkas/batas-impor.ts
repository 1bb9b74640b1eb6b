/**
 * Limits of an uploaded file (issue 18, findings 1 and 2): checked before the file is read and while it is read,
 * so no file — a sparse sheet, a zip bomb, a million rows — can take the server's memory or time. The values come
 * from the SAKIP_IMPOR_* settings (src/config/env.ts) through the service context; the type and its defaults live in
 * src/domain/shared/batas-impor.ts, shared with the settings. Refusals name the limit, its value and its setting (BatasTerlampauiError → 413).
 */
import { type BatasImpor, MB } from "../../domain/shared/batas-impor";
import { BatasTerlampauiError, DomainError } from "../../domain/shared/errors";

export { BATAS_IMPOR_BAWAAN, type BatasImpor } from "../../domain/shared/batas-impor";

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
