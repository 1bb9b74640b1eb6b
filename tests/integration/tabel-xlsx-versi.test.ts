/**
 * Lost updates through the XLSX tables (issue 18, finding 5; ADR 0016): a table downloaded before a colleague edits a
 * row in the form must not put the old value back on upload. The export carries each row's version (hidden sheet
 * "versi"); an import that changes a row whose version moved since is refused as a whole (409 naming the sheet row,
 * nothing written, no audit entry); a change to another row passes; a file without the version sheet (exported before
 * it existed) is accepted as before. Demo: Kecamatan Sei Balai, 2023.
 */
import type ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { bacaProfilOpd } from "../../src/services/organisasi/baca-profil-opd";
import { bacaPengukuran } from "../../src/services/pengukuran/baca-pengukuran";
import { bacaDaftarPk } from "../../src/services/pk/baca-pk";
import { versiBarisPk } from "../../src/services/pk/ubah-baris-pk";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { jumlahAudit as jumlahAuditDb, klienTabel } from "../support/tabel-xlsx";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let ani: SignedIn;
let budi: SignedIn;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
const LINGKUP = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
// Ani works in Excel; Budi, her colleague, edits through the forms
const { ekspor, impor } = klienTabel(
  () => app,
  OPD,
  () => ani,
);
const jumlahAudit = () => jumlahAuditDb(t.ctx.db);

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "v".repeat(40) } });
  const spec = { peran: "operator_opd", pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai" } as const;
  ani = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Ani" });
  budi = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Budi" });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function kirim(method: string, path: string, body: unknown, syarat: Record<string, string> = {}) {
  const res = await app.request(`${OPD}${path}`, {
    method,
    headers: { ...budi.headers, ...syarat, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return res.status;
}

async function formulir(method: string, path: string, body: unknown, syarat: Record<string, string> = {}) {
  expect(await kirim(method, path, body, syarat)).toBe(200);
}

/** Sheet row (≥ 3) of the row with this ID (hidden column A). */
function barisId(wb: ExcelJS.Workbook, id: string): number {
  let found = 0;
  wb.worksheets[0]!.eachRow((row, n) => {
    if (row.getCell(1).value === id) found = n;
  });
  expect(found).toBeGreaterThanOrEqual(3);
  return found;
}

/** The same workbook as a file exported before row versions existed (no hidden sheet "versi"). */
function formatLama(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.getWorksheet("versi");
  expect(ws).toBeDefined();
  wb.removeWorksheet(ws!.id);
  return wb;
}

/** Expects the whole file refused: 409 naming exactly these sheet rows, in Indonesian. */
function harusDitolak(h: { status: number; body: Record<string, unknown> }, baris: number[]) {
  expect(h.status).toBe(409);
  expect(h.body).toMatchObject({
    type: "urn:sakip:problem:berkas-kedaluwarsa",
    title: "Berkas telah kedaluwarsa",
    detail: expect.stringContaining(
      `tidak ada data yang disimpan: ${baris.length} baris telah diubah pengguna lain sejak berkas diunduh. ` +
        `Baris ${baris[0]}: data ini telah diubah pengguna lain sejak berkas diunduh; unduh ulang`,
    ),
  });
  expect(h.body.errors).toEqual(
    baris.map((b) => ({
      field: `Baris ${b}`,
      message: "data ini telah diubah pengguna lain sejak berkas diunduh; unduh ulang",
    })),
  );
}

describe("realisasi table", () => {
  // the IKU of 2023; their triwulan cells are always typed (only a linked yearly value is taken from a result)
  async function indikator() {
    const p = await bacaPengukuran(t.ctx, LINGKUP, 2023);
    const semua = p.sasaran.flatMap((s) => s.indikator);
    expect(semua.length).toBeGreaterThanOrEqual(2);
    return semua;
  }
  const TW2 = 9; // column I: Realisasi TW II

  it("refuses an old file changing a cell a colleague edited in the form; accepts one changing another row", async () => {
    const [a, b] = await indikator();
    const lama = await ekspor("realisasi/2023/xlsx");
    // Budi saves TW II of indicator A through the form, based on the version he read (If-Match)
    const versi = a!.triwulan.find((q) => q.periode === "tw2")!.versi;
    await formulir(
      "PUT",
      "/pengukuran/2023/realisasi",
      { indikatorId: a!.id, periode: "tw2", nilai: "11,00" },
      { "if-match": `"${versi}"` },
    );
    const sebelum = await bacaPengukuran(t.ctx, LINGKUP, 2023);
    const audit = await jumlahAudit();
    // Ani uploads the file downloaded before, with her own TW II for A: the old file would overwrite Budi's 11,00
    const rA = barisId(lama, a!.id);
    lama.worksheets[0]!.getCell(rA, TW2).value = 22;
    harusDitolak(await impor("realisasi/2023", lama), [rA]);
    expect(await bacaPengukuran(t.ctx, LINGKUP, 2023)).toEqual(sebelum);
    expect(await jumlahAudit()).toBe(audit);

    // the same old file changing only indicator B's row (A left as downloaded, i.e. without Budi's value): accepted,
    // and Budi's value stays
    const lagi = await ekspor("realisasi/2023/xlsx"); // only to read B's current cell
    const rB = barisId(lama, b!.id);
    lama.worksheets[0]!.getCell(rA, TW2).value = lagi.worksheets[0]!.getCell(barisId(lagi, a!.id), TW2).value;
    lama.worksheets[0]!.getCell(rB, TW2).value = 33;
    const h = await impor("realisasi/2023", lama);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ jumlah: 1, diubah: [{ baris: rB, kolom: "Realisasi TW II", ke: "33" }] });
    const sesudah = (await indikator()).find((i) => i.id === a!.id)!;
    expect(sesudah.triwulan.find((q) => q.periode === "tw2")!.nilai).toBe("11.00");
    expect(await jumlahAudit()).toBe(audit + 1);
  });

  it("an old file whose row still has the downloaded version passes, and its version is the form's", async () => {
    const [a] = await indikator();
    const wb = await ekspor("realisasi/2023/xlsx");
    // the version sheet carries the cell versions the form uses (If-Match of each cell), in period order
    const ws = wb.getWorksheet("versi")!;
    expect(ws.state).toBe("veryHidden");
    let versi = "";
    ws.eachRow((row) => {
      if (row.getCell(1).value === a!.id) versi = String(row.getCell(2).value);
    });
    expect(versi).toBe([a!.versiRealisasi, ...a!.triwulan.map((q) => q.versi)].join(" "));
    wb.worksheets[0]!.getCell(barisId(wb, a!.id), TW2).value = 44;
    expect((await impor("realisasi/2023", wb)).status).toBe(200);
  });

  it("a file exported before row versions existed is still accepted (last writer wins, as before)", async () => {
    const [a] = await indikator();
    const lama = await ekspor("realisasi/2023/xlsx");
    await formulir("PUT", "/pengukuran/2023/realisasi", { indikatorId: a!.id, periode: "tw2", nilai: "55,00" });
    const wb = formatLama(lama);
    wb.worksheets[0]!.getCell(barisId(wb, a!.id), TW2).value = 66;
    const h = await impor("realisasi/2023", wb);
    expect(h.status).toBe(200);
    const sesudah = (await indikator()).find((i) => i.id === a!.id)!;
    expect(Number(sesudah.triwulan.find((q) => q.periode === "tw2")!.nilai)).toBe(66);
  });
});

describe("PK table", () => {
  const TARGET = 8; // column H
  async function baris() {
    const { pk } = await bacaDaftarPk(t.ctx, LINGKUP, 2023);
    const semua = pk.flatMap((p) => p.kinerja.map((k) => ({ pk: p.kode, ...k.baris })));
    expect(semua.length).toBeGreaterThanOrEqual(2);
    return semua;
  }

  it("refuses an old file changing a row a colleague edited in the form; accepts one changing another row", async () => {
    const [x, y] = await baris();
    const lama = await ekspor("pk-kinerja/2023/xlsx");
    await formulir("PATCH", `/pk-baris/${x!.id}`, { target: "71,00" });
    const audit = await jumlahAudit();
    const rX = barisId(lama, x!.id);
    const rY = barisId(lama, y!.id);
    lama.worksheets[0]!.getCell(rX, TARGET).value = "72,00";
    lama.worksheets[0]!.getCell(rY, TARGET).value = "73,00";
    harusDitolak(await impor("pk-kinerja/2023", lama), [rX]);
    expect(await jumlahAudit()).toBe(audit);
    const kini = await baris();
    expect(kini.find((b) => b.id === x!.id)!.targetTeks).toBe("71,00");
    expect(kini.find((b) => b.id === y!.id)!.targetTeks).toBe(y!.targetTeks);

    // leave X as Budi saved it: only Y changes, and passes
    lama.worksheets[0]!.getCell(rX, TARGET).value = "71,00";
    const h = await impor("pk-kinerja/2023", lama);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ jumlah: 1, diubah: [{ baris: rY, kolom: "Target", ke: "73,00" }] });
    expect(await jumlahAudit()).toBe(audit + 1);
  });

  it("an import and a form save based on the same version, sent together: exactly one is stored", async () => {
    // the import takes the row's PK lock (pk:<opd>:<kode>) like the row edit, so neither lands between the other's
    // version check and its write (PostgreSQL; PGlite serialises transactions anyway)
    for (const [i, x] of (await baris()).slice(0, 3).entries()) {
      const wb = await ekspor("pk-kinerja/2023/xlsx");
      wb.worksheets[0]!.getCell(barisId(wb, x.id), TARGET).value = `8${i},00`;
      const [h, form] = await Promise.all([
        impor("pk-kinerja/2023", wb),
        kirim("PATCH", `/pk-baris/${x.id}`, { target: `9${i},00` }, { "if-match": `"${versiBarisPk(x)}"` }),
      ]);
      expect([h.status, form].sort()).toEqual([200, 409]);
      const menang = h.status === 200 ? `8${i},00` : `9${i},00`;
      expect((await baris()).find((b) => b.id === x.id)!.targetTeks).toBe(menang);
    }
  });

  it("a file exported before row versions existed is still accepted", async () => {
    const [x] = await baris();
    const lama = await ekspor("pk-kinerja/2023/xlsx");
    await formulir("PATCH", `/pk-baris/${x!.id}`, { target: "74,00" });
    const wb = formatLama(lama);
    wb.worksheets[0]!.getCell(barisId(wb, x!.id), TARGET).value = "75,00";
    expect((await impor("pk-kinerja/2023", wb)).status).toBe(200);
    expect((await baris()).find((b) => b.id === x!.id)!.targetTeks).toBe("75,00");
  });
});

