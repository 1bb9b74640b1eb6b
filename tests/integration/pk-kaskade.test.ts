/**
 * The 2023 PK Perubahan of Kecamatan Sei Balai at every level and its cascade tree, from the Bupati's misi down to
 * eselon IV. NOTE: SEED 1044-1705 (seven PK, one per pejabat), regulations.md §3.1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bacaDaftarPk, bacaKaskade } from "../../src/services/pk/baca-pk";
import type { SimpulKaskade } from "../../src/services/pk/pohon";
import { ubahBarisPk } from "../../src/services/pk/ubah-baris-pk";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };

beforeAll(async () => {
  t = await openDemoDatabase();
});
afterAll(async () => {
  await t?.close();
});

function ringkas(s: SimpulKaskade): unknown {
  return { pejabat: s.pejabat?.split(" (")[0], label: s.label, target: s.target, anak: s.anak.map(ringkas) };
}

describe("Perjanjian Kinerja 2023", () => {
  it("has one PK Perubahan per pejabat with computed budget totals", async () => {
    const { pk } = await bacaDaftarPk(t.ctx, lingkup, 2023);
    // SEED 1102, 1178, 1306, 1386, 1472, 1562, 1676: JUMLAH printed under each lampiran, recomputed here
    expect(pk.map((p) => [p.level, p.pihakPertama?.kode, p.jenis, p.berlaku, p.jumlahAnggaran])).toEqual([
      ["kepala-opd", "camat", "perubahan", true, "3135926319.00"],
      ["eselon-iii", "sekretaris", "perubahan", true, "2650313819.00"],
      ["eselon-iv", "kasi-pelayanan-trantib", "perubahan", true, "104170000.00"],
      ["eselon-iv", "kasi-pemerintahan", "perubahan", true, "13000000.00"],
      ["eselon-iv", "kasi-pmd-sosbud", "perubahan", true, "368442500.00"],
      ["eselon-iv", "kasubbag-keuangan-program", "perubahan", true, "1981468975.00"],
      ["eselon-iv", "kasubbag-umum", "perubahan", true, "668844844.00"],
    ]);
    const camat = pk[0]!;
    expect(camat.pihakKedua?.kode).toBe("bupati-batu-bara");
    expect(camat.kinerja.map((k) => [k.baris.indikator, k.baris.targetTeks])).toEqual([
      ["Indeks Kepuasan Masyarakat (IKM)", "85,00"],
      ["Nilai AKIP", "BB (75,00)"],
    ]);
  });

  it("builds the cascade from the Bupati down to eselon IV without gaps", async () => {
    const { pohon, celah } = await bacaKaskade(t.ctx, lingkup, 2023);
    expect(pohon.pejabat).toContain("ZAHIR");
    expect(pohon.label).toContain("Misi 1: Meningkatkan pelayanan Aparatur Pemerintah");
    const [ikm, akip] = pohon.anak;
    expect(ikm?.indikator).toBe("Indeks Kepuasan Masyarakat (IKM)");
    // ordered by PK (level, kode) then row: Kasi Pelayanan/Trantib, Kasi Pemerintahan, Kasi PMD
    expect(ikm?.anak.map((a) => a.pejabat?.split(",")[0])).toEqual([
      "SURUNG BINTARA PUTRA SITUMORANG",
      "SURUNG BINTARA PUTRA SITUMORANG",
      "RAHMADANIAH",
      "SUTRISNO",
      "SUTRISNO",
      "SUTRISNO",
      "SUTRISNO",
    ]);
    expect(akip?.anak.map((a) => a.pejabat?.split(",")[0])).toEqual(["RIDUAN OBERLIN BUTAR-BUTAR"]);
    expect(akip?.anak[0]?.anak).toHaveLength(6);
    expect(akip?.anak[0]?.anak.every((a) => a.level === "eselon-iv")).toBe(true);
    expect(celah).toEqual([]);
    expect(ringkas(pohon)).toMatchObject({ anak: [{ target: "85,00" }, { target: "BB (75,00)" }] });
  });

  it("flags a row without target as a gap after an edit", async () => {
    const { pk } = await bacaDaftarPk(t.ctx, lingkup, 2023);
    const baris = pk.find((p) => p.pihakPertama?.kode === "kasi-pemerintahan")!.kinerja[0]!.baris;
    await ubahBarisPk(t.ctx, lingkup, baris.id, { target: null });
    const { celah } = await bacaKaskade(t.ctx, lingkup, 2023);
    expect(celah.map((c) => [c.label, c.celah])).toEqual([["Diketuainya Indeks Kepuasan Masyarakat", "tanpa-target"]]);
  });
});
