/**
 * The unit tree keeps its integrity in the service, whatever the caller (form, XLSX, API): a unit under itself or
 * under its own sub-unit is refused; a unit that still has pejabat or indicators is not removed; nothing is written
 * when refused. Demo Kecamatan Sei Balai (units SEED 255-270).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bacaProfilOpd } from "../../src/services/organisasi/baca-profil-opd";
import { simpanUnitKerja, type UnitMasukan } from "../../src/services/organisasi/simpan-unit-kerja";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };

beforeAll(async () => {
  t = await openDemoDatabase();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function units(): Promise<UnitMasukan[]> {
  const p = await bacaProfilOpd(t.ctx, lingkup);
  const out: UnitMasukan[] = [];
  const jalan = (simpul: typeof p.unit, induk: string | null) => {
    for (const u of simpul) {
      out.push({ kode: u.kode, nama: u.nama, jenis: u.jenis, indukKode: induk });
      jalan(u.anak, u.kode);
    }
  };
  jalan(p.unit, null);
  return out;
}

describe("unit tree integrity", () => {
  it("saving the stored tree unchanged writes nothing", async () => {
    expect(await simpanUnitKerja(t.ctx, lingkup, await units())).toEqual({ diubah: false });
  });

  it.each([
    ["itself", "sekretariat", "sekretariat"],
    ["its own sub-unit", "sekretariat", "subbag-umum"],
  ])("refuses a unit under %s, naming the row and the loop", async (_n, kode, induk) => {
    const daftar = await units();
    const i = daftar.findIndex((u) => u.kode === kode);
    daftar[i] = { ...daftar[i]!, indukKode: induk };
    await expect(simpanUnitKerja(t.ctx, lingkup, daftar)).rejects.toThrow(
      new RegExp(`Unit baris ${i + 1}: "${kode}" berada di bawah dirinya sendiri`),
    );
  });

  it("refuses to remove a unit that still has pejabat, and keeps it", async () => {
    const sebelum = await units();
    const tanpaSeksi = sebelum.filter((u) => u.kode !== "seksi-pemerintahan");
    await expect(simpanUnitKerja(t.ctx, lingkup, tanpaSeksi)).rejects.toThrow(
      /Unit ".*" \(seksi-pemerintahan\) tidak dapat dihapus: masih ada pejabat/,
    );
    expect((await units()).map((u) => u.kode)).toEqual(sebelum.map((u) => u.kode));
  });

  it("removes an unused unit", async () => {
    const sebelum = await units();
    const baru = [...sebelum, { kode: "seksi-uji", nama: "Seksi Uji", jenis: sebelum[1]!.jenis, indukKode: "camat" }];
    expect(await simpanUnitKerja(t.ctx, lingkup, baru)).toEqual({ diubah: true });
    expect(await simpanUnitKerja(t.ctx, lingkup, sebelum)).toEqual({ diubah: true });
    expect((await units()).some((u) => u.kode === "seksi-uji")).toBe(false);
  });
});
