/**
 * The Kabupaten LKjIP (issue 15 acceptance: "The Kabupaten LKjIP of the demo Pemda opens in LibreOffice"), built by
 * the service over the demo: the DOCX converts through LibreOffice to a PDF holding the chapters of Permenpan RB
 * 53/2014 for a Pemda (regulations.md §3.3), the RPJMD IKU with the realisasi taken from Sei Balai's measurement and
 * the Bupati as signer; the Typst PDF renders page by page with pdftoppm; HTML and XLSX build.
 * Needs soffice, pdftoppm, pdftotext (see vitest.docs.config.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { bacaCapaianIkuPemda } from "../../src/services/rpjmd/capaian-iku-pemda";
import { unduhLkjipPemda } from "../../src/services/rpjmd/lkjip-pemda";
import { bacaPengukuran } from "../../src/services/pengukuran/baca-pengukuran";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";
import { halamanAbu, jumlahHalaman, sofficeKePdf, teksHalaman } from "./alat";

const dir = process.env.LKJIP_PEMDA_OUT ?? mkdtempSync(path.join(tmpdir(), "sakip-lkjip-pemda-"));
let t: TestDatabase;
const f = { docx: path.join(dir, "lkjip-pemda.docx"), pdf: path.join(dir, "lkjip-pemda-typst.pdf") };
let lo = "";
const opsi = { tempat: "Lima Puluh", tanggal: "2024-03-28" };

const rapat = (pdf: string) => teksHalaman(pdf).join("\n").replace(/\s+/g, " ");

beforeAll(async () => {
  t = await openDemoDatabase();
  pasangPenyaji();
  writeFileSync(f.docx, (await unduhLkjipPemda(t.ctx, "batu-bara", 2023, "docx", opsi)).isi);
  writeFileSync(f.pdf, (await unduhLkjipPemda(t.ctx, "batu-bara", 2023, "pdf", opsi)).isi);
  lo = sofficeKePdf(f.docx, dir);
}, 240_000);
afterAll(async () => {
  await t?.close();
  if (!process.env.LKJIP_PEMDA_OUT) rmSync(dir, { recursive: true, force: true });
});

describe("LKjIP Kabupaten Batu Bara 2023", () => {
  it("opens in LibreOffice with the Pemda chapters and the Bupati as signer", () => {
    const teks = rapat(lo);
    for (const s of [
      "LAPORAN KINERJA INSTANSI PEMERINTAH",
      "KABUPATEN BATU BARA",
      "IKHTISAR EKSEKUTIF",
      "BAB I PENDAHULUAN",
      "BAB II PERENCANAAN KINERJA",
      "Perjanjian Kinerja Bupati Tahun 2023",
      "BAB III AKUNTABILITAS KINERJA",
      "Realisasi Anggaran",
      "BAB IV PENUTUP",
      "Lima Puluh, 28 Maret 2024",
      "ZAHIR",
    ])
      expect(teks).toContain(s);
  });

  it("prints each IKU's realisasi as the linked Sei Balai measurement reads it", async () => {
    const teks = rapat(lo);
    const c = await bacaCapaianIkuPemda(t.ctx, "batu-bara", 2023);
    const ukur = await bacaPengukuran(t.ctx, { pemda: "batu-bara", opd: "kecamatan-sei-balai" }, 2023);
    const ikm = ukur.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === "ikm");
    const ikuIkm = c.baris.find((b) => b.kode === "IKU-1");
    expect(ikm?.realisasi?.nilai).toBeTruthy();
    expect(Number(ikuIkm?.ini.realisasi?.nilai)).toBe(Number(ikm?.realisasi?.nilai));
    for (const b of c.baris) {
      expect(teks).toContain(b.nama.slice(0, 30));
      if (b.ini.capaian) expect(teks).toContain(b.ini.capaian.tampil);
    }
  });

  it("every page of the LibreOffice and Typst PDFs has content; HTML and XLSX build", async () => {
    for (const pdf of [lo, f.pdf]) {
      expect(jumlahHalaman(pdf)).toBeGreaterThanOrEqual(6);
      for (const hal of halamanAbu(pdf, dir)) expect(hal.gelap).toBeGreaterThan(20);
    }
    // one page as PNG for a person to look at (LKJIP_PEMDA_OUT keeps it)
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "12", lo, path.join(dir, "halaman")]);
    const html = (await unduhLkjipPemda(t.ctx, "batu-bara", 2023, "html", opsi)).isi.toString("utf8");
    expect(html).toContain("BAB III AKUNTABILITAS KINERJA");
    const xlsx = (await unduhLkjipPemda(t.ctx, "batu-bara", 2023, "xlsx", opsi)).isi;
    expect(xlsx.subarray(0, 2).toString()).toBe("PK");
  });
});
