/**
 * The whole document as Typst source: A4, Indonesian government margins (left 4 cm, others 3 cm), serif 12 pt with
 * about 1,5 line spacing, roman page numbers for the front matter and arabic from Bab I, landscape sections for the
 * wide tables, numbered table captions above and figure captions below.
 */
import type { Bagian, Dokumen, Gambar } from "../../model/dokumen";
import { nomoriDokumen, type Penomoran } from "../../model/penomoran";
import { blokTypst, type KonteksTypst } from "./blok";
import { str } from "./teks";

const PEMBUKA = (judul: string) => `#set document(title: ${str(judul)})
#set page(paper: "a4", margin: (left: 4cm, right: 3cm, top: 3cm, bottom: 3cm))
#set text(font: ("Libertinus Serif", "DejaVu Serif"), size: 12pt, lang: "id", region: "ID", hyphenate: false)
#set par(justify: true, leading: 0.95em, spacing: 1.1em)
#set block(spacing: 1.1em)
#show heading: set block(above: 1.4em, below: 1em)
#show heading.where(level: 1): it => align(center, text(size: 14pt, weight: "bold", it.body))
#show heading.where(level: 2): it => text(size: 12pt, weight: "bold", it.body)
#show heading.where(level: 3): it => text(size: 12pt, weight: "bold", it.body)
#show heading.where(level: 4): it => text(size: 12pt, weight: "bold", style: "italic", it.body)
#set figure(gap: 0.6em)
#set figure.caption(separator: [ ])
#show figure.caption: it => align(center, text(weight: "bold", size: 11pt, it))
#show figure.where(kind: table): set figure.caption(position: top)
#show outline.entry: it => { set par(first-line-indent: 0pt, justify: false); it }
#let hilang(s) = highlight(fill: rgb("#fff1a8"), text(fill: rgb("#a00000"), weight: "bold", s))
`;

function pengaturanHalaman(b: Bagian, sebelumnya: Bagian | undefined): string {
  const numbering = b.nomorHalaman === "tidak" ? "none" : b.nomorHalaman === "romawi" ? '"i"' : '"1"';
  const out = [
    `#set page(flipped: ${b.orientasi === "lanskap"}, numbering: ${numbering}, number-align: center + bottom)`,
  ];
  if (sebelumnya) out.unshift("#pagebreak(weak: true)");
  if (b.mulaiUlang) out.push("#counter(page).update(1)");
  return `${out.join("\n")}\n`;
}

export interface SumberTypst {
  sumber: string;
  /** Files to map into the compiler (chart SVGs). */
  aset: Map<string, string | Uint8Array>;
  penomoran: Penomoran;
}

/** Typst source of a document; `grafikSvg` draws a chart (injected so this file stays layout-only). */
export function dokumenTypst(dok: Dokumen, grafikSvg: (g: Gambar["grafik"]) => string): SumberTypst {
  const p = nomoriDokumen(dok);
  const k: KonteksTypst = { p, aset: new Map(), grafikSvg };
  const bagian = dok.bagian.map(
    (b, i) => pengaturanHalaman(b, dok.bagian[i - 1]) + b.blok.map((x) => blokTypst(x, k)).join("\n"),
  );
  return { sumber: PEMBUKA(dok.judul) + bagian.join("\n"), aset: k.aset, penomoran: p };
}
