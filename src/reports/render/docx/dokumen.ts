/**
 * Document → DOCX: one Word section per model section (portrait/landscape, roman or arabic page numbers restarting
 * where the model says), a centred PAGE field in the footer, the styles of gaya.ts, and "update fields" on open so
 * Word refreshes the table of contents and page references.
 */
import {
  AlignmentType,
  Document,
  Footer,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Bagian, Dokumen, Gambar } from "../../model/dokumen";
import { estimatePageNumbers } from "docx/layout";
import { nomoriDokumen } from "../../model/penomoran";
import { blokDocx, type KonteksDocx } from "./blok";
import { A4, GAYA, LEBAR_TEKS, MARGIN } from "./gaya";

function kaki(b: Bagian): Footer {
  if (b.nomorHalaman === "tidak") return new Footer({ children: [new Paragraph({ children: [] })] });
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
    ],
  });
}

export type PngGrafik = (g: Gambar["grafik"]) => { data: Buffer; lebar: number; tinggi: number };

export interface OpsiDocx {
  /**
   * Also store the page numbers of the Daftar Isi/Tabel/Gambar, worked out by docx's Word layout (docx/layout), for
   * readers that neither lay out page references nor update fields. Not needed for Word (updateFields) nor LibreOffice
   * (computes PAGEREF from its own layout; ADR 0040); costs a few seconds for the demo report, so it is off by default
   * and the server does not use it.
   */
  nomorHalaman?: boolean;
}

/** Builds the .docx bytes of a document; `png` draws a chart (injected so this file stays layout-only). */
export async function dokumenDocx(dok: Dokumen, png: PngGrafik, opsi: OpsiDocx = {}): Promise<Buffer> {
  const p = nomoriDokumen(dok);
  const sections: ISectionOptions[] = dok.bagian.map((b, i) => {
    const lanskap = b.orientasi === "lanskap";
    const k: KonteksDocx = { p, lebarTeks: LEBAR_TEKS[b.orientasi], png };
    const format = b.nomorHalaman === "romawi" ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL;
    return {
      properties: {
        ...(i > 0 ? { type: SectionType.NEXT_PAGE } : {}),
        page: {
          size: {
            width: A4.lebar,
            height: A4.tinggi,
            orientation: lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            left: MARGIN.kiri,
            right: MARGIN.kanan,
            top: MARGIN.atas,
            bottom: MARGIN.bawah,
            footer: 709,
            header: 709,
          },
          pageNumbers: { formatType: format, ...(b.mulaiUlang ? { start: 1 } : {}) },
        },
      },
      footers: { default: kaki(b) },
      children: b.blok.flatMap((x, j) => blokDocx(x, k, b.blok[j - 1]?.jenis === "halaman-baru")),
    };
  });
  const doc = new Document({
    creator: "SAKIP",
    title: dok.judul,
    description: dok.kaki,
    features: { updateFields: true },
    ...(opsi.nomorHalaman ? { pageNumbers: estimatePageNumbers } : {}),
    styles: GAYA,
    sections,
  });
  return Packer.toBuffer(doc);
}
