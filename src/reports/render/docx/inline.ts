/** Inline content → docx runs: bold/italic text, internal links for cross-references, highlighted placeholders. */
import { type ParagraphChild, HighlightColor, InternalHyperlink, TextRun } from "docx";
import type { Inline } from "../../model/dokumen";
import { type Penomoran, teksHilang, teksRujukan } from "../../model/penomoran";

/** Bookmark name of a block id (letters, digits, underscore; at most 40 characters). */
export function penanda(id: string): string {
  return `bm_${id.replace(/[^A-Za-z0-9]/g, "_")}`.slice(0, 40);
}

export interface OpsiRun {
  ukuran?: number;
  tebal?: boolean;
}

export function runs(isi: readonly Inline[], p: Penomoran, o: OpsiRun = {}): ParagraphChild[] {
  const dasar = { ...(o.ukuran ? { size: o.ukuran } : {}), ...(o.tebal ? { bold: true } : {}) };
  return isi.map((x): ParagraphChild => {
    if (typeof x === "string") return new TextRun({ text: x, ...dasar });
    switch (x.t) {
      case "tebal":
        return new TextRun({ text: x.teks, ...dasar, bold: true });
      case "miring":
        return new TextRun({ text: x.teks, ...dasar, italics: true });
      case "ref":
        return p.entri.has(x.ke)
          ? new InternalHyperlink({
              anchor: penanda(x.ke),
              children: [new TextRun({ text: teksRujukan(p, x.ke), ...dasar })],
            })
          : new TextRun({ text: teksRujukan(p, x.ke), ...dasar });
      case "hilang":
        return new TextRun({
          text: teksHilang(x.teks),
          ...dasar,
          bold: true,
          color: "A00000",
          highlight: HighlightColor.YELLOW,
        });
    }
  });
}
