import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dec, dec, toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { type Polaritas, type RumusNegatif, hitungCapaian } from "./capaian-indikator";
import type { Target } from "./target";

function kodeError(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : `bukan DomainError: ${String(error)}`;
  }
  return undefined;
}

describe("hitungCapaian, positive indicators (regulations.md §4: R/T × 100)", () => {
  it.each([
    // SEED 484 Tabel 3.2 / regulations.md §0: IKM 2023 as displayed 80,50 / 85,00
    ["85,00", "80,50", "94.71"],
    // SEED 485 Tabel 3.2: Nilai AKIP BB (70,15) / BB (75,00)
    ["BB (75,00)", "BB (70,15)", "93.53"],
    // SEED 924 Tabel 3.14 writes the same values as "75,00 (BB)"
    ["75,00 (BB)", "70,15 (BB)", "93.53"],
    // SEED 712 Tabel 3.9: IKM 2022 90,10 / 80,00 = 112,625 → 112,63 (the seed prints 112,25: wrong)
    ["80,00", "90,10", "112.63"],
    // SEED 713 Tabel 3.9: Nilai AKIP 2022 BB (72,16) / BB (73,00)
    ["BB (73,00)", "BB (72,16)", "98.85"],
    // SEED 738 Tabel 3.10: IKM 2019, 2020, 2021
    ["75,00", "75,20", "100.27"],
    ["75,25", "77,50", "102.99"],
    ["78,00", "77,98", "99.97"],
    // SEED 690-694 Tabel 3.8: aspects of the 2023 AKIP evaluation
    ["23,53", "22,02", "93.58"],
    ["22,7", "20,64", "90.93"],
    ["12,9", "11,62", "90.08"],
    ["15,87", "15,87", "100.00"],
    // regulations.md §0: the unrounded IKM 80,50390625 would also round to 94,71 (94,7104…)
    ["85", "80.50390625", "94.71"],
  ])("target %s, realisasi %s → %s", (target, realisasi, expected) => {
    expect(toFixed(hitungCapaian({ target, realisasi }).capaianDibulatkan, 2)).toBe(expected);
  });

  it("keeps the exact value and the predikat letters (SEED 485)", () => {
    const h = hitungCapaian({ target: "BB (75,00)", realisasi: "BB (70,15)" });
    expect(h.capaian.toString()).toBe("93.53333333333333333333333333333333333333");
    expect(h.hurufTarget).toBe("BB");
    expect(h.hurufRealisasi).toBe("BB");
    expect(h.rumus).toBe("r/t");
  });

  it("computes exactly from the displayed realisasi: 80,50/85,00 × 100 = 94,70588… (regulations.md §0)", () => {
    const h = hitungCapaian({ target: dec(85), realisasi: dec("80.50") });
    expect(h.capaian.toString()).toBe("94.70588235294117647058823529411764705882");
    expect(h.capaianDibulatkan.toString()).toBe("94.71");
  });
});

describe("hitungCapaian, negative indicators (regulations.md §4)", () => {
  it.each([
    // (2T − R)/T × 100, the "kondisi khusus" formula (flipbuilder SMK page, regulations.md §4)
    ["2t-r", "10", "8", "120.00"],
    ["2t-r", "10", "12", "80.00"],
    ["2t-r", "10", "10", "100.00"],
    ["2t-r", "10", "25", "-50.00"], // no clamping: R > 2T gives a negative capaian
    ["2t-r", "3", "2", "133.33"],
    // T/R × 100, used by some LKjIPs (regulations.md §4)
    ["t/r", "10", "8", "125.00"],
    ["t/r", "10", "12", "83.33"],
    ["t/r", "10", "10", "100.00"],
  ] as [RumusNegatif, string, string, string][])(
    "%s: target %s, realisasi %s → %s",
    (rumus, target, realisasi, expected) => {
      const h = hitungCapaian({ target, realisasi, polaritas: "negatif", rumusNegatif: rumus });
      expect(toFixed(h.capaianDibulatkan, 2)).toBe(expected);
      expect(h.rumus).toBe(rumus);
    },
  );

  it("defaults to 2t-r", () => {
    expect(hitungCapaian({ target: "10", realisasi: "8", polaritas: "negatif" }).rumus).toBe("2t-r");
  });
});

describe("hitungCapaian, range targets (regulations.md §4: above → upper bound, below → lower bound)", () => {
  it.each([
    ["positif", "80-90", "85", "100.00", "di-dalam", "85"],
    ["positif", "80-90", "80", "100.00", "di-dalam", "80"],
    ["positif", "80-90", "90", "100.00", "di-dalam", "90"],
    ["positif", "80-90", "95", "105.56", "di-atas", "90"],
    ["positif", "80-90", "72", "90.00", "di-bawah", "80"],
    ["negatif", "80-90", "95", "94.44", "di-atas", "90"], // (180 − 95)/90
    ["negatif", "80-90", "72", "110.00", "di-bawah", "80"], // (160 − 72)/80
    ["negatif", "0-5", "0", "100.00", "di-dalam", "0"], // a zero bound is fine while inside
  ] as [Polaritas, string, string, string, string, string][])(
    "%s %s, realisasi %s → %s (%s, target dipakai %s)",
    (polaritas, target, realisasi, expected, posisi, dipakai) => {
      const h = hitungCapaian({ target, realisasi, polaritas });
      expect(toFixed(h.capaianDibulatkan, 2)).toBe(expected);
      expect(h.posisiRentang).toBe(posisi);
      expect(h.targetDipakai.toString()).toBe(dipakai);
    },
  );
});

