/**
 * Inline content of a text an operator writes (free-text sections, edited paragraphs): "{{ref:tabel-capaian}}" tokens
 * become cross-references, so an operator's sentence "Dari {{ref:tabel-capaian}} …" is numbered with the document.
 */
import type { Inline } from "./dokumen";

/** The token that writes a cross-reference in an operator's text. */
export function tokenRujukan(id: string): string {
  return `{{ref:${id}}}`;
}

export function teksBebas(t: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of t.matchAll(/\{\{ref:([a-z0-9-]+)\}\}/g)) {
    if (m.index > last) out.push(t.slice(last, m.index));
    out.push({ t: "ref", ke: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < t.length) out.push(t.slice(last));
  return out;
}
