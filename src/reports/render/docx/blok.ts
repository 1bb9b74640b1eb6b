/**
 * Blocks → docx: headings with bookmarks (for the page references), justified paragraphs with first-line
 * indent, hanging-indent lists, chart images with numbered captions below, signature blocks as borderless tables,
 * the Daftar Isi and the Daftar Tabel/Gambar as entries with PAGEREF page numbers (ADR 0040: no TOC field, so
 * LibreOffice works the numbers out from its own layout and Word updates them on open).
 */
import {
  AlignmentType,
  LineRuleType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  InternalHyperlink,
  ImageRun,
  LeaderType,
  PageBreak,
  PageReference,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { Blok, BlokTandaTangan, Gambar, Judul, TandaTangan } from "../../model/dokumen";
import { type EntriNomor, labelKeterangan, type Penomoran } from "../../model/penomoran";
import { CM, SPASI_1_5 } from "./gaya";
import { penanda, runs } from "./inline";
import { tabelDocx } from "./tabel";

export interface KonteksDocx {
  p: Penomoran;
  lebarTeks: number;
  png: (g: Gambar["grafik"]) => { data: Buffer; lebar: number; tinggi: number };
}

const TINGKAT = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

function judul(b: Judul): Paragraph {
  const child = new Bookmark({ id: penanda(b.id), children: [new TextRun(b.teks)] });
  if (b.daftarIsi)
    return new Paragraph({ heading: TINGKAT[b.tingkat - 1], pageBreakBefore: !!b.halamanBaru, children: [child] });
  // Not in the table of contents: same look, but not a Heading style (the TOC field collects Heading 1-4).
  return new Paragraph({
    pageBreakBefore: !!b.halamanBaru,
    alignment: b.tingkat === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: true,
    spacing: { before: 240, after: 160 },
    children: [
      new Bookmark({
        id: penanda(b.id),
        children: [
          new TextRun({ text: b.teks, bold: true, size: b.tingkat === 1 ? 28 : 24, italics: b.tingkat === 4 }),
        ],
      }),
    ],
  });
}

function daftarEntri(entri: readonly EntriNomor[], lebarTeks: number): Paragraph[] {
  if (entri.length === 0) return [new Paragraph({ children: [new TextRun({ text: "(tidak ada)", italics: true })] })];
  return entri.map(
    (e) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: lebarTeks, leader: LeaderType.DOT }],
        indent: { left: 2 * CM, hanging: 2 * CM },
        spacing: { line: 276, lineRule: LineRuleType.AUTO, after: 60 },
        children: [new TextRun(`${e.jenis} ${e.nomor}\t${e.judul}\t`), new PageReference(penanda(e.id))],
      }),
  );
}

/**
 * The Daftar Isi: one paragraph per heading, a link to its bookmark and a PAGEREF to it (ADR 0040). Not a TOC field:
 * LibreOffice shows a TOC field's stored result as it is (blank numbers unless they were laid out beforehand, which
 * took seconds), while it computes a PAGEREF from its own layout; Word updates every field on open (updateFields).
 */
function daftarIsi(k: KonteksDocx): Paragraph[] {
  return k.p.judul.map(
    (j) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: k.lebarTeks, leader: LeaderType.DOT }],
        indent: { left: (j.tingkat - 1) * 400 },
        spacing: { line: 276, lineRule: LineRuleType.AUTO, after: 40 },
        children: [
          new InternalHyperlink({
            anchor: penanda(j.id),
            children: [new TextRun({ text: `${j.teks}\t`, bold: j.tingkat === 1 })],
          }),
          new PageReference(penanda(j.id)),
        ],
      }),
  );
}

function gambar(b: Gambar, k: KonteksDocx): Paragraph[] {
  const { data, lebar, tinggi } = k.png(b.grafik);
  const px = Math.round((k.lebarTeks / 1440) * 96 * 0.95);
  const label = labelKeterangan(k.p, b.id);
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 160, after: 0 },
      children: [
        new ImageRun({
          type: "png",
          data,
          transformation: { width: px, height: Math.round((px * tinggi) / lebar) },
          altText: { name: b.id, title: b.judul, description: b.judul },
        }),
      ],
    }),
    new Paragraph({
      style: "Keterangan",
      children: [new Bookmark({ id: penanda(b.id), children: [new TextRun(`${label ? `${label} ` : ""}${b.judul}`)] })],
    }),
  ];
  if (b.sumber)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `Sumber: ${b.sumber}`, italics: true, size: 18 })],
      }),
    );
  return out;
}

const TANPA = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

function selTtd(b: BlokTandaTangan | null, p: Penomoran, atas: Paragraph[]): TableCell {
  const para = (o: ConstructorParameters<typeof Paragraph>[0]) => new Paragraph(o);
  const isi: Paragraph[] = [...atas];
  if (b) {
    const sp = { line: 250, lineRule: LineRuleType.AUTO, after: 0 };
    const c = (t: string, bold = false) =>
      para({ alignment: AlignmentType.CENTER, spacing: sp, children: [new TextRun({ text: t, bold, size: 22 })] });
    if (b.sebutan) isi.push(c(b.sebutan));
    for (const j of b.jabatan) isi.push(c(j, true));
    for (let i = 0; i < 3; i++) isi.push(c(""));
    isi.push(
      para({
        alignment: AlignmentType.CENTER,
        spacing: sp,
        children: b.nama.map(
          (x) =>
            new TextRun({
              text:
                typeof x === "string"
                  ? x
                  : x.t === "hilang"
                    ? `[Data belum tersedia: ${x.teks}]`
                    : "teks" in x
                      ? x.teks
                      : "",
              bold: true,
              underline: {},
              size: 22,
              ...(typeof x !== "string" && x.t === "hilang" ? { color: "A00000" } : {}),
            }),
        ),
      }),
    );
    if (b.pangkat) isi.push(c(b.pangkat));
    if (b.nip)
      isi.push(para({ alignment: AlignmentType.CENTER, spacing: sp, children: runs(b.nip, p, { ukuran: 22 }) }));
  }
  if (isi.length === 0) isi.push(new Paragraph({ children: [] }));
  return new TableCell({ children: isi, borders: { top: TANPA, bottom: TANPA, left: TANPA, right: TANPA } });
}

