/**
 * Text PostgreSQL cannot store (issue 18, finding 6; ADR 0017): a NUL (U+0000) is refused in text and jsonb (22021),
 * a lone UTF-16 surrogate cannot be encoded as UTF-8. One check for every way a text arrives: the JSON/URL
 * middleware (src/api/middleware/teks-aman.ts), multipart fields and file names, and every cell of an imported file
 * (src/services/berkas; exceljs turns `_x0000_` into a NUL, a CSV can hold a raw NUL byte).
 */

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- finding the NUL is the point of this expression
const TERLARANG = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `teks` cannot be accepted ("mengandung karakter NUL …"), or null when it is clean. */
export function cacatTeks(teks: string): string | null {
  const m = TERLARANG.exec(teks);
  if (!m) return null;
  if (m[0] === "\u0000") return "mengandung karakter NUL (U+0000) yang tidak boleh ada dalam teks";
  const kode = m[0].charCodeAt(0).toString(16).toUpperCase();
  return `mengandung karakter Unicode tidak sah (surrogate tunggal U+${kode}); ketik ulang teks ini`;
}
