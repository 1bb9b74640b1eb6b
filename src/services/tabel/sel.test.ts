import { describe, expect, it } from "vitest";
import { bacaSel, hurufKolom, samaSel } from "./sel";

describe("bacaSel", () => {
  it.each([
    // number cells come back as exact decimals; Indonesian text is accepted
    [80.5, "angka", "80.5"],
    ["80,50", "angka", "80.50"],
    [{ formula: "A1", result: 94.71 }, "angka", "94.71"],
    [{ richText: [{ text: "BB " }, { text: "(75,00)" }] }, "target", "BB (75,00)"],
    [85, "target", "85"],
    ["80-90", "target", "80-90"],
    [12, "bulat", 12],
    ["  ", "teks", null],
    [null, "angka", null],
  ] as const)("%o as %s → %o", (v, jenis, out) => {
    expect(bacaSel(v, jenis)).toBe(out);
  });

  it.each([
    ["delapan", "angka", '"delapan" bukan angka'],
    [1.5, "bulat", "harus bilangan bulat"],
    ["BB (", "target", "bukan angka"],
  ] as const)("rejects %o as %s", (v, jenis, pesan) => {
    expect(() => bacaSel(v, jenis)).toThrow(pesan);
  });
});

describe("samaSel", () => {
  it.each([
    ["80.50", "80.5", "angka", true],
    ["80.50", "80.51", "angka", false],
    [null, null, "angka", true],
    [null, "1", "teks", false],
    ["85,00", " 85,00", "target", true],
  ] as const)("%o vs %o (%s) → %s", (a, b, jenis, sama) => {
    expect(samaSel(a, b, jenis)).toBe(sama);
  });
});

describe("hurufKolom", () => {
  it.each([
    [1, "A"],
    [13, "M"],
    [26, "Z"],
    [27, "AA"],
  ])("%i → %s", (n, h) => expect(hurufKolom(n)).toBe(h));
});
