/**
 * Places table rows with column and row spans on a grid (the cells a row span covers are skipped in the rows below),
 * for renderers that address cells by position (XLSX).
 */
import type { Sel } from "../model/dokumen";

export interface SelPosisi {
  baris: number;
  kolom: number;
  sel: Sel;
}

export function tataLetak(rows: readonly (readonly Sel[])[]): SelPosisi[] {
  const terisi = new Set<string>();
  const out: SelPosisi[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const sel of row) {
      while (terisi.has(`${r}:${c}`)) c++;
      out.push({ baris: r, kolom: c, sel });
      const w = sel.rentangKolom ?? 1;
      const h = sel.rentangBaris ?? 1;
      for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) terisi.add(`${r + i}:${c + j}`);
      c += w;
    }
  });
  return out;
}
