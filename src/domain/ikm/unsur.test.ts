import { describe, expect, it } from "vitest";
import { KUESIONER_14_2017 } from "./kuesioner";
import { KODE_UNSUR, UNSUR } from "./unsur";

describe("unsur and kuesioner (regulations.md §1.2, §1.3)", () => {
  it("questionnaire order: Q8 = Sarana (u8), Q9 = Pengaduan (u9); definition list swaps them", () => {
    expect(KUESIONER_14_2017.map((q) => q.unsur)).toEqual([...KODE_UNSUR]);
    expect(UNSUR.u8.nama).toMatch(/^Sarana/);
    expect(UNSUR.u9.nama).toMatch(/^Penanganan Pengaduan/);
    expect([UNSUR.u8.nomorDefinisi, UNSUR.u9.nomorDefinisi]).toEqual([9, 8]);
    expect(KODE_UNSUR.map((k) => UNSUR[k].nomorKuesioner)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("every question has four options, nilai 1–4", () => {
    for (const q of KUESIONER_14_2017) expect(q.pilihan).toHaveLength(4);
    expect(KUESIONER_14_2017[3]!.pilihan[3]).toBe("Gratis");
  });
});
