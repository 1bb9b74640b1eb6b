import { describe, expect, it } from "vitest";
import { mean, parseDecimal, parseDecimalId, parseRupiah, roundHalfUp, sum, toFixed } from "./decimal";

describe("decimal", () => {
  it.each([
    // SEED Tabel 3.2: 80,50 / 85,00 × 100 = 94,70588… → 94,71 half-up
    ["94.70588235294117647", 2, "94.71"],
    // regulations.md §0: NRR 3,9375 shown as 3,94; 3,3125 as 3,31
    ["3.9375", 2, "3.94"],
    ["3.3125", 2, "3.31"],
    ["0.4370625", 6, "0.437063"],
    ["-2.005", 2, "-2.01"],
  ])("roundHalfUp(%s, %i) = %s", (value, dp, expected) => {
    expect(roundHalfUp(value, dp).toFixed(dp)).toBe(expected);
    expect(toFixed(value, dp)).toBe(expected);
  });

  it("sums money exactly where floats drift", () => {
    expect(sum(["0.1", "0.2"]).toString()).toBe("0.3");
    // SEED Tabel 3.17 realisasi: 1.948.820.960 + 974.108.450 + 11.000.000
    expect(sum(["1948820960.00", "974108450.00", "11000000.00"]).toFixed(2)).toBe("2933929410.00");
    expect(mean(["94.71", "93.53"]).toFixed(2)).toBe("94.12");
    expect(() => mean([])).toThrow(/kosong/);
  });

  it.each([
    ["3.135.926.319,00", "3135926319"],
    ["94,71", "94.71"],
    ["80.50", "80.5"],
    ["2.650.313.819", "2650313819"],
    ["Rp 1.500,5", "1500.5"],
  ])("parseDecimal(%s) = %s", (input, expected) => {
    expect(parseDecimal(input).toString()).toBe(expected);
  });

  it.each([
    ["13.000", "13000"],
    ["1.000.000,50", "1000000.5"],
    ["250", "250"],
    ["12,5", "12.5"],
  ])("parseDecimalId(%s) = %s", (input, expected) => {
    expect(parseDecimalId(input).toString()).toBe(expected);
  });

  it.each(["abc", "1,2,3", "", "12.34.5", "1e3"])("refuses %j with an Indonesian message", (input) => {
    expect(() => parseDecimalId(input, "anggaran")).toThrow(/anggaran/);
  });
});

describe("parseRupiah", () => {
  it.each([
    // Rupiah has at most 2 decimals, so one dot group of 3 digits is thousands (PK lampiran amounts, SEED 1096-1102)
    ["13.000", "13000"],
    ["Rp 13.000", "13000"],
    ["2.650.313.819", "2650313819"],
    ["13.000.000,00", "13000000"],
    ["13000.5", "13000.5"],
    ["13000,50", "13000.5"],
  ])("parseRupiah(%s) = %s", (input, expected) => {
    expect(parseRupiah(input).toString()).toBe(expected);
  });
});
