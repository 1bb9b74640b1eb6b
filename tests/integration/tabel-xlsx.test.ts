/**
 * XLSX round trip (issue M1-04 acceptance): an exported table, edited and imported back, changes exactly the edited
 * cells; a malformed file is rejected with row and column named and nothing is written. Over HTTP as the operator.
 */
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { queryRows } from "../../src/storage/database";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { klienTabel, MIME_XLSX, selLembar } from "../support/tabel-xlsx";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
const { ekspor, impor } = klienTabel(
  () => app,
  OPD,
  () => operator,
);

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "x".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Row of the sheet whose column B (Kode) is `kode`. */
function barisKode(wb: ExcelJS.Workbook, kode: string): number {
  let found = 0;
  wb.worksheets[0]!.eachRow((row, n) => {
    if (row.getCell(2).value === kode) found = n;
  });
  return found;
}

async function potret(): Promise<string> {
  const rows = await queryRows<{ h: string }>(
    t.ctx.db,
    sql`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from (select * from realisasi union all select null, null, null, null, null, null, null, cast(count(*) as text), null from audit_log) x`,
  );
  return rows[0]?.h ?? "";
}

describe("XLSX tables", () => {
  it("round-trips the realisasi table: only the edited cells change", async () => {
    const awal = await ekspor("realisasi/2023/xlsx");
    const ws = awal.worksheets[0]!;
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "ID",
      "Kode",
      "Sasaran",
      "Indikator",
      "Satuan",
      "Target",
      "Realisasi",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Narasi",
      "Capaian (%)",
    ]);
    const ikm = barisKode(awal, "ikm");
    expect(ws.getCell(ikm, 6).value).toBe("85,00");
    expect(ws.getCell(ikm, 13).value).toBe(94.71);
    const diubah = new ExcelJS.Workbook();
    await diubah.xlsx.load(await awal.xlsx.writeBuffer());
    diubah.worksheets[0]!.getCell(ikm, 8).value = 78.25; // TW I
    diubah.worksheets[0]!.getCell(ikm, 12).value = "Survei triwulan I selesai"; // Narasi
    const r = await impor("realisasi/2023", diubah);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      jumlah: 2,
      diubah: [
        { baris: ikm, kolom: "Realisasi TW I", dari: null, ke: "78.25" },
        { baris: ikm, kolom: "Narasi", dari: null, ke: "Survei triwulan I selesai" },
      ],
      ditambah: [],
      dihapus: [],
    });
    const sesudah = selLembar(await ekspor("realisasi/2023/xlsx"));
    const sebelum = selLembar(awal);
    const beda = [...new Set([...sesudah.keys(), ...sebelum.keys()])].filter((k) => sesudah.get(k) !== sebelum.get(k));
    expect(beda.sort()).toEqual([`H${ikm}`, `L${ikm}`]);
    const lagi = await impor("realisasi/2023", await ekspor("realisasi/2023/xlsx"));
    expect(lagi.body).toEqual({ jumlah: 0, diubah: [], ditambah: [], dihapus: [] });
  }, 120_000); // an export, edits and an import of the whole table: over 30 s on a 2-core box at load 20

  it("rejects a malformed file naming row and column, and writes nothing", async () => {
    const wb = await ekspor("realisasi/2023/xlsx");
    const ws = wb.worksheets[0]!;
    const ikm = barisKode(wb, "ikm");
    const akip = barisKode(wb, "akip");
    ws.getCell(ikm, 9).value = "delapan puluh"; // TW II: not a number
    ws.getCell(ikm, 13).value = 99; // Capaian: computed, read-only
    ws.getCell(akip, 7).value = 71; // Realisasi AKIP: from the evaluation result
    ws.getCell(ikm, 10).value = 80; // a valid edit in the same file: must not be written either
    const before = await potret();
    const r = await impor("realisasi/2023", wb);
    expect(r.status).toBe(400);
    expect(r.body.title).toBe("Berkas ditolak");
    expect(r.body.errors).toEqual([
      { field: `Baris ${ikm}, kolom I (Realisasi TW II)`, message: 'nilai: "delapan puluh" bukan angka' },
      {
        field: `Baris ${ikm}, kolom M (Capaian (%))`,
        message: "kolom ini tidak dapat diubah lewat impor (kunci atau hasil hitungan)",
      },
      {
        field: `Baris ${akip}, kolom G (Realisasi)`,
        message: expect.stringContaining("realisasi diambil dari sumbernya: Nilai AKIP dari evaluasi 2023"),
      },
    ]);
    expect(String(r.body.detail)).toContain("tidak ada data yang disimpan: 3 kesalahan");
    expect(await potret()).toBe(before);
  });

  it("rejects a file whose headers were changed, and one that is not XLSX", async () => {
    const wb = await ekspor("realisasi/2023/xlsx");
    wb.worksheets[0]!.getCell(2, 7).value = "Realisasi 2023";
    const r = await impor("realisasi/2023", wb);
    expect(r.body.errors).toEqual([
      { field: "Baris 2, kolom G (Realisasi)", message: 'judul kolom harus "Realisasi", tertulis "Realisasi 2023"' },
    ]);
    const bukan = await app.request(`${OPD}/tabel/realisasi/2023/xlsx`, {
      method: "POST",
      headers: { ...operator.headers, "content-type": MIME_XLSX },
      body: "bukan berkas excel",
    });
    expect(bukan.status).toBe(400);
  });

  it("offers a template with the rows and empty input cells", async () => {
    const wb = await ekspor("realisasi/2023/templat");
    const ws = wb.worksheets[0]!;
    const ikm = barisKode(wb, "ikm");
    expect(ws.getCell(ikm, 4).value).toBe("Indeks Kepuasan Masyarakat (IKM)");
    expect(ws.getCell(ikm, 7).value).toBeNull();
    expect(ws.getCell(ikm, 13).value).toBe(94.71);
  });

  it.each([
    // every table exports and imports back unchanged
    ["target/2023"],
    ["desa/0"],
    ["pk-kinerja/2023"],
  ])("round-trips %s unchanged", async (path) => {
    const wb = await ekspor(`${path}/xlsx`);
    expect((await impor(path, wb)).body).toEqual({ jumlah: 0, diubah: [], ditambah: [], dihapus: [] });
  });

  it("edits a target and a desa cell through XLSX, recomputing the totals", async () => {
    const tgt = await ekspor("target/2023/xlsx");
    const ikm = barisKode(tgt, "ikm");
    tgt.worksheets[0]!.getCell(ikm, 10).value = "84,00"; // Target 2023 (the PK Perubahan still counts for 2023)
    expect((await impor("target/2023", tgt)).body).toMatchObject({
      jumlah: 1,
      diubah: [{ kolom: "Target 2023", dari: "85,00", ke: "84,00" }],
    });
    const desa = await ekspor("desa/0/xlsx");
    desa.worksheets[0]!.getCell(3, 7).value = 1600; // Sei Balai, penduduk L 1.570 → 1.600
    expect((await impor("desa/0", desa)).body).toMatchObject({ jumlah: 1 });
    const profil = (await (await app.request(`${OPD}/profil`, { headers: operator.headers })).json()) as {
      totalDesa: { pendudukL: number; penduduk: number };
    };
    // SEED 205: Σ L 14.859 (+30), Σ L+P 30.201 (+30)
    expect(profil.totalDesa).toMatchObject({ pendudukL: 14889, penduduk: 30231 });
  });
});
