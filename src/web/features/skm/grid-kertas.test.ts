import { describe, expect, it } from "vitest";
import { aksiTombol, barisKosong, galatSel, gerak, KOLOM, keRespondenKertas, periksaGrid } from "./grid-kertas";

describe("paper grid rules", () => {
  it.each([
    ["u1", "1", null],
    ["u1", "4", null],
    ["u1", "0", "unsur-salah"],
    ["u1", "5", "unsur-salah"],
    ["u1", "a", "unsur-salah"],
    ["u1", "", "unsur-kosong"],
    ["umur", "", null],
    ["umur", "9", "umur-salah"],
    ["umur", "121", "umur-salah"],
    ["umur", "35", null],
    ["jenisKelamin", "l", null],
    ["jenisKelamin", "X", "pilihan-salah"],
    ["pendidikan", "d1-d3", null],
    ["pekerjaan", "petani", "pilihan-salah"],
  ] as const)("%s = %j → %s (nilai 1–4, regulations.md §1.3; profile §1.4)", (k, v, g) => {
    expect(galatSel(k, v)).toBe(g);
  });

  it("moves right, wraps to the next row and asks for a new row after the last", () => {
    expect(gerak({ baris: 0, kolom: 0 }, "maju", 1)).toEqual({ posisi: { baris: 0, kolom: 1 }, tambahBaris: false });
    expect(gerak({ baris: 0, kolom: KOLOM.length - 1 }, "maju", 1)).toEqual({
      posisi: { baris: 1, kolom: 0 },
      tambahBaris: true,
    });
    expect(gerak({ baris: 1, kolom: 0 }, "mundur", 2).posisi).toEqual({ baris: 0, kolom: KOLOM.length - 1 });
    expect(gerak({ baris: 0, kolom: 0 }, "mundur", 2).posisi).toEqual({ baris: 0, kolom: 0 });
    expect(gerak({ baris: 0, kolom: 3 }, "atas", 2).posisi).toEqual({ baris: 0, kolom: 3 });
    expect(aksiTombol("Tab", true)).toBe("mundur");
    expect(aksiTombol("Enter", false)).toBe("maju");
    expect(aksiTombol("x", false)).toBeNull();
  });

  it("ignores empty rows and reports every error of the filled ones", () => {
    const a = { ...barisKosong(), u1: "3" };
    expect(periksaGrid([barisKosong(), a]).map((g) => `${g.baris}:${g.kolom}`)).toEqual([
      "2:u2",
      "2:u3",
      "2:u4",
      "2:u5",
      "2:u6",
      "2:u7",
      "2:u8",
      "2:u9",
    ]);
    const penuh = { ...barisKosong(), u1: "1", u2: "2", u3: "3", u4: "4", u5: "1", u6: "2", u7: "3", u8: "4", u9: "1" };
    expect(periksaGrid([penuh])).toEqual([]);
    expect(keRespondenKertas([penuh, barisKosong()])).toEqual([
      { jawaban: { u1: 1, u2: 2, u3: 3, u4: 4, u5: 1, u6: 2, u7: 3, u8: 4, u9: 1 }, responden: {} },
    ]);
  });
});
