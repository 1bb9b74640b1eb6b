import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../shared/decimal";
import { dalamPita, PREDIKAT_AKIP_12_2015, PREDIKAT_AKIP_88_2021, tentukanPredikat } from "./predikat";

describe("tentukanPredikat — lower-exclusive bounds (regulations.md §2.5; SEED 652-662)", () => {
  it.each([
    ["100", "AA", "Sangat Memuaskan"],
    ["90.01", "AA", "Sangat Memuaskan"],
    ["90.00", "A", "Memuaskan"],
    ["80.01", "A", "Memuaskan"],
    ["80", "BB", "Sangat Baik"],
    ["70.15", "BB", "Sangat Baik"], // SEED 1930 Kec. Sei Balai
    ["70.01", "BB", "Sangat Baik"],
    ["70.00", "B", "Baik"],
    ["69.77", "B", "Baik"], // SEED 1926
    ["60.01", "B", "Baik"],
    ["60", "CC", "Cukup (Memadai)"],
    ["50.01", "CC", "Cukup (Memadai)"],
    ["50", "C", "Kurang"],
    ["30.01", "C", "Kurang"],
    ["30", "D", "Sangat Kurang"],
    ["0", "D", "Sangat Kurang"],
  ])("%s → %s (%s)", (nilai, kode, label) => {
    const p = tentukanPredikat(nilai);
    expect([p.kode, p.label]).toEqual([kode, label]);
    expect(p.versiId).toBe("predikat-akip-88-2021");
  });

  it("rejects values outside 0–100", () => {
    expect(() => tentukanPredikat("100.01")).toThrow(/di luar rentang 0–100/);
    expect(() => tentukanPredikat("-0.01")).toThrow(/di luar rentang/);
  });

  it("12/2015 uses the same intervals with older wording (SEED Tabel 3.12: 65,00 B, 70,07 BB)", () => {
    expect(tentukanPredikat("65.00", PREDIKAT_AKIP_12_2015).kode).toBe("B");
    expect(tentukanPredikat("70.07", PREDIKAT_AKIP_12_2015)).toMatchObject({
      kode: "BB",
      versiId: "predikat-akip-12-2015",
      interpretasi: expect.stringMatching(/^Sangat Baik, Akuntabel/),
    });
  });
});

describe("predikat intervals cover 0–100 without gaps or overlaps (fast-check)", () => {
  const nilai = fc.integer({ min: 0, max: 10_000_000 }).map((n) => dec(n).div(100_000)); // 0–100, 5 dp
  it.each([PREDIKAT_AKIP_88_2021, PREDIKAT_AKIP_12_2015])("$id", (versi) => {
    const pita = versi.value.pita;
    fc.assert(
      fc.property(nilai, (x) => {
        const memuat = pita.filter((p) => dalamPita(p, x));
        expect(memuat).toHaveLength(1);
        expect(tentukanPredikat(x, versi).kode).toBe(memuat[0]!.kode);
      }),
    );
    // adjacent bands share their boundary, and the table spans exactly 0–100
    for (let i = 1; i < pita.length; i++) expect(pita[i]!.batasAtas).toBe(pita[i - 1]!.batasBawah);
    expect(pita[0]!.batasAtas).toBe("100");
    expect([pita.at(-1)!.batasBawah, pita.at(-1)!.bawahInklusif]).toEqual(["0", true]);
    for (const p of pita) {
      expect(dalamPita(p, p.batasAtas)).toBe(true); // boundary values belong to the lower band
    }
  });
});
