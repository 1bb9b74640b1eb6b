/**
 * Table tests for the Pemda IKU rules (ADR 0036). Formulas: regulations.md §4 (positive R/T×100, negative
 * (2T−R)/T×100 or T/R×100, range targets, capaian rounded half-up to 2 dp, Permendagri 86/2017 bands ≥91/≥76/≥66/≥51).
 * Each expected value is worked out by hand in the row's comment from its inputs.
 */
import { describe, expect, it } from "vitest";
import { KATEGORI_PERMENDAGRI_86_2017, KATEGORI_SAMPANG } from "../capaian";
import { DomainError } from "../shared/errors";
import { capaianIku, periksaTahunTarget, realisasiDariTautan, type RealisasiTautan } from "./iku-pemda";

const L = (nilai: string | null, utama = false, label = "OPD — indikator"): RealisasiTautan => ({
  nilai,
  utama,
  label,
});

describe("realisasiDariTautan", () => {
  const kasus: Array<[string, RealisasiTautan[], "utama" | "jumlah" | "rata", string | null]> = [
    ["utama: the designated link's value", [L("80.50", true), L("70.00")], "utama", "80.5"],
    ["jumlah: 12 + 7 + 3 = 22", [L("12"), L("7"), L("3")], "jumlah", "22"],
    ["rata: (80,50 + 77,98) / 2 = 79,24", [L("80.50"), L("77.98")], "rata", "79.24"],
    [
      "rata: (1 + 2 + 2) / 3 = 1,666… (exact, not rounded here)",
      [L("1"), L("2"), L("2")],
      "rata",
      "1.666666666666666666666666666666666666667",
    ],
    ["jumlah with one link unmeasured: no value", [L("12"), L(null)], "jumlah", null],
    ["utama unmeasured: no value", [L(null, true), L("5")], "utama", null],
    ["no link: no value", [], "rata", null],
  ];
  it.each(kasus)("%s", (_n, tautan, gabungan, hasil) => {
    const h = realisasiDariTautan(tautan, gabungan, "IKU uji");
    expect(h.nilai === null ? null : h.nilai.toString()).toBe(hasil);
    if (hasil === null) expect(h.alasan).toMatch(/IKU uji/);
  });

  it("utama needs exactly one designated link (Indonesian message naming the IKU)", () => {
    expect(() => realisasiDariTautan([L("1"), L("2")], "utama", "IKU uji")).toThrow(DomainError);
    expect(() => realisasiDariTautan([L("1", true), L("2", true)], "utama", "IKU uji")).toThrow(
      /tepat satu.*IKU uji|IKU uji.*tepat satu/,
    );
  });
});

describe("capaianIku (rules core, regulations.md §4)", () => {
  const P86 = KATEGORI_PERMENDAGRI_86_2017;
  const kasus: Array<[string, Parameters<typeof capaianIku>[0], string | null, string | null]> = [
    // 80,50 / 85,00 × 100 = 94,705… → 94,71 (≥ 91: Sangat Tinggi)
    [
      "positif R/T",
      { nama: "IKM", target: "85,00", realisasi: "80.50", polaritas: "positif", rumusNegatif: "2t-r", skala: P86 },
      "94.71",
      "Sangat Tinggi",
    ],
    // (2×10 − 12)/10 × 100 = 80,00 (≥ 76: Tinggi)
    [
      "negatif 2T−R",
      { nama: "Kemiskinan", target: "10", realisasi: "12", polaritas: "negatif", rumusNegatif: "2t-r", skala: P86 },
      "80.00",
      "Tinggi",
    ],
    // 10/16 × 100 = 62,50 (≥ 51: Rendah)
    [
      "negatif T/R",
      { nama: "Kemiskinan", target: "10", realisasi: "16", polaritas: "negatif", rumusNegatif: "t/r", skala: P86 },
      "62.50",
      "Rendah",
    ],
    // 70,15 / 75,00 × 100 = 93,533… → 93,53; letter target read by its number
    [
      "letter target BB (75,00)",
      {
        nama: "AKIP",
        target: "BB (75,00)",
        realisasi: "70.15",
        polaritas: "positif",
        rumusNegatif: "2t-r",
        skala: P86,
      },
      "93.53",
      "Sangat Tinggi",
    ],
    // range 80–90, realisasi 85 inside → 100
    [
      "range, inside",
      { nama: "X", target: "80-90", realisasi: "85", polaritas: "positif", rumusNegatif: "2t-r", skala: P86 },
      "100.00",
      "Sangat Tinggi",
    ],
    // the Pemda's scale applies: Sampang labels the ≥ 91 band "Sangat Baik"
    [
      "Pemda scale (Sampang labels)",
      {
        nama: "IKM",
        target: "85,00",
        realisasi: "80.50",
        polaritas: "positif",
        rumusNegatif: "2t-r",
        skala: KATEGORI_SAMPANG,
      },
      "94.71",
      "Sangat Baik",
    ],
    [
      "no realisasi",
      { nama: "X", target: "10", realisasi: null, polaritas: "positif", rumusNegatif: "2t-r", skala: P86 },
      null,
      null,
    ],
    [
      "no target",
      { nama: "X", target: null, realisasi: "1", polaritas: "positif", rumusNegatif: "2t-r", skala: P86 },
      null,
      null,
    ],
  ];
  it.each(kasus)("%s", (_n, input, capaian, kategori) => {
    const h = capaianIku(input);
    expect(h?.capaian.toFixed(2) ?? null).toBe(capaian);
    expect(h?.kategori ?? null).toBe(kategori);
  });

  it("a target the rules core refuses throws its Indonesian error naming the indicator", () => {
    expect(() =>
      capaianIku({ nama: "Uji", target: "0", realisasi: "1", polaritas: "positif", rumusNegatif: "2t-r", skala: P86 }),
    ).toThrow(/Uji/);
  });
});

describe("periksaTahunTarget", () => {
  it("accepts years inside the period, names IKU and year outside", () => {
    expect(() => periksaTahunTarget("A", [2019, 2023], 2019, 2023)).not.toThrow();
    expect(() => periksaTahunTarget("A", [2024], 2019, 2023)).toThrow(/"A".*2024.*2019–2023/);
  });
});
