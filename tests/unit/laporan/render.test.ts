/**
 * Renderer smoke tests (no LibreOffice/poppler needed): DOCX is a ZIP whose document.xml has the TOC field, repeated
 * table header rows and the table headers; the PDF is a PDF of the expected size; the XLSX reads back with exceljs
 * with numeric cells and supplied formula results; charts are SVG with text and a non-trivial PNG.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { grafikPng, grafikSvg } from "../../../src/reports/charts/render-grafik";
import { bangunDokumenPk } from "../../../src/reports/model";
import { renderDocx, renderHtml, renderPdf, renderXlsx } from "../../../src/reports/render";
import { bukaZip, lkjipDemo, sumberSeiBalai } from "../../support/laporan";

const h = lkjipDemo();

describe("DOCX", async () => {
  const zip = bukaZip(await renderDocx(h.dokumen));
  const xml = zip.get("word/document.xml")!.toString("utf8");

  it("is a Word package with the main parts", () => {
    for (const f of ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/settings.xml"])
      expect(zip.has(f)).toBe(true);
    expect([...zip.keys()].filter((f) => f.startsWith("word/media/"))).toHaveLength(5);
  });

  it("lists the headings as links with PAGEREF page numbers (ADR 0040), and has page-number fields", () => {
    // ADR 0040: no TOC field (LibreOffice prints its stored result, which needed a slow layout pass to fill)
    expect(xml).not.toMatch(/<w:instrText[^>]*>\s*TOC \\/);
    const tautan = xml.match(/<w:hyperlink [^>]*w:anchor="/g) ?? [];
    const rujukan = xml.match(/PAGEREF /g) ?? [];
    expect(tautan.length).toBeGreaterThan(5);
    expect(rujukan.length).toBeGreaterThan(5);
    expect(xml).toContain("PAGEREF bm_tabel_capaian");
    expect(
      [...zip.entries()].some(([f, b]) => f.startsWith("word/footer") && b.toString("utf8").includes("PAGE")),
    ).toBe(true);
    expect(zip.get("word/settings.xml")!.toString("utf8")).toContain("w:updateFields");
  });

  it("repeats table header rows and carries the table headers", () => {
    expect(xml).toContain("<w:tblHeader/>");
    for (const t of ["Capaian (%)", "Sasaran Strategis", "Persentase Capaian Kinerja", "Barang &amp; Jasa"])
      expect(xml).toContain(t);
  });

  it("has landscape sections for the wide tables and A4 portrait elsewhere", () => {
    expect(xml).toMatch(/<w:pgSz w:w="16840" w:h="11907" w:orient="landscape"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toContain('w:left="2268"');
  });
});

describe("PDF (Typst)", () => {
  const { pdf, halaman } = renderPdf(h.dokumen);
  it("is a PDF of the expected length", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(halaman).toBeGreaterThanOrEqual(60);
    expect(halaman).toBeLessThanOrEqual(110);
  });

  it("renders the PK documents", () => {
    const pk = bangunDokumenPk(sumberSeiBalai());
    expect(pk.pk).toHaveLength(7);
    const r = renderPdf(pk.dokumen);
    expect(r.halaman).toBeGreaterThanOrEqual(14);
  });
});

describe("XLSX", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(h.dokumen)) as unknown as Parameters<typeof wb.xlsx.load>[0]);

  it("has one sheet per table", () => {
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ["Daftar Tabel", "Tabel 1.2", "Tabel 3.2", "Tabel 3.17", "Tabel 3.18"]) expect(names).toContain(n);
  });

  it("writes numbers as numbers, with formats, and totals as SUM formulas with results", () => {
    const ws = wb.getWorksheet("Tabel 3.18")!;
    const row = ws.getColumn(1).values.findIndex((v) => v === "JUMLAH");
    const anggaran = ws.getCell(row, 3).value as { formula: string; result: number };
    expect(anggaran.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    expect(anggaran.result).toBe(3135926319);
    expect((ws.getCell(row, 4).value as { result: number }).result).toBe(2933929410);
    expect(ws.getCell(row - 1, 5).value).toBeCloseTo(0.88, 10);
    expect(ws.getCell(row - 1, 5).numFmt).toBe("0.00%");
    expect(ws.getCell(row - 1, 3).numFmt).toBe("#,##0");
  });
});

describe("HTML preview", () => {
  const html = renderHtml(h.dokumen);
  it("is one page with inline charts, numbered captions and marked generated paragraphs", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<caption>Tabel 3.2 Capaian Kinerja Kecamatan Sei Balai Tahun 2023</caption>");
    expect((html.match(/<svg/g) ?? []).length).toBe(5);
    expect(html).toContain('data-narasi="bab3b.program" data-status="dihasilkan"');
    expect(html).toContain('<mark class="hilang">');
  });
});

describe("charts", () => {
  const g = h.dokumen.bagian.flatMap((b) => b.blok).find((b) => b.jenis === "gambar");
  it("draws SVG with text and a non-trivial PNG with the bundled fonts", () => {
    if (g?.jenis !== "gambar") throw new Error("tidak ada gambar");
    const svg = grafikSvg(g.grafik);
    expect((svg.match(/<text/g) ?? []).length).toBeGreaterThan(15);
    expect(svg).toContain("Realisasi");
    expect(svg).toContain("90,10");
    const png = grafikPng(g.grafik, 1);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
  });
});
