/**
 * XLSX round trip of the Rencana Aksi (issue #19): export of the demo's plan (Sei Balai 2023: every PK indicator a
 * level, TW I–IV = the annual target of LKjIP 2023 Lampiran PK), an edit offline, preview listing the change, confirm
 * with the preview's hashes; a file with bad cells is refused whole with Indonesian messages naming sheet, row and
 * column; the blank template changes nothing; a stale preview is refused (409); a damaged file is a 400.
 */
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { KOLOM_AKSI, KOLOM_TARGET } from "../../src/services/renaksi/xlsx-renaksi";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let pimpinan: SignedIn;
const URL = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/renaksi/2023";

interface Ind {
  pkKinerjaId: string;
  kode: string;
  indikator: string;
  targetTahunan: string;
  rencana: { sifat: string; targetTriwulan: Array<string | null> } | null;
  aksi: Array<{ uraian: string; anggaranTriwulan: string[] }>;
}
interface Renaksi {
  pk: Array<{ pkId: string; kode: string; level: string; indikator: Ind[] }>;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "x".repeat(40) } });
  const opd = { pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai" };
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", ...opd });
  pimpinan = await createUserAndSignIn(app, t.ctx, { peran: "pimpinan_opd", ...opd });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const baca = async () => (await (await app.request(URL, { headers: operator.headers })).json()) as Renaksi;
async function unduh(path: string): Promise<ExcelJS.Workbook> {
  const res = await app.request(`${URL}${path}`, { headers: operator.headers });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return wb;
}
async function kirim(user: SignedIn, jenis: "pratinjau" | "konfirmasi", isi: Uint8Array | Buffer, extra = {}) {
  const res = await app.request(`${URL}/impor/${jenis}`, {
    method: "POST",
    headers: { ...user.headers, "content-type": "application/json" },
    body: JSON.stringify({ namaBerkas: "renaksi.xlsx", isiBase64: Buffer.from(isi).toString("base64"), ...extra }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const buf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
/** The row of sheet Target holding a PK indicator (header on row 4). */
function barisTarget(wb: ExcelJS.Workbook, kodePk: string, kodeInd: string): ExcelJS.Row {
  const ws = wb.getWorksheet("Target")!;
  for (let r = 5; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (String(row.getCell(1).value) === kodePk && String(row.getCell(2).value) === kodeInd) return row;
  }
  throw new Error(`row ${kodePk}/${kodeInd} not found`);
}

describe("Rencana Aksi XLSX", () => {
  it("exports every PK indicator with its plan and round-trips an edit (preview → confirm, audited)", async () => {
    const awal = await baca();
    const camat = awal.pk.find((p) => p.level === "kepala-opd")!;
    const ind = camat.indikator.find((i) => /^\d+(,\d+)?$/.test(i.targetTahunan))!;
    const wb = await unduh("/xlsx");
    const ws = wb.getWorksheet("Target")!;
    expect(ws.getRow(4).values).toEqual([undefined, ...KOLOM_TARGET]);
    expect(wb.getWorksheet("Aksi")!.getRow(4).values).toEqual([undefined, ...KOLOM_AKSI]);
    const jumlah = awal.pk.reduce((n, p) => n + p.indikator.length, 0);
    expect(ws.rowCount - 4).toBe(jumlah);
    const row = barisTarget(wb, camat.kode, ind.kode);
    expect(row.getCell(7).value).toBe("tingkat");
    expect(row.getCell(12).value).toBe(ind.targetTahunan);

    // offline: TW I becomes half the annual target (still a level; TW IV stays = annual) and one action is added
    const setengah = String(Number(ind.targetTahunan.replace(",", ".")) / 2).replace(".", ",");
    row.getCell(9).value = setengah;
    wb.getWorksheet("Aksi")!.addRow([
      camat.kode,
      ind.kode,
      "sub-kegiatan",
      "",
      "Pendataan",
      1500000,
      "2.000.000",
      0,
      "",
    ]);
    const isi = await buf(wb);
    const p = await kirim(operator, "pratinjau", isi);
    expect(p.status).toBe(200);
    expect(p.body.galat).toEqual([]);
    expect(p.body.perubahan).toEqual([
      { kodePk: camat.kode, kodeIndikator: ind.kode, indikator: ind.indikator, jenis: "berubah" },
    ]);
    // the preview wrote nothing
    expect((await baca()).pk.find((x) => x.pkId === camat.pkId)!.indikator).toEqual(camat.indikator);

    const k = await kirim(operator, "konfirmasi", isi, { hashBerkas: p.body.hashBerkas, hashDasar: p.body.hashDasar });
    expect(k.status).toBe(200);
    expect(k.body).toEqual({ tanpaPerubahan: false, indikatorBerubah: 1 });
    const sesudah = (await baca()).pk
      .find((x) => x.pkId === camat.pkId)!
      .indikator.find((i) => i.pkKinerjaId === ind.pkKinerjaId)!;
    expect(sesudah.rencana!.targetTriwulan[0]).toBe(setengah);
    expect(sesudah.aksi).toEqual([
      expect.objectContaining({ uraian: "Pendataan", anggaranTriwulan: ["1500000.00", "2000000.00", "0.00", "0.00"] }),
    ]);
    const audit = await listAudit(t.ctx.db, { pemdaId: null, entity: "renaksi", limit: 20 });
    expect(audit.some((a) => a.action === "impor")).toBe(true);

    // the same preview again is now stale: 409, nothing written
    const basi = await kirim(operator, "konfirmasi", isi, { hashDasar: p.body.hashDasar });
    expect(basi.status).toBe(409);
  }, 120_000);

  it("refuses a file with bad cells whole, naming sheet, row and column in Indonesian", async () => {
    const awal = await baca();
    const camat = awal.pk.find((p) => p.level === "kepala-opd")!;
    const [a, b] = camat.indikator;
    const wb = await unduh("/xlsx");
    const ra = barisTarget(wb, camat.kode, a!.kode);
    ra.getCell(12).value = "1"; // TW IV ≠ annual for a level
    const rb = barisTarget(wb, camat.kode, b!.kode);
    rb.getCell(7).value = "bulanan";
    const aksi = wb.getWorksheet("Aksi")!;
    aksi.addRow([camat.kode, "ZZ9", "sub-kegiatan", "", "X", 1, 1, 1, 1, ""]);
    aksi.addRow([camat.kode, a!.kode, "sub-kegiatan", "", "Y", "satu juta", 0, 0, 0, ""]);
    const res = await kirim(operator, "konfirmasi", await buf(wb));
    expect(res.status).toBe(400);
    const pesan = (res.body.errors as Array<{ message: string }>).map((e) => e.message);
    expect(pesan).toContainEqual(
      expect.stringMatching(new RegExp(`^lembar Target, baris ${ra.number}, kolom L \\(TW IV\\): .*TW IV`)),
    );
    expect(pesan).toContainEqual(
      `lembar Target, baris ${rb.number}, kolom G (Sifat): "bulanan" harus salah satu dari tingkat, kumulatif, per-triwulan, dokumen`,
    );
    expect(pesan).toContainEqual(expect.stringMatching(/^lembar Aksi, baris \d+, kolom B \(Kode Indikator\): "ZZ9"/));
    expect(pesan).toContainEqual(
      expect.stringMatching(/^lembar Aksi, baris \d+, kolom F \(Anggaran TW I\): "satu juta" bukan nilai rupiah/),
    );
    expect(await baca()).toEqual(awal);
  }, 120_000);

  it("the blank template changes nothing; a damaged file is a 400; the pimpinan may not import", async () => {
    const awal = await baca();
    const tpl = await unduh("/xlsx?templat=1");
    const ws = tpl.getWorksheet("Target")!;
    expect(ws.rowCount - 4).toBe(awal.pk.reduce((n, p) => n + p.indikator.length, 0));
    expect(ws.getRow(5).getCell(7).value ?? "").toBe("");
    const isi = await buf(tpl);
    const p = await kirim(operator, "pratinjau", isi);
    expect(p.body).toMatchObject({ perubahan: [], galat: [] });
    expect((await kirim(operator, "konfirmasi", isi)).body).toEqual({ tanpaPerubahan: true, indikatorBerubah: 0 });
    expect(await baca()).toEqual(awal);

    const rusak = await kirim(operator, "pratinjau", Buffer.from("UEsDBAoAAAAAAP", "base64"));
    expect(rusak.status).toBe(400);
    expect((await kirim(pimpinan, "pratinjau", isi)).status).toBe(403);
  }, 120_000);
});
