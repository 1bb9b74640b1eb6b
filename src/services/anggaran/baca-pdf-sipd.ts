/**
 * A PDF export (SIPD "Laporan Realisasi per Sub Kegiatan", ADR 0040) → rows of cell texts, for the same parser as
 * the XLSX: pdfjs-dist 5.6.205 legacy build gives text items with x/y (stack-notes item 6); items on one baseline
 * (y within 2 pt) form a row; the header row (the one naming KODE) gives each column's left x, and every item goes
 * to the column whose left x is the nearest at or left of it (columns line up on equal x). Pages follow each other.
 */
import { DomainError } from "../../domain/shared/errors";

interface Item {
  str: string;
  x: number;
  y: number;
}

const TOLERANSI_Y = 2;

function barisHalaman(items: readonly Item[]): Item[][] {
  const urut = [...items].filter((i) => i.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Item[][] = [];
  for (const i of urut) {
    const akhir = out.at(-1);
    if (akhir && Math.abs(akhir[0]!.y - i.y) <= TOLERANSI_Y) akhir.push(i);
    else out.push([i]);
  }
  return out.map((r) => r.sort((a, b) => a.x - b.x));
}

export function adalahPdf(isi: Uint8Array): boolean {
  return isi.length > 5 && String.fromCharCode(...isi.slice(0, 5)) === "%PDF-";
}

/** Rows of the PDF's text, cells placed in the header's columns (rows before the header: one cell per item). */
export async function barisDariPdf(isi: Uint8Array): Promise<string[][]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let dok;
  try {
    dok = await pdfjs.getDocument({
      data: new Uint8Array(isi),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    throw new DomainError("berkas_tidak_terbaca", "Berkas PDF rusak, terkunci atau bukan PDF", {
      field: "berkas",
      sebab: e instanceof Error ? e.name : "",
    });
  }
  const semua: Item[][] = [];
  for (let n = 1; n <= dok.numPages; n++) {
    const page = await dok.getPage(n);
    const isiTeks = await page.getTextContent();
    const items: Item[] = [];
    for (const i of isiTeks.items)
      if ("str" in i) items.push({ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number });
    semua.push(...barisHalaman(items));
  }
  await dok.destroy();
  const judul = semua.find((r) => r.some((i) => /^KODE$/i.test(i.str.trim())));
  if (!judul) return semua.map((r) => r.map((i) => i.str.trim()));
  const kolomX = judul.map((i) => i.x);
  return semua.map((r) => {
    const sel: string[] = kolomX.map(() => "");
    for (const i of r) {
      let j = 0;
      for (let k = 0; k < kolomX.length; k++) if (kolomX[k]! <= i.x + 1) j = k;
      sel[j] = sel[j] === "" ? i.str.trim() : `${sel[j]} ${i.str.trim()}`;
    }
    return sel;
  });
}
