/**
 * DOCX page and text settings of an Indonesian government report: A4, margins left 4 cm and 3 cm elsewhere, Times New
 * Roman 12 pt (LibreOffice substitutes the metric-compatible Liberation Serif), 1,5 line spacing, black headings.
 */
import { AlignmentType, type IStylesOptions, LineRuleType } from "docx";

export const CM = 567; // twips
export const A4 = { lebar: Math.round(21 * CM), tinggi: Math.round(29.7 * CM) };
export const MARGIN = { kiri: 4 * CM, kanan: 3 * CM, atas: 3 * CM, bawah: 3 * CM };
export const FONT = "Times New Roman";
/** Text width in twips for each orientation. */
export const LEBAR_TEKS = {
  potret: A4.lebar - MARGIN.kiri - MARGIN.kanan,
  lanskap: A4.tinggi - MARGIN.kiri - MARGIN.kanan,
};

export const SPASI_1_5 = 360;

const heading = (id: string, name: string, size: number, rata: "center" | "left", italic = false) => ({
  id,
  name,
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { font: FONT, size, bold: true, italics: italic, color: "000000" },
  paragraph: {
    alignment: rata === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 240, after: 160, line: SPASI_1_5, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
  },
});

export const GAYA: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 24 },
      paragraph: { spacing: { line: SPASI_1_5, lineRule: LineRuleType.AUTO, after: 120 } },
    },
  },
  paragraphStyles: [
    heading("Heading1", "Heading 1", 28, "center"),
    heading("Heading2", "Heading 2", 24, "left"),
    heading("Heading3", "Heading 3", 24, "left"),
    heading("Heading4", "Heading 4", 24, "left", true),
    {
      id: "Keterangan",
      name: "Keterangan Tabel dan Gambar",
      basedOn: "Normal",
      next: "Normal",
      run: { font: FONT, size: 22, bold: true },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 160, after: 120, line: 276, lineRule: LineRuleType.AUTO },
        keepNext: true,
      },
    },
    {
      id: "IsiTabel",
      name: "Isi Tabel",
      basedOn: "Normal",
      run: { font: FONT, size: 20 },
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
};