describe("desa table (no versioned form: the version is the hash of the exported row)", () => {
  const KK = 6; // column F: Jumlah KK
  async function desa() {
    const d = (await bacaProfilOpd(t.ctx, LINGKUP)).desa;
    expect(d.length).toBeGreaterThanOrEqual(2);
    return d;
  }
  /** Budi saves the desa list through the form with one village's KK changed. */
  async function ubahKk(id: string, kk: number) {
    const daftar = (await desa()).map(({ id: i, penduduk: _p, ...d }) => (i === id ? { ...d, kk } : d));
    await formulir("PUT", "/desa", daftar);
  }

  it("refuses an old file changing or removing a village a colleague edited; accepts one changing another", async () => {
    const [p, q] = await desa();
    const lama = await ekspor("desa/0/xlsx");
    await ubahKk(p!.id, 999);
    const sebelum = await desa();
    const audit = await jumlahAudit();
    const rP = barisId(lama, p!.id);
    lama.worksheets[0]!.getCell(rP, KK).value = 500;
    harusDitolak(await impor("desa/0", lama), [rP]);
    // removing the village Budi edited is refused too ("Hapus" is the last column)
    lama.worksheets[0]!.getCell(rP, KK).value = p!.kk;
    lama.worksheets[0]!.getCell(rP, 13).value = "ya";
    harusDitolak(await impor("desa/0", lama), [rP]);
    expect(await desa()).toEqual(sebelum);
    expect(await jumlahAudit()).toBe(audit);

    // leave P as downloaded: the file's old KK of P is then a change too (999 → old value), so put Budi's value back
    lama.worksheets[0]!.getCell(rP, 13).value = null;
    lama.worksheets[0]!.getCell(rP, KK).value = 999;
    const rQ = barisId(lama, q!.id);
    lama.worksheets[0]!.getCell(rQ, KK).value = 777;
    const h = await impor("desa/0", lama);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ jumlah: 1, diubah: [{ baris: rQ, kolom: "Jumlah KK", ke: 777 }] });
    const kini = await desa();
    expect(kini.find((d) => d.id === p!.id)!.kk).toBe(999);
    expect(kini.find((d) => d.id === q!.id)!.kk).toBe(777);
  });

  it("a file exported before row versions existed is still accepted", async () => {
    const [p] = await desa();
    const lama = await ekspor("desa/0/xlsx");
    await ubahKk(p!.id, 1234);
    const wb = formatLama(lama);
    wb.worksheets[0]!.getCell(barisId(wb, p!.id), KK).value = 4321;
    expect((await impor("desa/0", wb)).status).toBe(200);
    expect((await desa()).find((d) => d.id === p!.id)!.kk).toBe(4321);
  });
});
