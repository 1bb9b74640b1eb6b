import { describe, expect, it } from "vitest";
import { AREA_ATURAN, DAFTAR_ATURAN } from "./daftar";
import { profilAturan } from "./profil";

describe("profil aturan", () => {
  it.each([
    // SEED Tabel 3.12: 5 komponen (12/2015) to 2021, 4 komponen (88/2021) from 2022.
    [2021, "lke", /12-2015/],
    [2022, "lke", /88-2021/],
    [2023, "predikat-akip", /88-2021/],
    // regulations.md §0: weight 0,111 reproduces the seed and is the default.
    [2023, "ikm", /0111/],
  ] as const)("year %i area %s defaults to %s", (tahun, area, id) => {
    expect(profilAturan(tahun).versi[area].id).toMatch(id);
  });

  it("honours a Pemda's explicit choice when it is in force", () => {
    const exact = DAFTAR_ATURAN.ikm.find((v) => !/0111/.test(v.id))!;
    expect(profilAturan(2023, { ikm: exact.id }).versi.ikm.id).toBe(exact.id);
  });

  it("refuses unknown versions and versions not in force that year", () => {
    expect(() => profilAturan(2023, { lke: "tidak-ada" })).toThrow(/tidak dikenal/);
    const old = DAFTAR_ATURAN.lke.find((v) => v.berlakuSampai !== undefined)!;
    expect(() => profilAturan(2023, { lke: old.id })).toThrow(/tidak berlaku untuk tahun 2023/);
  });

  it("every version names its area and a regulation as source", () => {
    for (const area of AREA_ATURAN) {
      for (const v of DAFTAR_ATURAN[area]) {
        expect(v.area).toBe(area);
        expect(v.source.regulasi.length).toBeGreaterThan(5);
      }
    }
  });
});
