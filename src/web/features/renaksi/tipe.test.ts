/**
 * The Rencana Aksi page's figures in one id-ID format (issue #19 UI faults): percentages as the shared formatter
 * writes them ("50,00%", src/web/features/anggaran/tipe.ts `persen`), predikat targets (AKIP "BB (75,00)", LKjIP 2023
 * Kecamatan Sei Balai, Lampiran Perjanjian Kinerja, unit "Nilai") without the unit repeated after the grade.
 */
import { describe, expect, it } from "vitest";
import { persenRenaksi, tampilTarget } from "./tipe";

describe("tampilTarget", () => {
  it.each([
    ["BB (75,00)", "Nilai", "Predikat BB (nilai 75,00)"],
    ["75,00 (BB)", "Nilai", "Predikat BB (nilai 75,00)"],
    ["bb (75.00)", "Nilai", "Predikat BB (nilai 75,00)"],
    ["100", "%", "100,00%"],
    ["82.5", "persen", "82,50%"],
    ["82,5 %", "%", "82,5%"],
    ["12", "Desa", "12,00 Desa"],
    ["80-90", "%", "80-90%"],
    [null, "%", "–"],
    ["", "Desa", "–"],
  ])("%s %s → %s", (teks, satuan, hasil) => {
    expect(tampilTarget(teks, satuan)).toBe(hasil);
  });
});

describe("persenRenaksi", () => {
  it.each([
    ["100.00", "100,00%"],
    ["50.00", "50,00%"],
    [null, "–"],
  ])("%s → %s", (x, hasil) => expect(persenRenaksi(x)).toBe(hasil));
});
