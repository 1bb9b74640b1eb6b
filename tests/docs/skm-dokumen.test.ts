/**
 * The SKM documents as a user opens them (issue 12): the Laporan SKM DOCX converts with LibreOffice, every page of
 * both PDFs (LibreOffice's and Typst's) carries content, the computed IKM and the RTL survive the conversion, and
 * the one-page Hasil SKM is one page. Source: tests/fixtures/skm-dokumen.ts (the seed's sums, regulations.md §0).
 * Needs soffice, pdftoppm, pdftotext (see vitest.docs.config.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bangunHasilSkm, bangunLaporanSkm } from "../../src/reports/model";
import { renderDocx, renderPdf } from "../../src/reports/render";
import { renderPng } from "../../src/reports/render/png";
import { contohSumberSkm } from "../fixtures/skm-dokumen";
import { halamanAbu, jumlahHalaman, sofficeKePdf, teksHalaman } from "./alat";

const dir = mkdtempSync(path.join(tmpdir(), "sakip-skm-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sumber = contohSumberSkm();
const berkas = {
  docx: path.join(dir, "laporan-skm.docx"),
  typst: path.join(dir, "laporan-skm-typst.pdf"),
  hasil: path.join(dir, "hasil-skm.pdf"),
};
let loPdf = "";
let png: Buffer;

beforeAll(async () => {
  const laporan = bangunLaporanSkm(sumber).dokumen;
  writeFileSync(berkas.docx, await renderDocx(laporan, { nomorHalaman: true }));
  writeFileSync(berkas.typst, renderPdf(laporan).pdf);
  const hasil = bangunHasilSkm(sumber).dokumen;
  writeFileSync(berkas.hasil, renderPdf(hasil).pdf);
  png = renderPng(hasil);
  loPdf = sofficeKePdf(berkas.docx, dir);
}, 180_000);

describe("Laporan SKM through LibreOffice", () => {
  it("converts with the chapters, the computed IKM and the RTL", () => {
    expect(jumlahHalaman(loPdf)).toBeGreaterThanOrEqual(6);
    const teks = teksHalaman(loPdf).join("\n");
    for (const s of [
      "BAB I PENDAHULUAN",
      "BAB II PENGUMPULAN DATA SKM",
      "BAB III HASIL PENGOLAHAN DATA SKM",
      "BAB IV ANALISIS HASIL SKM",
      "BAB V PENUTUP",
      "80,50 (mutu B, Baik)",
      "3,220156",
      "Rencana Tindak Lanjut Periode Tahun 2023",
      "Memasang papan",
    ])
      expect(teks).toContain(s);
  }, 180_000);
});

describe.each([
  ["LibreOffice", () => loPdf],
  ["Typst", () => berkas.typst],
  ["Hasil SKM", () => berkas.hasil],
])("%s PDF pages", (_nama, pdf) => {
  it("no page is blank", () => {
    const halaman = halamanAbu(pdf(), dir);
    expect(halaman.length).toBeGreaterThan(0);
    expect(halaman.filter((h) => h.gelap < 60).map((h) => `halaman ${h.halaman}: ${h.gelap}`)).toEqual([]);
  }, 180_000);
});

describe("Hasil SKM", () => {
  it("is one A4 page, the PNG is that page (1240 px wide, A4 proportions)", () => {
    expect(jumlahHalaman(berkas.hasil)).toBe(1);
    expect(teksHalaman(berkas.hasil)[0]).toContain("IKM 80,50");
    expect(png.readUInt32BE(16)).toBe(1240);
    // A4 is 297 × 210 mm: the height follows within a pixel of rounding
    expect(Math.abs(png.readUInt32BE(20) - (1240 * 297) / 210)).toBeLessThan(2);
  });
});
