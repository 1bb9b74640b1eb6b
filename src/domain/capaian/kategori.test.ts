import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import {
  KATEGORI_PERMENDAGRI_86_2017,
  KATEGORI_SAMPANG,
  VERSI_KATEGORI_CAPAIAN,
  kategoriCapaian,
  validasiSkala,
  versiKategoriCapaian,
} from "./kategori";

describe("kategoriCapaian, Permendagri 86/2017 (SEED Tabel 3.1 lines 450-460, regulations.md §4)", () => {
  it.each([
    // band edges from the brief and regulations.md §4 spec (≥ 91, ≥ 76, ≥ 66, ≥ 51)
    ["120", "Sangat Tinggi"], // above 100 %: still Sangat Tinggi
    ["100", "Sangat Tinggi"],
    ["91", "Sangat Tinggi"],
    ["91.00", "Sangat Tinggi"],
    ["90.99", "Tinggi"], // gap 90–91 of the printed table goes down
    ["90.50", "Tinggi"],
    ["90", "Tinggi"],
    ["76", "Tinggi"],
    ["75.99", "Sedang"],
    ["66", "Sedang"],
    ["65.99", "Rendah"],
    ["51", "Rendah"],
    ["50.99", "Sangat Rendah"],
    ["50", "Sangat Rendah"],
    ["0", "Sangat Rendah"],
    ["-20", "Sangat Rendah"],
    // classification uses the capaian rounded half-up to 2 dp
    ["90.995", "Sangat Tinggi"], // → 91,00
    ["90.994999", "Tinggi"], // → 90,99
    ["75.995", "Tinggi"], // → 76,00
    // SEED 484-485: 94,71 and 93,53 (the seed labels 94,71 "Baik" at SEED 610, mixing in IKM mutu)
    ["94.70588235294117647058823529411764705882", "Sangat Tinggi"],
    ["93.53", "Sangat Tinggi"],
    // SEED 694 Tabel 3.8: Pelaporan Kinerja 90,08 % lies in the gap → Tinggi
    ["90.08", "Tinggi"],
  ])("%s → %s", (nilai, label) => {
    expect(kategoriCapaian(nilai).label).toBe(label);
  });

  it("returns the rounded value and version id", () => {
    const k = kategoriCapaian("90.995");
    expect(k.nilai.toString()).toBe("91");
    expect(k.versiId).toBe("kategori-capaian-permendagri-86-2017");
    expect(k.peringkat).toBe(0);
  });
});

describe("kategoriCapaian, Sampang labels (regulations.md §4, same intervals)", () => {
  it.each([
    ["91", "Sangat Baik"],
    ["90.99", "Baik"],
    ["76", "Baik"],
    ["66", "Cukup"],
    ["51", "Kurang"],
    ["50.99", "Sangat Kurang"],
  ])("%s → %s", (nilai, label) => {
    expect(kategoriCapaian(nilai, KATEGORI_SAMPANG).label).toBe(label);
  });
});

describe("kategori versions (RuleVersion, area kategori-capaian)", () => {
  it("are valid, complete scales in the same area", () => {
    for (const v of VERSI_KATEGORI_CAPAIAN) {
      expect(v.area).toBe("kategori-capaian");
      expect(() => validasiSkala(v.value)).not.toThrow();
    }
    expect(VERSI_KATEGORI_CAPAIAN[0]).toBe(KATEGORI_PERMENDAGRI_86_2017);
  });

  it("looks versions up by id and refuses unknown ids", () => {
    expect(versiKategoriCapaian("kategori-capaian-sampang")).toBe(KATEGORI_SAMPANG);
    expect(() => versiKategoriCapaian("x")).toThrow(DomainError);
  });

  it("validasiSkala refuses gaps in the structure", () => {
    const band = (batasBawah: string | null, label: string) => ({ batasBawah, label, intervalTertulis: "" });
    expect(() =>
      validasiSkala({ bands: [band("50", "A"), band("60", "B"), band(null, "C")], dibulatkanKe: 2 }),
    ).toThrow(DomainError);
    expect(() => validasiSkala({ bands: [band("50", "A"), band("40", "B")], dibulatkanKe: 2 })).toThrow(DomainError);
    expect(() => validasiSkala({ bands: [], dibulatkanKe: 2 })).toThrow(DomainError);
  });
});

describe("kategori properties (fast-check)", () => {
  const nilai = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => dec(n).div(1000));

  it.each(VERSI_KATEGORI_CAPAIAN.map((v) => [v.id, v] as const))(
    "%s: every value gets exactly the band of the greatest lower bound ≤ its 2-dp rounding",
    (_id, versi) => {
      fc.assert(
        fc.property(nilai, (x) => {
          const k = kategoriCapaian(x, versi);
          const bands = versi.value.bands;
          const band = bands[k.peringkat];
          const atas = bands[k.peringkat - 1];
          const diBawahBatasAtas = !atas?.batasBawah || k.nilai.lessThan(atas.batasBawah);
          const diAtasBatasBawah = band?.batasBawah == null || k.nilai.greaterThanOrEqualTo(band.batasBawah);
          return band?.label === k.label && diBawahBatasAtas && diAtasBatasBawah;
        }),
      );
    },
  );

  it("is monotonic: a higher capaian never gets a lower band", () => {
    fc.assert(
      fc.property(nilai, nilai, (a, b) => {
        const [lo, hi] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        return kategoriCapaian(hi).peringkat <= kategoriCapaian(lo).peringkat;
      }),
    );
  });
});