function tandaTangan(b: TandaTangan, k: KonteksDocx): (Paragraph | Table)[] {
  const tgl = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 160, line: 250, lineRule: LineRuleType.AUTO, after: 80 },
    children: runs(b.tempatTanggal, k.p, { ukuran: 22 }),
  });
  const kolom = b.kolom.length === 1 ? [null, b.kolom[0]!] : b.kolom;
  const lebar =
    b.kolom.length === 1
      ? [Math.round(k.lebarTeks * 0.35), Math.round(k.lebarTeks * 0.65)]
      : kolom.map(() => Math.floor(k.lebarTeks / kolom.length));
  const cells = kolom.map((c, i) => selTtd(c, k.p, b.posisiTanggal === "kanan" && i === kolom.length - 1 ? [tgl] : []));
  const out: (Paragraph | Table)[] = [];
  if (b.posisiTanggal === "tengah") out.push(tgl);
  out.push(
    new Table({
      rows: [new TableRow({ cantSplit: true, children: cells })],
      columnWidths: lebar,
      width: { size: lebar.reduce((a, x) => a + x, 0), type: WidthType.DXA },
      borders: { top: TANPA, bottom: TANPA, left: TANPA, right: TANPA, insideHorizontal: TANPA, insideVertical: TANPA },
    }),
  );
  return out;
}

/**
 * One block; `halamanBaru` = the previous block was a page break, applied as "page break before" on a paragraph
 * (a separate break paragraph would leave a blank page when the previous page is exactly full).
 */
export function blokDocx(b: Blok, k: KonteksDocx, halamanBaru = false): (Paragraph | Table)[] {
  switch (b.jenis) {
    case "judul":
      return [judul(halamanBaru ? { ...b, halamanBaru: true } : b)];
    case "paragraf": {
      const ukuran =
        b.gaya === "judul-sampul" ? 40 : b.gaya === "subjudul-sampul" ? 28 : b.gaya === "kecil" ? 20 : undefined;
      const tebal = b.gaya === "judul-sampul" || b.gaya === "subjudul-sampul" || b.gaya === "tebal";
      const alignment =
        b.rata === "tengah"
          ? AlignmentType.CENTER
          : b.rata === "kanan"
            ? AlignmentType.RIGHT
            : b.rata === "kiri"
              ? AlignmentType.LEFT
              : AlignmentType.JUSTIFIED;
      const spacing = b.rapat
        ? { line: 264, lineRule: LineRuleType.AUTO, after: 100 }
        : { line: SPASI_1_5, lineRule: LineRuleType.AUTO, after: 120 };
      return [
        new Paragraph({
          alignment,
          pageBreakBefore: halamanBaru,
          ...(b.inden ? { indent: { firstLine: Math.round(1.25 * CM) } } : {}),
          spacing,
          children: runs(b.isi, k.p, { ...(ukuran ? { ukuran } : {}), tebal }),
        }),
      ];
    }
    case "daftar":
      return b.butir.map((x) => {
        const kiri = Math.round((1.6 + (x.tingkat ?? 0) * 0.8) * CM);
        return new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: kiri, hanging: Math.round(0.8 * CM) },
          tabStops: [{ type: TabStopType.LEFT, position: kiri }],
          spacing: { line: SPASI_1_5, lineRule: LineRuleType.AUTO, after: 60 },
          children: [new TextRun(`${x.label}\t`), ...runs(x.isi, k.p)],
        });
      });
    case "tabel":
      return [
        ...(halamanBaru ? [new Paragraph({ children: [new PageBreak()] })] : []),
        ...tabelDocx(b, k.p, k.lebarTeks),
      ];
    case "gambar":
      return gambar(b, k);
    case "tanda-tangan":
      return tandaTangan(b, k);
    case "daftar-isi":
      return daftarIsi(k);
    case "daftar-tabel":
      return daftarEntri(k.p.tabel, k.lebarTeks);
    case "daftar-gambar":
      return daftarEntri(k.p.gambar, k.lebarTeks);
    case "halaman-baru":
      return [];
    case "spasi":
      return Array.from({ length: b.baris }, () => new Paragraph({ children: [] }));
    case "logo": {
      const tinggi = Math.round((b.tinggiCm / 2.54) * 96);
      const gambar = new ImageRun({
        type: b.mime === "image/png" ? "png" : "jpg",
        data: b.data,
        transformation: { width: Math.round((tinggi * b.lebar) / b.tinggi), height: tinggi },
        altText: { name: "logo", title: "Logo Pemda", description: "Logo Pemda" },
      });
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [gambar] })];
    }
  }
}
