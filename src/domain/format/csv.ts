/**
 * The one CSV writer of the app (open data on the portal, budget template, audit trail, e-SR bundle): RFC 4180
 * quoting, and the OWASP "CSV injection" guard. A cell a spreadsheet would run as a formula — one starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'` so it is read as text; a plain number (a
 * negative one too, `-12,5` or `-1.234.567`) is left as it is, since it is a value, not a formula.
 */

/** A number as the app writes it: optional sign, digits, `.`/`,` grouping or decimals. Nothing a formula needs. */
const ANGKA_POLOS = /^[-+]?\d+(?:[.,]\d+)*$/;
const AWAL_FORMULA = /^[=+\-@\t\r]/;

/** The cell text with a leading `'` when a spreadsheet would treat it as a formula (not for plain numbers). */
export function amankanSel(value: string): string {
  return AWAL_FORMULA.test(value) && !ANGKA_POLOS.test(value) ? `'${value}` : value;
}

export type NilaiCsv = string | number | null | undefined;

/** One cell: neutralised, then quoted when it holds the separator, a quote or a line break. */
export function selCsv(value: NilaiCsv, pemisah = ","): string {
  const s = amankanSel(value === null || value === undefined ? "" : String(value));
  return s.includes(pemisah) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows → CSV text (CRLF line ends, a final CRLF); `bom` prefixes U+FEFF so Excel reads it as UTF-8. */
export function tulisCsv(
  baris: readonly (readonly NilaiCsv[])[],
  opsi: { pemisah?: string; bom?: boolean } = {},
): string {
  const pemisah = opsi.pemisah ?? ",";
  const teks = baris.map((r) => r.map((v) => selCsv(v, pemisah)).join(pemisah)).join("\r\n");
  return `${opsi.bom ? "\uFEFF" : ""}${teks}\r\n`;
}
