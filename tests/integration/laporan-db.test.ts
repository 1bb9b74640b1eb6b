/**
 * The LKjIP from the database: the demo loaded through the services, assembled by kumpulkanLkjip, gives the same
 * tables as the report built from the demo dataset directly (every computed table of Bab II and III).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bangunLkjip, type HasilLkjip } from "../../src/reports/model";
import { loadDemo } from "../../src/services/demo/load-demo";
import { kumpulkanLkjip } from "../../src/services/laporan/kumpulkan-lkjip";
import { lkjipDemo, tabel } from "../support/laporan";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let dariDb: HasilLkjip;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };

beforeAll(async () => {
  t = await openTestDatabase();
  await loadDemo(t.ctx);
  dariDb = bangunLkjip(await kumpulkanLkjip(t.ctx, lingkup, 2023));
});
afterAll(async () => {
  await t?.close();
});

describe("kumpulkanLkjip (database) = sumberDariDemo (dataset)", () => {
  it.each([
    "tabel-desa",
    "tabel-penduduk",
    "tabel-lahan",
    "tabel-pk",
    "tabel-rencana-program",
    "tabel-capaian",
    "tabel-skm",
    "tabel-komponen-akip",
    "tabel-perbandingan-tahun",
    "tabel-renstra-ikm",
    "tabel-renstra-akip",
    "tabel-komponen-akip-tahunan",
    "tabel-peer",
    "tabel-efisiensi",
    "tabel-realisasi-kelas",
    "tabel-realisasi-program",
  ])("%s", (id) => {
    const a = tabel(dariDb, id);
    const b = tabel(lkjipDemo(), id);
    expect(a.nomor).toBe(b.nomor);
    expect(a.baris.map((r) => r.slice(-3))).toEqual(b.baris.map((r) => r.slice(-3)));
  });

  it("lists as missing what no module stores yet (free texts, signing date)", () => {
    const kunci = dariDb.hilang.map((h) => h.kunci);
    expect(kunci).toContain("teks:kata-pengantar");
    expect(kunci).toContain("penandatangan:lkjip");
  });
});
