/**
 * Acceptance of issue M1-04 on the demo: the 2023 IKU table of Kecamatan Sei Balai computed from raw inputs.
 * NOTE: SEED 484-485 (Tabel 3.2: IKM 85,00 → 80,50 → 94,71 %; Nilai AKIP BB (75,00) → BB (70,15) → 93,53 %),
 * SEED 738 and 764 (Tabel 3.10/3.11, the 5-year trend), regulations.md §0 and §4.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bacaPengukuran, type BarisIku, type Pengukuran } from "../../src/services/pengukuran/baca-pengukuran";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let p: Pengukuran;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };

beforeAll(async () => {
  t = await openDemoDatabase();
  p = await bacaPengukuran(t.ctx, lingkup, 2023);
});
afterAll(async () => {
  await t?.close();
});

function iku(kode: string): BarisIku {
  const found = p.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === kode);
  if (!found) throw new Error(`indikator ${kode} tidak ada`);
  return found;
}

describe("2023 IKU table of Kecamatan Sei Balai", () => {
  it.each([
    // SEED 484 Tabel 3.2 row 1: the IKM from the survey (Σ per unsur, 96 respondents) rounded to 2 dp
    ["ikm", "85,00", "80.50", "80,50", "94.71", "94,71%", "Sangat Tinggi", "skm", "4.50"],
    // SEED 485 Tabel 3.2 row 2: the Nilai AKIP from the 2023 component scores
    ["akip", "BB (75,00)", "70.15", "BB (70,15)", "93.53", "93,53%", "Sangat Tinggi", "akip", "4.85"],
  ])(
    "%s: target %s, realisasi %s, capaian %s",
    (kode, target, nilai, tampil, capaian, capaianTampil, kategori, asal, selisih) => {
      const r = iku(kode);
      expect(r.target).toMatchObject({ teks: target, asal: "pk" });
      expect(r.realisasi).toMatchObject({ nilai, tampil, asal });
      expect(r.capaian).toMatchObject({ nilai: capaian, tampil: capaianTampil, kategori, selisih });
      expect(r.galat).toBeNull();
    },
  );

  it("shows where each realisasi comes from", () => {
    expect(iku("ikm").realisasi?.keterangan).toContain("80,503906 → 80,50");
    expect(iku("akip").realisasi?.keterangan).toContain("22,02 + 20,64 + 11,62 + 15,87 = 70,15 (BB)");
  });

  it("gives the 5-year trend (Tabel 3.10 and 3.11, recomputed)", () => {
    // SEED 738: IKM targets and realisasi 2019–2023; capaian recomputed (2022: 90,10/80,00 = 112,63, seed prints 112,25)
    expect(iku("ikm").tren.map((x) => [x.tahun, x.target, x.realisasiNilai, x.capaian])).toEqual([
      [2019, "75,00", "75.20", "100.27"],
      [2020, "75,25", "77.50", "102.99"],
      [2021, "78,00", "77.98", "99.97"],
      [2022, "80,00", "90.10", "112.63"],
      [2023, "85,00", "80.50", "94.71"],
    ]);
    // SEED 764: AKIP from the evaluation of each year (12/2015 to 2021, 88/2021 from 2022)
    expect(iku("akip").tren.map((x) => [x.tahun, x.realisasi, x.capaian])).toEqual([
      [2019, "B (65,00)", "100.00"],
      [2020, "B (67,25)", "100.00"],
      [2021, "BB (70,07)", "100.00"],
      [2022, "BB (72,16)", "98.85"],
      [2023, "BB (70,15)", "93.53"],
    ]);
  });

  it("averages the sasaran's indicators (SEED 444)", () => {
    expect(p.sasaran.map((s) => [s.kode, s.capaian, s.kategori])).toEqual([
      ["S1", "94.71", "Sangat Tinggi"],
      ["S2", "93.53", "Sangat Tinggi"],
    ]);
  });

  it("keeps the seed's contradictions visible next to the indicator", () => {
    expect(iku("akip").catatan.map((c) => c.kode)).toContain("akip-2023-narasi");
    expect(iku("ikm").catatan.map((c) => c.kode)).toContain("ikm-2022-capaian");
  });
});
