import { describe, expect, it } from "vitest";
import { angkaMesin, angkaMesinAtauNull, rupiahMesin } from "./angka";

describe("angkaMesin keeps the decimals as typed", () => {
  it.each([
    // SEED 484 realisasi printed "80,50"; PostgreSQL numeric keeps the scale
    ["80,50", "80.50"],
    ["80.50", "80.50"],
    ["80.5", "80.5"],
    ["12", "12"],
    // id-ID thousands (SEED 1096 "2.650.313.819")
    ["2.650.313.819", "2650313819"],
    ["3.135.926.319,00", "3135926319.00"],
    [" 1619,9 ", "1619.9"],
  ])("%s → %s", (input, out) => {
    expect(angkaMesin(input, "nilai")).toBe(out);
  });

  it("names the field of a value that is not a number", () => {
    expect(() => angkaMesin("delapan", "realisasi 2023")).toThrow('realisasi 2023: "delapan" bukan angka');
  });

  it("maps empty to null and Rupiah to 2 decimals", () => {
    expect(angkaMesinAtauNull("  ", "x")).toBeNull();
    expect(angkaMesinAtauNull(null, "x")).toBeNull();
    expect(rupiahMesin("2650313819", "anggaran")).toBe("2650313819.00");
  });

  it.each([
    // Rupiah typed id-ID: one thousand group is still thousands (PK lampiran amounts, SEED 1096-1102)
    ["13.000", "13000.00"],
    ["Rp 13.000", "13000.00"],
    ["13.000.000", "13000000.00"],
    ["13.000.000,00", "13000000.00"],
    ["13000.5", "13000.50"],
    ["13000,50", "13000.50"],
    ["999", "999.00"],
  ])("rupiahMesin %s → %s", (input, out) => {
    expect(rupiahMesin(input, "anggaran")).toBe(out);
  });
});
