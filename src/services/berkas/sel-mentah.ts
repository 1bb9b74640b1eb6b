/**
 * A cell as read from an uploaded file, in a form that crosses the worker-thread boundary (structured clone): the
 * text, number, boolean or date the cell holds — a formula by its cached result, rich text joined — or an Excel error.
 */
export type SelMentah = string | number | boolean | Date | { galat: string } | null;

/** One sheet (or the whole CSV/TSV): row i is the file's row i + 1, so errors name the row the operator sees. */
export interface LembarMentah<T = SelMentah> {
  nama: string | null;
  baris: T[][];
}

/** An exceljs cell value in its plain form (the stream reader gives the same shapes as the workbook reader). */
export function selMentah(v: unknown): SelMentah {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as { result?: unknown; richText?: Array<{ text: string }>; text?: unknown; error?: unknown };
    if ("formula" in o || "sharedFormula" in o) return selMentah(o.result ?? null);
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join("");
    if (o.error !== undefined) return { galat: String(o.error) };
    if (o.text !== undefined) return String(o.text);
  }
  // a shared-string index the file does not resolve, or a shape exceljs does not document: an empty cell
  return null;
}

/** True when the cell holds nothing (an empty or blank text counts as nothing). */
export function selKosong(v: SelMentah): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Characters of the cell as text (what the cell-length limit counts). */
export function panjangSel(v: SelMentah): number {
  if (typeof v === "string") return v.length;
  if (v === null) return 0;
  if (typeof v === "object" && !(v instanceof Date)) return v.galat.length;
  return 0;
}

/**
 * The text of a cell for the budget import: numbers with a decimal comma (the domain parser reads "2999802,5"
 * unambiguously; "13.000" in a numeric cell cannot happen), dates as yyyy-mm-dd, formulas by their cached result.
 */
export function teksSel(v: SelMentah): string {
  if (v === null) return "";
  if (typeof v === "number") return angka(v);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.galat;
}

function angka(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = Math.abs(n) >= 1e21 || (n !== 0 && Math.abs(n) < 1e-6) ? n.toFixed(2) : String(n);
  return s.replace(".", ",");
}
