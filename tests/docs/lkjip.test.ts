/**
 * The demo LKjIP and PK as documents a user opens: the DOCX round-trips through LibreOffice without errors, every
 * page of both PDFs (Typst's and LibreOffice's) carries content, and the chart pages carry text.
 * Needs soffice, pdftoppm, pdftotext, pdfimages (see vitest.docs.config.ts).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bangunDokumenPk, bangunLkjip } from "../../src/reports/model";
import { renderDocx, renderPdf } from "../../src/reports/render";
import { sumberDariDemo } from "../../src/demo/laporan/sumber-dari-demo";
import { halamanAbu, jumlahGambar, jumlahHalaman, sofficeKePdf, teksHalaman } from "./alat";

const dir = mkdtempSync(path.join(tmpdir(), "sakip-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sumber = sumberDariDemo("kecamatan-sei-balai", 2023)!;
const lkjip = bangunLkjip(sumber);
const berkas = {
  typst: path.join(dir, "lkjip-typst.pdf"),
  docx: path.join(dir, "lkjip.docx"),
  pkDocx: path.join(dir, "pk.docx"),
  pkPdf: path.join(dir, "pk-typst.pdf"),
};
let loPdf = "";
let loPk = "";

beforeAll(async () => {
  writeFileSync(berkas.typst, renderPdf(lkjip.dokumen).pdf);
  writeFileSync(berkas.docx, await renderDocx(lkjip.dokumen));
  const pk = bangunDokumenPk(sumber);
  writeFileSync(berkas.pkDocx, await renderDocx(pk.dokumen));
  writeFileSync(berkas.pkPdf, renderPdf(pk.dokumen).pdf);
  loPdf = sofficeKePdf(berkas.docx, dir);
  loPk = sofficeKePdf(berkas.pkDocx, dir);
});

describe("DOCX through LibreOffice", () => {
  it("converts to a PDF of about the same length as Typst's", () => {
    expect(statSync(loPdf).size).toBeGreaterThan(100_000);
    const n = jumlahHalaman(loPdf);
    expect(n).toBeGreaterThanOrEqual(60);
    expect(Math.abs(n - jumlahHalaman(berkas.typst))).toBeLessThan(30);
    expect(jumlahHalaman(loPk)).toBeGreaterThanOrEqual(14);
    expect(jumlahHalaman(loPk)).toBeLessThanOrEqual(24);
  });

  it("shows the table of contents with page numbers (PAGEREF fields LibreOffice lays out itself; ADR 0040)", () => {
    const daftarIsi = teksHalaman(loPdf).find((t) => t.includes("DAFTAR ISI"))!;
    expect(daftarIsi).toMatch(/BAB I PENDAHULUAN\.{3,}\s*1\b/);
    expect(daftarIsi).toMatch(/BAB III AKUNTABILITAS KINERJA\.{3,}\s*\d+/);
    // The number is the one printed at the foot of the page that opens the chapter, in LibreOffice's own layout.
    const nomor = Number(/BAB III AKUNTABILITAS KINERJA\.{3,}\s*(\d+)/.exec(daftarIsi)![1]);
    const halaman = teksHalaman(loPdf);
    const bab3 = halaman.findIndex((t, i) => i > halaman.indexOf(daftarIsi) && /^\s*BAB III\b/.test(t.trimStart()));
    expect(bab3).toBeGreaterThan(0);
    const kaki = halaman[bab3]!.trim().split(/\n/).at(-1)!.trim();
    expect(Number(kaki)).toBe(nomor);
  });

  it("keeps the five chart images", () => {
    expect(jumlahGambar(loPdf)).toBeGreaterThanOrEqual(5);
  });

  it("keeps the cross-references, captions and computed totals", () => {
    const teks = teksHalaman(loPdf).join("\n");
    for (const s of ["Tabel 3.18 Realisasi Anggaran Program", "2.933.929.410", "94,71%", "Gambar 3.5", "DAFTAR ISI"])
      expect(teks).toContain(s);
  });
});

describe.each([
  ["Typst", () => berkas.typst],
  ["LibreOffice", () => loPdf],
  ["PK Typst", () => berkas.pkPdf],
  ["PK LibreOffice", () => loPk],
])("%s PDF pages", (_nama, pdf) => {
  it("no page is blank", () => {
    const halaman = halamanAbu(pdf(), dir);
    expect(halaman.length).toBeGreaterThan(0);
    const kosong = halaman.filter((h) => h.gelap < 60);
    expect(kosong.map((h) => `halaman ${h.halaman}: ${h.gelap} piksel gelap`)).toEqual([]);
  });
});

describe("chart pages carry text", () => {
  it("Typst: the chart's title, axis, legend and value labels are text", () => {
    const pages = teksHalaman(berkas.typst);
    const grafik = pages.filter((t) => /Gambar 3\.\d/.test(t) && !/DAFTAR GAMBAR/.test(t));
    expect(grafik.length).toBeGreaterThanOrEqual(4);
    const ikm = grafik.find((t) => t.includes("Gambar 3.1"))!;
    for (const s of ["Target", "Realisasi", "2019", "2023", "90,10", "80,50"]) expect(ikm).toContain(s);
    const anggaran = grafik.find((t) => t.includes("Gambar 3.5"))!;
    expect(anggaran).toContain("Anggaran");
    expect(anggaran).toMatch(/2\.650,31/);
  });

  it("LibreOffice: every chart page has its caption and body text", () => {
    const pages = teksHalaman(loPdf).filter((t) => /Gambar 3\.\d Diagram/.test(t) && !/DAFTAR GAMBAR/.test(t));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const t of pages) expect(t.replace(/\s+/g, " ").length).toBeGreaterThan(80);
  });
});
