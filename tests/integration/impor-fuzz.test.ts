/**
 * Importer fuzz (issue 18, "tests that keep it so"): random and mutated bytes, and random small sheets, sent to the
 * budget import preview and confirm and to every XLSX table import → never a 5xx, and nothing written on a refusal
 * (audit count unchanged). Bounded run count so it stays within seconds on a loaded machine.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { ID_TABEL } from "../../src/services/tabel/tabel-xlsx";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { jumlahAudit as jumlahAuditDb, MIME_XLSX } from "../support/tabel-xlsx";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";
import { lembarXml, xlsxDariLembar } from "../support/xlsx-rakitan";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
let templatXlsx: Uint8Array;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "f".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  const res = await app.request(`${OPD}/tabel/desa/0/xlsx`, { headers: operator.headers });
  templatXlsx = new Uint8Array(await res.arrayBuffer());
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function kirim(tujuan: string, isi: Uint8Array): Promise<number> {
  if (tujuan.startsWith("anggaran")) {
    const form = new FormData();
    form.append("berkas", new File([isi as Uint8Array<ArrayBuffer>], "acak.bin"));
    const jenis = tujuan === "anggaran-konfirmasi" ? "konfirmasi" : "pratinjau";
    const res = await app.request(`${OPD}/anggaran/2023/impor/${jenis}`, {
      method: "POST",
      headers: operator.headers,
      body: form,
    });
    await res.arrayBuffer();
    return res.status;
  }
  const tahun = ["desa", "pejabat", "unit-kerja", "dasar-hukum", "inovasi"].includes(tujuan) ? 0 : 2023;
  const res = await app.request(`${OPD}/tabel/${tujuan}/${tahun}/xlsx`, {
    method: "POST",
    headers: { ...operator.headers, "content-type": MIME_XLSX },
    body: isi as Uint8Array<ArrayBuffer>,
  });
  await res.arrayBuffer();
  return res.status;
}

/** Bytes flipped, cut or spliced in a valid file: mostly broken zips and broken text. */
const mutasi = (asal: Uint8Array) =>
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).chain((ubah) =>
    fc.nat({ max: asal.length }).map((potong) => {
      const b = Uint8Array.from(asal);
      for (const [i, v] of ubah) b[i % b.length] = v;
      return b.subarray(0, Math.max(1, potong));
    }),
  );

const nilaiSel = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom("ID", "No", "Nama Desa", "KODE", "URAIAN", "7.01.02", "ya", "", "1.000,50"),
);
const kolomAcak = fc.constantFrom("A", "B", "C", "D", "E", "H", "Z", "AZ");

/** A small hand-made sheet: a few rows of random cells at random places (rows up to 30 000: past the limit too). */
const lembarAcak = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 30_000 }),
      fc.array(fc.tuple(kolomAcak, nilaiSel), { minLength: 1, maxLength: 5 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((baris) => {
    const urut = [...new Map(baris.map(([r, sel]) => [r, sel])).entries()].sort((a, b) => a[0] - b[0]);
    return xlsxDariLembar(
      lembarXml(
        urut.map(([r, sel]) => [
          r,
          [...new Map(sel.map(([k, v]) => [k, v])).entries()]
            .sort((a, b) => a[0].length - b[0].length || a[0].localeCompare(b[0]))
            .map(([k, v]) => [`${k}${r}`, v] as [string, string | number]),
        ]),
      ),
    );
  });

const TUJUAN = ["anggaran-pratinjau", "anggaran-konfirmasi", ...ID_TABEL];

describe("importer fuzz", () => {
  it("never answers 5xx and writes nothing when it refuses", async () => {
    const tsv = new TextEncoder().encode(seiBalaiTsv());
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").addRow(["KODE", "URAIAN", "ANGGARAN"]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const berkas = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 2048 }),
      mutasi(templatXlsx),
      mutasi(xlsx),
      mutasi(tsv.subarray(0, 4096)),
      lembarAcak,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TUJUAN), berkas, async (tujuan, isi) => {
        const sebelum = await jumlahAuditDb(t.ctx.db);
        const status = await kirim(tujuan, isi);
        expect(status, tujuan).toBeLessThan(500);
        if (status >= 400) expect(await jumlahAuditDb(t.ctx.db)).toBe(sebelum);
      }),
      { numRuns: 120, seed: 18 },
    );
  }, 240_000);
});
