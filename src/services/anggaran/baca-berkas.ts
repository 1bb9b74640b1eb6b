/**
 * An uploaded file → rows of cell texts, whatever it is: XLSX (exceljs), CSV (comma or semicolon, csv-parse) or
 * tab-separated text (the seed's text form of the appendix). Row numbers stay those of the file (an empty row stays
 * an empty row), so errors name the row the operator sees. Numeric XLSX cells are written with a decimal comma, which
 * the domain parser reads unambiguously ("2999802,5"; "13.000" in a numeric cell cannot happen).
 */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { deteksiFormat, splitTsv } from "../../domain/anggaran";
import { DomainError } from "../../domain/shared/errors";

export type JenisBerkas = "xlsx" | "csv" | "tsv";

export interface TabelBerkas {
  jenis: JenisBerkas;
  /** Sheet read (XLSX only). */
  lembar: string | null;
  rows: string[][];
}

/** Reads the file's first sheet that holds a recognisable header (else its first sheet). */
export async function bacaBerkasTabel(isi: Uint8Array): Promise<TabelBerkas> {
  if (isi.length === 0) throw new DomainError("berkas_kosong", "Berkas kosong", { field: "berkas" });
  if (isi[0] === 0x50 && isi[1] === 0x4b && isi[2] === 0x03 && isi[3] === 0x04) return bacaXlsx(isi);
  const teks = dekode(isi).replace(/^\uFEFF/, "");
  const awal = teks.split(/\r?\n/, 30);
  if (awal.some((l) => l.includes("\t"))) return { jenis: "tsv", lembar: null, rows: splitTsv(teks) };
  return { jenis: "csv", lembar: null, rows: bacaCsv(teks, awal) };
}

/** UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (CSV saved by older Excel). */
function dekode(isi: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(isi);
  } catch {
    return new TextDecoder("windows-1252").decode(isi);
  }
}

function bacaCsv(teks: string, awal: string[]): string[][] {
  const count = (ch: string): number => awal.reduce((n, l) => n + l.split(ch).length - 1, 0);
  const delimiter = count(";") > count(",") ? ";" : ",";
  try {
    return parse(teks, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw new DomainError("berkas_tidak_terbaca", `Berkas CSV tidak dapat dibaca: ${(error as Error).message}`, {
      field: "berkas",
    });
  }
}

async function bacaXlsx(isi: Uint8Array): Promise<TabelBerkas> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(isi.buffer, isi.byteOffset, isi.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new DomainError("berkas_tidak_terbaca", `Berkas XLSX tidak dapat dibaca: ${(error as Error).message}`, {
      field: "berkas",
    });
  }
  const sheets = wb.worksheets.map((ws) => ({ ws, rows: lembarKeBaris(ws) }));
  if (sheets.length === 0) throw new DomainError("berkas_kosong", "Berkas XLSX tidak berisi lembar kerja", {});
  const cocok =
    sheets.find((s) => {
      try {
        deteksiFormat(s.rows);
        return true;
      } catch {
        return false;
      }
    }) ?? sheets[0];
  return { jenis: "xlsx", lembar: cocok?.ws.name ?? null, rows: cocok?.rows ?? [] };
}

function lembarKeBaris(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A merged cell repeats its master's value: keep it on the master only.
      cells.push(cell.type === ExcelJS.ValueType.Merge ? "" : teksSel(cell.value));
    }
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    rows.push(cells);
  }
  return rows;
}

/** The text of a cell value; numbers with a decimal comma, formulas by their cached result. */
export function teksSel(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return angka(v);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) return teksSel((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in v) return String(v.text);
  if ("error" in v) return String(v.error);
  return "";
}

function angka(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = Math.abs(n) >= 1e21 || (n !== 0 && Math.abs(n) < 1e-6) ? n.toFixed(2) : String(n);
  return s.replace(".", ",");
}
