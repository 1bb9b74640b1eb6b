import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../shared/decimal";
import { formatAngka, kelompokkanRibuan } from "./angka";
import { simbolAngka } from "./locale";

describe("formatAngka (product.md: numbers written the Indonesian way)", () => {
  it.each([
    // SEED 994: pagu 2023
    ["3135926319", 2, "3.135.926.319,00"],
    ["3135926319.00", 2, "3.135.926.319,00"],
    // SEED 484: capaian
    ["94.70588235294117647058823529411764705882", 2, "94,71"],
    // regulations.md §0: IKM displayed 80,50; NRR 3,9375 → 3,94 and 3,3125 → 3,31 (half-up)
    ["80.50390625", 2, "80,50"],
    ["3.9375", 2, "3,94"],
    ["3.3125", 2, "3,31"],
    ["3.22015625", 6, "3,220156"],
    ["0.005", 2, "0,01"],
    ["-0.005", 2, "-0,01"], // half-up = away from zero
    ["-0.004", 2, "0,00"], // no "-0,00"
    ["1234", 0, "1.234"],
    ["999", 2, "999,00"],
    ["-1234567.891", 2, "-1.234.567,89"],
    // exact beyond float precision (18+ digits)
    ["123456789012345678901.235", 2, "123.456.789.012.345.678.901,24"],
    ["99999999999999999999.995", 2, "100.000.000.000.000.000.000,00"],
  ] as const)("%s (%i dp) → %s", (nilai, desimal, expected) => {
    expect(formatAngka(nilai, { desimal })).toBe(expected);
  });

  it("en-US uses Intl's symbols", () => {
    expect(formatAngka("3135926319", { locale: "en-US" })).toBe("3,135,926,319.00");
    expect(formatAngka("94.705", { locale: "en-US" })).toBe("94.71");
  });

  it("reads id-ID symbols from Intl", () => {
    expect(simbolAngka("id-ID")).toEqual({ ribuan: ".", desimal: ",", minus: "-" });
  });

  it("kelompokkanRibuan groups digit strings", () => {
    expect(kelompokkanRibuan("1", ".")).toBe("1");
    expect(kelompokkanRibuan("1000", ".")).toBe("1.000");
    expect(kelompokkanRibuan("123456", ".")).toBe("123.456");
  });

  // Proof that string grouping equals Intl.NumberFormat wherever floats are exact (|x| < 2^53 cents).
  it.each(["id-ID", "en-US"] as const)(
    "%s: equals Intl.NumberFormat over the float-safe range (fast-check)",
    (locale) => {
      const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      fc.assert(
        fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (sen) => {
          const value = dec(sen).div(100);
          return formatAngka(value, { locale }) === intl.format(value.toString() as unknown as number);
        }),
      );
    },
  );
});
