import { describe, expect, it } from "vitest";
import { keadaanTenggat, sisaHari, tanggalSah, tenggatBawaan } from "./index";

describe("tenggat bawaan", () => {
  // regulations.md §3.5: LKjIP "paling lambat 2 (dua) bulan setelah tahun anggaran berakhir" → end of February
  it.each([
    [2023, "2024-02-29"],
    [2024, "2025-02-28"],
    [2099, "2100-02-28"],
  ])("LKjIP %i → %s", (tahun, tanggal) => expect(tenggatBawaan(tahun).lkjip).toBe(tanggal));
  // regulations.md §3.1: PK ≤ 1 month after the DPA (approved at the start of January)
  it("PK by 31 January of the year", () => expect(tenggatBawaan(2024).pk).toBe("2024-01-31"));
  it("realisasi triwulan IV falls in the next year", () =>
    expect(tenggatBawaan(2024)["realisasi-tw4"]).toBe("2025-01-10"));
});

describe("keadaan", () => {
  it.each([
    ["2024-03-01", "2024-03-01", 0, "segera"],
    ["2024-03-15", "2024-03-01", 14, "segera"],
    ["2024-03-16", "2024-03-01", 15, null],
    ["2024-02-29", "2024-03-01", -1, "lewat"],
  ] as const)("%s seen on %s", (tanggal, hari, sisa, keadaan) => {
    expect(sisaHari(tanggal, hari)).toBe(sisa);
    expect(keadaanTenggat(tanggal, hari)).toBe(keadaan);
  });
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["31-01-2024", false],
  ] as const)("tanggal %s sah: %s", (s, sah) => expect(tanggalSah(s)).toBe(sah));
});
