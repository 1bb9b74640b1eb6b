/**
 * CSV (comma or semicolon, csv-parse) and tab-separated text (the seed's text form of the budget appendix), read
 * with the same limits as an XLSX: rows, columns and cell length are counted while parsing, and parsing stops at
 * the first row past a limit (issue 18 finding 2: a CSV of 1 000 000 bad rows froze the server for 53 s).
 * Row numbers stay those of the file: an empty line stays an empty row.
 */
import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { DomainError } from "../../domain/shared/errors";
import { cacatTeks } from "../../domain/shared/teks-aman";
import { type BatasImpor, lampaui } from "./batas-impor";
import { hurufKolom } from "./huruf-kolom";
import { berkasTidakTerbaca } from "./tidak-terbaca";

export type JenisTeks = "csv" | "tsv";

/** UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (CSV saved by older Excel). */
export function dekode(isi: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(isi);
  } catch {
    return new TextDecoder("windows-1252").decode(isi);
  }
}

/** The rows of a text file; TSV when one of the first 30 lines holds a tab. */
export function bacaTeks(isi: Uint8Array, b: BatasImpor): { jenis: JenisTeks; baris: string[][] } {
  const teks = dekode(isi).replace(/^\uFEFF/, "");
  const awal = teks.split(/\r?\n/, 30);
  if (awal.some((l) => l.includes("\t"))) return { jenis: "tsv", baris: bacaTsv(teks, b) };
  return { jenis: "csv", baris: bacaCsv(teks, awal, b) };
}

/** Checks one row against the limits; its trailing empty cells are not counted. */
function periksaBaris(sel: string[], r: number, b: BatasImpor): void {
  let akhir = sel.length;
  while (akhir > 0 && (sel[akhir - 1] ?? "").trim() === "") akhir--;
  if (akhir === 0) return;
  if (r > b.baris) throw lampaui("baris", b, `Baris ${r.toLocaleString("id-ID")}`, `Baris ${r}`);
  if (akhir > b.kolom) {
    throw lampaui("kolom", b, `Kolom ${hurufKolom(akhir)} (ke-${akhir.toLocaleString("id-ID")})`, `Baris ${r}`);
  }
  for (let c = 0; c < akhir; c++) {
    // a raw NUL byte (or a lone surrogate) would reach a text column, which PostgreSQL refuses (a 500)
    const cacat = cacatTeks(sel[c] ?? "");
    if (cacat) {
      throw new DomainError("teks_tidak_sah", `Baris ${r}, kolom ${hurufKolom(c + 1)}: Isi sel ${cacat}`, {
        field: `Baris ${r}, kolom ${hurufKolom(c + 1)}`,
      });
    }
    const n = (sel[c] ?? "").length;
    if (n > b.panjangSel) {
      throw lampaui(
        "panjangSel",
        b,
        `Isi sel ${n.toLocaleString("id-ID")} karakter`,
        `Baris ${r}, kolom ${hurufKolom(c + 1)}`,
      );
    }
  }
}

/** One row per line (CRLF or LF), one cell per tab, no quoting; stops at the first row past a limit. */
function bacaTsv(teks: string, b: BatasImpor): string[][] {
  const baris: string[][] = [];
  let dari = 0;
  while (dari < teks.length) {
    let sampai = teks.indexOf("\n", dari);
    if (sampai < 0) sampai = teks.length;
    const akhir = sampai > dari && teks.charCodeAt(sampai - 1) === 13 ? sampai - 1 : sampai;
    const sel = teks.slice(dari, akhir).split("\t");
    periksaBaris(sel, baris.length + 1, b);
    baris.push(sel);
    dari = sampai + 1;
  }
  return baris;
}

function bacaCsv(teks: string, awal: string[], b: BatasImpor): string[][] {
  const count = (ch: string): number => awal.reduce((n, l) => n + l.split(ch).length - 1, 0);
  const delimiter = count(";") > count(",") ? ";" : ",";
  let r = 0;
  try {
    return parse(teks, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // a field past the cell length stops the parse there (also a quoted field left open to the end of the file)
      max_record_size: b.panjangSel,
      on_record: (rekaman: string[]) => {
        periksaBaris(rekaman, ++r, b);
        return rekaman;
      },
    }) as string[][];
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (error instanceof CsvError && error.code === "CSV_MAX_RECORD_SIZE") {
      throw lampaui("panjangSel", b, "Isi sel", `Baris ${r + 1}`);
    }
    throw berkasTidakTerbaca(`CSV, baris ${r + 1}`, error);
  }
}
