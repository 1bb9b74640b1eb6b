/**
 * Split tab-separated text (the seed's text form of the appendix, SEED 1709-1807) into rows of cells.
 */

/**
 * One row per line (CRLF or LF), one cell per tab; blank lines are kept as [""] so that row numbers stay equal to
 * line numbers. No quoting: a cell cannot contain a tab or a line break (wrapped lines stay separate rows).
 */
export function splitTsv(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t"));
}
