/**
 * The one reader of uploaded spreadsheets (runs inside the reading worker, pembaca.ts): the file's size first, then
 * for an XLSX the zip pre-check and the streaming reader, for text the bounded CSV/TSV parser. The result is the
 * file's cells, nothing else: no workbook object, no styles, no bytes outlive the call.
 */
import { DomainError } from "../../domain/shared/errors";
import { type BatasImpor, periksaUkuranBerkas } from "./batas-impor";
import { bacaTeks } from "./baca-teks";
import { bacaXlsxAlir } from "./baca-xlsx";
import { periksaZip } from "./periksa-zip";
import { type LembarMentah, type SelMentah, teksSel } from "./sel-mentah";

export type JenisBerkas = "xlsx" | "csv" | "tsv";

/**
 * "teks": every cell as text (the budget import; CSV and TSV accepted). "nilai": the cells' values — number, date,
 * text — of an XLSX only (the XLSX tables).
 */
export type BentukBaca = "teks" | "nilai";

export interface BerkasTerbaca<T> {
  jenis: JenisBerkas;
  lembar: Array<LembarMentah<T>>;
}

export function adalahZip(isi: Uint8Array): boolean {
  return isi[0] === 0x50 && isi[1] === 0x4b && isi[2] === 0x03 && isi[3] === 0x04;
}

export async function bacaBerkas(
  isi: Uint8Array,
  b: BatasImpor,
  bentuk: BentukBaca,
): Promise<BerkasTerbaca<string> | BerkasTerbaca<SelMentah>> {
  if (isi.length === 0) throw new DomainError("berkas_kosong", "Berkas kosong", { field: "berkas" });
  periksaUkuranBerkas(isi, b);
  if (adalahZip(isi)) {
    await periksaZip(isi, b);
    const lembar = await bacaXlsxAlir(isi, b);
    if (lembar.length === 0) {
      throw new DomainError("berkas_kosong", "Berkas XLSX tidak berisi lembar kerja", { field: "berkas" });
    }
    if (bentuk === "nilai") return { jenis: "xlsx", lembar };
    return { jenis: "xlsx", lembar: lembar.map((l) => ({ nama: l.nama, baris: l.baris.map(barisTeks) })) };
  }
  if (bentuk === "nilai") {
    throw new DomainError(
      "berkas_bukan_xlsx",
      "Berkas bukan XLSX yang dapat dibaca (simpan ulang sebagai Excel .xlsx)",
      {
        field: "berkas",
      },
    );
  }
  const { jenis, baris } = bacaTeks(isi, b);
  return { jenis, lembar: [{ nama: null, baris }] };
}

function barisTeks(sel: SelMentah[]): string[] {
  const teks = sel.map(teksSel);
  while (teks.length > 0 && teks[teks.length - 1] === "") teks.pop();
  return teks;
}
