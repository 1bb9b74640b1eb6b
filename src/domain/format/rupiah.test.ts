import { describe, expect, it } from "vitest";
import { formatRupiah } from "./rupiah";

describe("formatRupiah", () => {
  it.each([
    // SEED 994 "Rp. 3.135.926.319,00" → our form "Rp 3.135.926.319,00"
    ["3135926319", {}, "Rp 3.135.926.319,00"],
    // SEED 1009: realisasi and sisa
    ["2933929410", {}, "Rp 2.933.929.410,00"],
    ["201996909", {}, "Rp 201.996.909,00"],
    // PUEBI form without space
    ["3135926319", { pemisah: "" }, "Rp3.135.926.319,00"],
    ["3135926319", { desimal: 0 }, "Rp 3.135.926.319"],
    ["-1500", {}, "-Rp 1.500,00"],
    // beyond float precision
    ["1234567890123456789012.345", {}, "Rp 1.234.567.890.123.456.789.012,35"],
    ["3135926319", { locale: "en-US" as const }, "Rp 3,135,926,319.00"],
  ])("%s %j → %s", (nilai, opsi, expected) => {
    expect(formatRupiah(nilai, opsi)).toBe(expected);
  });
});
