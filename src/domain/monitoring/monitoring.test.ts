import { describe, expect, it } from "vitest";
import { dec } from "../shared/decimal";
import { peringkatMonitoring, rataCapaian, tahapAlur, tahapLke, tahapSkm } from "./index";

describe("tahap per modul", () => {
  // status_periode: a missing row means draft (src/storage/schema/status-periode.ts)
  it.each([
    [undefined, "draft"],
    ["draft", "draft"],
    ["diajukan", "diajukan"],
    ["disetujui", "disetujui"],
    ["terkunci", "terkunci"],
  ] as const)("alur %s → %s", (s, t) => expect(tahapAlur(s)).toBe(t));

  it.each([
    [0, 0, "belum"],
    [1, 0, "draft"],
    [1, 2, "draft"],
    [0, 2, "terkunci"],
  ] as const)("SKM terbuka %i ditutup %i → %s", (a, b, t) => expect(tahapSkm(a, b)).toBe(t));

  // STATUS_LKE (src/storage/schema/lke.ts): draft → diajukan → dinilai → final
  it.each([
    ["draft", false, "draft"],
    ["diajukan", false, "diajukan"],
    ["dinilai", false, "disetujui"],
    ["final", false, "terkunci"],
    [null, true, "terkunci"],
    [null, false, "belum"],
  ] as const)("LKE %s (komponen %s) → %s", (s, k, t) => expect(tahapLke(s, k)).toBe(t));
});

describe("rata-rata capaian IKU", () => {
  it("is null without IKU and rounds half-up to 2 dp", () => {
    expect(rataCapaian([])).toBeNull();
    // (94.71 + 93.53 + 100) / 3 = 96.08 (96.0800 exact)
    expect(rataCapaian([dec("94.71"), dec("93.53"), dec("100")])!.toFixed(2)).toBe("96.08");
    // (0.01 + 0) / 2 = 0.005 → 0.01 (half-up)
    expect(rataCapaian([dec("0.01"), dec("0")])!.toFixed(2)).toBe("0.01");
  });
});

describe("peringkat", () => {
  it("ranks 1, 2, 2, 4 and puts OPDs without a value last, unranked", () => {
    const r = peringkatMonitoring([
      { nama: "A", urutan: 1, nilai: dec("70") },
      { nama: "B", urutan: 2, nilai: null },
      { nama: "C", urutan: 3, nilai: dec("80") },
      { nama: "D", urutan: 4, nilai: dec("70") },
      { nama: "E", urutan: 5, nilai: dec("60") },
    ]);
    expect(r.map((b) => [b.nama, b.peringkat])).toEqual([
      ["C", 1],
      ["A", 2],
      ["D", 2],
      ["E", 4],
      ["B", null],
    ]);
  });
});
