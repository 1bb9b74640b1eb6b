/**
 * The Pernyataan Telah Direviu (issue 14, regulations.md §3.4) as documents a user opens, built by the service over
 * the demo data: the DOCX converts through LibreOffice to a PDF whose text holds the §3.4 wording, the validator's
 * counts and the Inspektur; the Typst PDF renders page by page with pdftoppm. A year whose data shows galat
 * (Sei Balai 2019: no PK/DPA in the demo) drops the standard conclusion and names the galat count.
 * Needs soffice, pdftoppm, pdftotext (see vitest.docs.config.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { KALIMAT_SIMPULAN_BERSIH } from "../../src/reports/model/pernyataan-reviu";
import { type BerkasPernyataan, unduhPernyataanReviu } from "../../src/services/reviu/pernyataan-reviu";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";
import { halamanAbu, jumlahHalaman, sofficeKePdf, teksHalaman } from "./alat";

const dir = mkdtempSync(path.join(tmpdir(), "sakip-pernyataan-"));
let t: TestDatabase;
const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const f = {
  bersihDocx: path.join(dir, "bersih.docx"),
  bersihPdf: path.join(dir, "bersih-typst.pdf"),
  galatDocx: path.join(dir, "galat.docx"),
};
let bersih: BerkasPernyataan;
let galat: BerkasPernyataan;
let loBersih = "";
let loGalat = "";

const rapat = (pdf: string) => teksHalaman(pdf).join("\n").replace(/\s+/g, " ");

beforeAll(async () => {
  t = await openDemoDatabase();
  pasangPenyaji();
  const opsi = { tempat: "Lima Puluh", tanggal: "2024-02-15" };
  bersih = await unduhPernyataanReviu(t.ctx, L, 2023, "docx", opsi);
  galat = await unduhPernyataanReviu(t.ctx, L, 2019, "docx", opsi);
  writeFileSync(f.bersihDocx, bersih.isi);
  writeFileSync(f.galatDocx, galat.isi);
  writeFileSync(f.bersihPdf, (await unduhPernyataanReviu(t.ctx, L, 2023, "pdf", opsi)).isi);
  loBersih = sofficeKePdf(f.bersihDocx, dir);
  loGalat = sofficeKePdf(f.galatDocx, dir);
}, 180_000);
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Pernyataan Telah Direviu", () => {
  it("opens in LibreOffice with the §3.4 wording, the validator's counts and the Inspektur", () => {
    const teks = rapat(loBersih);
    expect(teks).toContain("PERNYATAAN TELAH DIREVIU");
    expect(teks).toContain("Kami telah mereviu Laporan Kinerja Kecamatan Sei Balai untuk tahun anggaran 2023");
    expect(teks).toContain("keyakinan terbatas");
    expect(teks).toContain(KALIMAT_SIMPULAN_BERSIH);
    const r = bersih.hasil.ringkasan;
    expect(r.galat).toBe(0);
    expect(teks).toMatch(new RegExp(`Galat ${r.galat} Peringatan ${r.peringatan} Info ${r.info}`));
    expect(teks).toContain("Lima Puluh, 15 Februari 2024");
    expect(teks).toContain("NIP.");
    expect(teks).not.toContain("Data belum tersedia");
  });

  it("with galat: no claim of reliability, the count and the galat listed", () => {
    const teks = rapat(loGalat);
    expect(galat.hasil.ringkasan.galat).toBeGreaterThan(0);
    expect(teks).not.toContain(KALIMAT_SIMPULAN_BERSIH);
    expect(teks).toContain(`masih memuat ${galat.hasil.ringkasan.galat} galat`);
    expect(teks).toContain("Galat yang Belum Diperbaiki");
  });

  it("every page of the LibreOffice and Typst PDFs has content", () => {
    for (const pdf of [loBersih, f.bersihPdf, loGalat]) {
      expect(jumlahHalaman(pdf)).toBeGreaterThanOrEqual(1);
      for (const hal of halamanAbu(pdf, dir)) expect(hal.gelap).toBeGreaterThan(20);
    }
  });
});
