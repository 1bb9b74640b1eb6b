import { describe, expect, it } from "vitest";
import { KREJCIE_MORGAN_TABEL } from "./krejcie-morgan-tabel";
import { rumusKrejcieMorgan, sampelMinimum } from "./sampel";

describe("Krejcie–Morgan minimum sample (regulations.md §1.7)", () => {
  // Every published row; N = 100 000 is the documented exception (table 384 = large-population limit).
  const baris = KREJCIE_MORGAN_TABEL.filter(([n]) => n !== 100000);
  it.each(baris)("N = %i → S = %i (formula equals the table)", (n, s) => {
    expect(sampelMinimum(n).sampelMinimum).toBe(s);
    expect(sampelMinimum(n).sampelTabel).toBe(s);
  });

  it("N = 100 000: formula 382,63 → 383, table 384 (the limit λ²PQ/d² = 384,1)", () => {
    const h = sampelMinimum(100000);
    expect(h.sampelRumus.toFixed(2)).toBe("382.63");
    expect(h.sampelMinimum).toBe(383);
    expect(h.sampelTabel).toBe(384);
    expect(rumusKrejcieMorgan(100_000_000).toFixed(0)).toBe("384");
  });

  it("table has 90 rows in ascending order", () => {
    expect(KREJCIE_MORGAN_TABEL).toHaveLength(90);
    KREJCIE_MORGAN_TABEL.forEach(([n], i) => i > 0 && expect(n).toBeGreaterThan(KREJCIE_MORGAN_TABEL[i - 1]![0]));
  });

  it("N = 1000 → 278; 96 respondents do not meet it (SEED 599 reports 96, population not stated)", () => {
    expect(sampelMinimum(1000, 96)).toMatchObject({ sampelMinimum: 278, memenuhi: false, kekurangan: 182 });
    expect(sampelMinimum(1000, 278)).toMatchObject({ memenuhi: true, kekurangan: 0 });
    expect(sampelMinimum(1234).sampelTabel).toBeNull();
  });

  it.each([0, -5, 10.5, Number.NaN])("rejects populasi %s", (n) => {
    expect(() => sampelMinimum(n)).toThrow(/populasi/);
  });
});
