/**
 * Tables: widths from the relative column widths, header rows repeated on every page (tableHeader), spans, shaded
 * header, numbered caption above (with a bookmark for the Daftar Tabel page reference), source line below.
 */
import {
  AlignmentType,
  LineRuleType,
  Bookmark,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Sel, Tabel } from "../../model/dokumen";
import { labelKeterangan, type Penomoran } from "../../model/penomoran";
import { penanda, runs } from "./inline";

const TANPA = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const GARIS = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function sel(c: Sel, p: Penomoran, kepala: boolean, ukuran: number, tanpaGaris: boolean): TableCell {
  const align =
    c.rata === "tengah" || (kepala && !c.rata)
      ? AlignmentType.CENTER
      : c.rata === "kanan"
        ? AlignmentType.RIGHT
        : AlignmentType.LEFT;
  // A cell text with line breaks ("- a\n- b") becomes one paragraph per line.
  const baris =
    c.isi.length === 1 && typeof c.isi[0] === "string" && c.isi[0].includes("\n")
      ? c.isi[0].split("\n").map((t) => [t])
      : [c.isi];
  return new TableCell({
    children: baris.map(
      (isi) =>
        new Paragraph({
          style: "IsiTabel",
          alignment: align,
          children: runs(isi, p, { ukuran, tebal: c.tebal || kepala }),
        }),
    ),
    ...(c.rentangKolom && c.rentangKolom > 1 ? { columnSpan: c.rentangKolom } : {}),
    ...(c.rentangBaris && c.rentangBaris > 1 ? { rowSpan: c.rentangBaris } : {}),
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(kepala ? { shading: { fill: "E7EDF5", type: ShadingType.CLEAR, color: "auto" } } : {}),
    ...(tanpaGaris ? { borders: { top: TANPA, bottom: TANPA, left: TANPA, right: TANPA } } : {}),
  });
}

export function tabelDocx(b: Tabel, p: Penomoran, lebarTeks: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const label = labelKeterangan(p, b.id);
  if (label) {
    out.push(
      new Paragraph({
        style: "Keterangan",
        children: [new Bookmark({ id: penanda(b.id), children: [new TextRun(`${label} ${b.judul}`)] })],
      }),
    );
  } else if (b.judul && !b.tanpaGaris) {
    out.push(new Paragraph({ style: "Keterangan", children: [new TextRun(b.judul)] }));
  }
  const ukuran = b.tanpaGaris ? 24 : b.kecil ? 17 : 20;
  const total = b.lebarKolom.reduce((a, x) => a + x, 0);
  const lebar = b.lebarKolom.map((w) => Math.floor((w / total) * lebarTeks));
  const rows = [
    ...b.kepala.map(
      (r) =>
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: r.map((c) => sel(c, p, true, ukuran, !!b.tanpaGaris)),
        }),
    ),
    ...b.badan.map(
      (r) => new TableRow({ cantSplit: true, children: r.map((c) => sel(c, p, false, ukuran, !!b.tanpaGaris)) }),
    ),
  ];
  out.push(
    new Table({
      rows,
      columnWidths: lebar,
      width: { size: lebar.reduce((a, x) => a + x, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: b.tanpaGaris
        ? { top: TANPA, bottom: TANPA, left: TANPA, right: TANPA, insideHorizontal: TANPA, insideVertical: TANPA }
        : { top: GARIS, bottom: GARIS, left: GARIS, right: GARIS, insideHorizontal: GARIS, insideVertical: GARIS },
    }),
  );
  if (b.sumber)
    out.push(
      new Paragraph({
        spacing: { before: 60, after: 200, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text: `Sumber: ${b.sumber}`, italics: true, size: 18 })],
      }),
    );
  else out.push(new Paragraph({ spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO }, children: [] }));
  return out;
}