describe("hitungCapaian errors (Indonesian, naming the indicator and value)", () => {
  it.each([
    [{ target: "0", realisasi: "5" }, "target_nol"],
    [{ target: "0,00", realisasi: "5", polaritas: "negatif" as const }, "target_nol"],
    [{ target: "0-5", realisasi: "-1" }, "target_nol"], // lower bound 0 used below the range
    [{ target: "-5", realisasi: "5" }, "target_negatif"],
    [{ target: "", realisasi: "5" }, "target_kosong"],
    [{ target: "85", realisasi: "abc" }, "bukan_angka"],
    [{ target: "85", realisasi: "" }, "realisasi_kosong"],
    [{ target: "85", realisasi: Number.NaN }, "bukan_angka"],
    [{ target: "10", realisasi: "0", polaritas: "negatif" as const, rumusNegatif: "t/r" as const }, "realisasi_nol"],
    [{ target: "10", realisasi: "5", polaritas: "naik" as unknown as Polaritas }, "polaritas_tidak_dikenal"],
  ])("%j → %s", (input, code) => {
    expect(kodeError(() => hitungCapaian(input))).toBe(code);
  });

  it("prefixes the indicator name", () => {
    expect(() => hitungCapaian({ target: "0", realisasi: "5", indikator: "IKM" })).toThrow(
      'Indikator "IKM": target 0 tidak dapat dipakai sebagai pembagi capaian',
    );
  });
});

describe("hitungCapaian properties (fast-check)", () => {
  // Values with 2 decimals in [−500, 500] and positive targets in (0, 500], as typed in PK tables.
  const nilai = fc.integer({ min: -50_000, max: 50_000 }).map((n) => dec(n).div(100));
  const positif = fc.integer({ min: 1, max: 50_000 }).map((n) => dec(n).div(100));
  const target: fc.Arbitrary<Target> = fc.oneof(
    positif.map((n): Target => ({ jenis: "angka", nilai: n })),
    fc
      .tuple(positif, positif)
      .map(([a, b]): Target => ({ jenis: "rentang", bawah: a.lessThan(b) ? a : b, atas: a.lessThan(b) ? b : a })),
  );
  const urut = ([a, b]: [Dec, Dec]): [Dec, Dec] => (a.lessThanOrEqualTo(b) ? [a, b] : [b, a]);
  const pasangan = fc.tuple(nilai, nilai).map(urut);

  it("positive polarity: capaian is non-decreasing in realisasi", () => {
    fc.assert(
      fc.property(target, pasangan, (t, [r1, r2]) => {
        const c1 = hitungCapaian({ target: t, realisasi: r1 }).capaian;
        const c2 = hitungCapaian({ target: t, realisasi: r2 }).capaian;
        return c1.lessThanOrEqualTo(c2);
      }),
    );
  });

  it("negative polarity, 2t-r: capaian is non-increasing in realisasi", () => {
    fc.assert(
      fc.property(target, pasangan, (t, [r1, r2]) => {
        const c1 = hitungCapaian({ target: t, realisasi: r1, polaritas: "negatif", rumusNegatif: "2t-r" }).capaian;
        const c2 = hitungCapaian({ target: t, realisasi: r2, polaritas: "negatif", rumusNegatif: "2t-r" }).capaian;
        return c1.greaterThanOrEqualTo(c2);
      }),
    );
  });

  it("negative polarity, t/r: capaian is non-increasing in realisasi (realisasi > 0)", () => {
    const pasanganPositif = fc.tuple(positif, positif).map(urut);
    fc.assert(
      fc.property(target, pasanganPositif, (t, [r1, r2]) => {
        const c1 = hitungCapaian({ target: t, realisasi: r1, polaritas: "negatif", rumusNegatif: "t/r" }).capaian;
        const c2 = hitungCapaian({ target: t, realisasi: r2, polaritas: "negatif", rumusNegatif: "t/r" }).capaian;
        return c1.greaterThanOrEqualTo(c2);
      }),
    );
  });

  it("realisasi equal to a single target gives exactly 100 for every formula", () => {
    fc.assert(
      fc.property(positif, (t) =>
        (["positif", "negatif"] as const).every((polaritas) =>
          (["2t-r", "t/r"] as const).every((rumusNegatif) =>
            hitungCapaian({
              target: { jenis: "angka", nilai: t },
              realisasi: t,
              polaritas,
              rumusNegatif,
            }).capaian.equals(100),
          ),
        ),
      ),
    );
  });
});
