import { describe, expect, it } from "vitest";
import { toFixed } from "../shared/decimal";
import { selisihAntarTahun, selisihTargetRealisasi } from "./selisih";

describe("selisihAntarTahun (regulations.md §4: trend wording in poin)", () => {
  it.each([
    // SEED 748: IKM 2023 vs 2022: penurunan 9,60 poin
    ["80.50", "90.10", "poin", "-9.60", "turun"],
    // SEED 748: vs 2021 kenaikan 2,52; vs 2020 3,00 (the seed prints 3,50: wrong); vs 2019 5,30
    ["80.50", "77.98", "poin", "2.52", "naik"],
    ["80.50", "77.50", "poin", "3.00", "naik"],
    ["80.50", "75.20", "poin", "5.30", "naik"],
    // SEED 771: Nilai AKIP 70,15 vs 72,16 → penurunan 2,01 poin
    ["70.15", "72.16", "poin", "-2.01", "turun"],
    // SEED 749: capaian 94,71 vs 2022 in percentage points; with our 112,63 → −17,92 (seed: 17,54 from 112,25)
    ["94.71", "112.63", "persen-poin", "-17.92", "turun"],
    // SEED 749: vs 2021 99,97 → −5,26
    ["94.71", "99.97", "persen-poin", "-5.26", "turun"],
    ["75.00", "75.00", "poin", "0.00", "tetap"],
    // rounds to 0,00 → tetap, never "naik 0,00 poin"
    ["75.001", "75.00", "poin", "0.00", "tetap"],
  ] as const)("%s − %s (%s) = %s, %s", (sekarang, sebelumnya, satuan, expected, arah) => {
    const h = selisihAntarTahun(sekarang, sebelumnya, satuan);
    expect(toFixed(h.selisihDibulatkan, 2)).toBe(expected);
    expect(h.arah).toBe(arah);
    expect(h.satuan).toBe(satuan);
  });
});

describe("selisihTargetRealisasi", () => {
  it.each([
    // SEED 491 and 617: 85,00 − 80,50 = 4,50
    ["85.00", "80.50", "4.50"],
    // SEED 772 and 832: 75,00 − 70,15 = 4,85
    ["75.00", "70.15", "4.85"],
    // SEED 831: 2022 73,00 − 72,16 = 0,84
    ["73.00", "72.16", "0.84"],
    // SEED 712: 2022 IKM over target: 80,00 − 90,10 = −10,10
    ["80.00", "90.10", "-10.10"],
  ])("%s − %s = %s", (target, realisasi, expected) => {
    expect(toFixed(selisihTargetRealisasi(target, realisasi).selisihDibulatkan, 2)).toBe(expected);
  });
});
