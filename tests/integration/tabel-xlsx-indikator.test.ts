/**
 * XLSX table "indikator" (issue M1-04: "an operator can fill a year from a spreadsheet"): the definitions of the
 * Renstra indicators. Export → edit one cell → import changes exactly that definition with one audit entry; an
 * unchanged re-import writes nothing; a new row adds an indicator; a bad polaritas or a kode of another Renstra
 * period is refused naming row and column, and nothing is written. Demo Sei Balai, Renstra 2019–2023.
 */
import type ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { listIndikator } from "../../src/storage/repositories/indikator-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { jumlahAudit as jumlahAuditDb, klienTabel } from "../support/tabel-xlsx";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
const tabel = klienTabel(
  () => app,
  "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai",
  () => operator,
);
const ekspor = () => tabel.ekspor("indikator/2023/xlsx");
const impor = (wb: ExcelJS.Workbook) => tabel.impor("indikator/2023", wb);
const jumlahAudit = () => jumlahAuditDb(t.ctx.db);

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "i".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function indikator() {
  const { opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
  return listIndikator(t.ctx.db, opd.id);
}

/** Column number of a header (row 2) and the sheet row of an indicator kode. */
function letak(ws: ExcelJS.Worksheet, judul: string, kode?: string) {
  let kolom = 0;
  ws.getRow(2).eachCell((c, n) => {
    if (String(c.value) === judul) kolom = n;
  });
  let baris = 0;
  if (kode) {
    const kolomKode = letak(ws, "Kode").kolom;
    ws.eachRow((r, n) => {
      if (n > 2 && String(r.getCell(kolomKode).value ?? "") === kode) baris = n;
    });
  }
  return { kolom, baris };
}

describe("XLSX table indikator", () => {
  it("exports the two IKU of the Renstra with their definitions", async () => {
    const ws = (await ekspor()).worksheets[0]!;
    const ikm = letak(ws, "Nama Indikator", "ikm");
    expect(ikm.baris).toBeGreaterThan(2);
    expect(String(ws.getCell(ikm.baris, ikm.kolom).value)).toContain("Indeks Kepuasan Masyarakat");
    expect(String(ws.getCell(ikm.baris, letak(ws, "IKU").kolom).value)).toBe("ya");
  });

  it("an unchanged re-import writes nothing", async () => {
    const n = await jumlahAudit();
    expect(await impor(await ekspor())).toMatchObject({ status: 200, body: { jumlah: 0 } });
    expect(await jumlahAudit()).toBe(n);
  });

  it("changes exactly the edited definition, in one audited write", async () => {
    const wb = await ekspor();
    const ws = wb.worksheets[0]!;
    const p = letak(ws, "Sumber Data", "ikm");
    ws.getCell(p.baris, p.kolom).value = "Rekap SKM Kecamatan (uji)";
    const sebelum = await indikator();
    const n = await jumlahAudit();
    expect(await impor(wb)).toMatchObject({ status: 200, body: { jumlah: 1 } });
    expect(await jumlahAudit()).toBe(n + 1);
    const sesudah = await indikator();
    for (const s of sesudah) {
      const lama = sebelum.find((x) => x.kode === s.kode)!;
      if (s.kode === "ikm") expect(s).toEqual({ ...lama, sumberData: "Rekap SKM Kecamatan (uji)" });
      else expect(s).toEqual(lama);
    }
  });

  it("adds a new indicator from an empty row", async () => {
    const wb = await ekspor();
    const ws = wb.worksheets[0]!;
    const r = ws.rowCount + 1;
    const isi: Record<string, string | number> = {
      Kode: "pengaduan",
      "Kode Sasaran": "S1",
      "Nama Indikator": "Persentase pengaduan yang ditindaklanjuti",
      IKU: "tidak",
      Satuan: "%",
      Polaritas: "positif",
    };
    for (const [judul, v] of Object.entries(isi)) ws.getCell(r, letak(ws, judul).kolom).value = v;
    const h = await impor(wb);
    expect(h.status).toBe(200);
    const baru = (await indikator()).find((i) => i.kode === "pengaduan");
    expect(baru).toMatchObject({ nama: "Persentase pengaduan yang ditindaklanjuti", iku: false, satuan: "%" });
    expect(baru).toMatchObject({ polaritas: "positif", rumusNegatif: "2t-r", sumberRealisasi: "manual" });
  });

  it("refuses a polaritas outside the list, naming row and column, and writes nothing", async () => {
    const wb = await ekspor();
    const ws = wb.worksheets[0]!;
    const p = letak(ws, "Polaritas", "akip");
    ws.getCell(p.baris, p.kolom).value = "naik";
    const n = await jumlahAudit();
    const h = await impor(wb);
    expect(h.status).toBe(400);
    const huruf = String.fromCharCode(64 + p.kolom);
    expect(JSON.stringify(h.body.errors)).toContain(`Baris ${p.baris}, kolom ${huruf} (Polaritas)`);
    expect(await jumlahAudit()).toBe(n);
  });

  it("refuses a new row whose kode repeats one in the file", async () => {
    const wb = await ekspor();
    const ws = wb.worksheets[0]!;
    const r = ws.rowCount + 1;
    const isi = {
      Kode: "ikm",
      "Kode Sasaran": "S1",
      "Nama Indikator": "Ganda",
      IKU: "tidak",
      Satuan: "%",
      Polaritas: "positif",
    };
    for (const [judul, v] of Object.entries(isi)) ws.getCell(r, letak(ws, judul).kolom).value = v;
    const h = await impor(wb);
    expect(h.status).toBe(400);
    expect(JSON.stringify(h.body.errors)).toContain('kode indikator \\"ikm\\" sudah dipakai');
  });
});
