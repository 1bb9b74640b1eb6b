import { describe, expect, it } from "vitest";
import { bacaPilihan, bacaSel, hurufKolom, samaSel } from "./sel";

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
    // dates (docs/tabel-xlsx.md): an Excel date, its serial number, dd/mm/yyyy and ISO text → ISO
    [new Date(Date.UTC(2023, 0, 2)), "tanggal", "2023-01-02"],
    [44928, "tanggal", "2023-01-02"],
    ["2/1/2023", "tanggal", "2023-01-02"],
    ["29-02-2024", "tanggal", "2024-02-29"],
    ["2023-12-31", "tanggal", "2023-12-31"],
    // lists: one item per line, trimmed, empty lines dropped
    [" satu \r\n\n dua ", "daftar", "satu\ndua"],
    ["\n \n", "daftar", null],
  ] as const)("%o as %s → %o", (v, jenis, out) => {
    expect(bacaSel(v, jenis)).toBe(out);
  });

  it.each([
    ["delapan", "angka", '"delapan" bukan angka'],
    [1.5, "bulat", "harus bilangan bulat"],
    ["BB (", "target", "bukan angka"],
    ["29/02/2023", "tanggal", "bukan tanggal yang valid"],
    ["2023/01/02", "tanggal", "dd/mm/yyyy atau yyyy-mm-dd"],
    [1.5, "tanggal", "bukan tanggal"],
  ] as const)("rejects %o as %s", (v, jenis, pesan) => {
    expect(() => bacaSel(v, jenis)).toThrow(pesan);
  });
});

describe("bacaPilihan", () => {
  it("matches case-insensitively and returns the allowed spelling", () => {
    expect(bacaPilihan(" iv ", ["II", "III", "IV"])).toBe("IV");
    expect(() => bacaPilihan("V", ["II", "III", "IV"])).toThrow('"V" tidak dikenal; pilih II, III, IV');
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
