/**
 * Quarterly budget realisation from the imported DPA realisation (ADR 0041): cumulative at month 3n (anggaran
 * schema: "a triwulan = its last month"), summed over the actions' sub-kegiatan, quarter = difference.
 * Figures are made up for the table; no published source has quarterly DPA realisation of Sei Balai.
 */
import { describe, expect, it } from "vitest";
import { anggaranTriwulanDariImpor, type RealisasiBulanAnggaran } from "./anggaran-triwulan";

const r = (kode: string, bulan: number, pegawai: string, barangJasa = "0", modal = "0"): RealisasiBulanAnggaran => ({
  kode,
  bulan,
  pegawai,
  barangJasa,
  modal,
});
const DATA = [
  r("7.01.01.2.01.0001", 3, "100", "50"),
  r("7.01.01.2.01.0002", 3, "10"),
  r("7.01.01.2.01.0001", 6, "300", "100"),
  r("7.01.01.2.01.0002", 6, "20", "0", "5"),
  r("7.01.01.2.01.0001", 12, "900", "200"),
  r("7.01.01.2.01.0002", 12, "60", "0", "5"),
];
const lihat = (x: ReturnType<typeof anggaranTriwulanDariImpor>) =>
  x.map((q) => [q.triwulan, q.kumulatif?.toFixed(2) ?? null, q.triwulanIni?.toFixed(2) ?? null, q.bulan]);

describe("anggaranTriwulanDariImpor", () => {
  it.each([
    [
      "one sub-kegiatan: TW I 150, TW II 400 (quarter 250), TW III not imported, TW IV 1100 (no quarter figure)",
      ["7.01.01.2.01.0001"],
      [
        [1, "150.00", "150.00", 3],
        [2, "400.00", "250.00", 6],
        [3, null, null, null],
        [4, "1100.00", null, 12],
      ],
    ],
    [
      "a kegiatan code covers both sub-kegiatan: 160, 425, –, 1165",
      ["7.01.01.2.01"],
      [
        [1, "160.00", "160.00", 3],
        [2, "425.00", "265.00", 6],
        [3, null, null, null],
        [4, "1165.00", null, 12],
      ],
    ],
    [
      "two actions covering the same sub-kegiatan count it once",
      ["7.01.01.2.01", "7.01.01.2.01.0002"],
      [
        [1, "160.00", "160.00", 3],
        [2, "425.00", "265.00", 6],
        [3, null, null, null],
        [4, "1165.00", null, 12],
      ],
    ],
    [
      "an action without a code: typed figures stay (all null)",
      ["7.01.01.2.01.0001", null],
      [
        [1, null, null, null],
        [2, null, null, null],
        [3, null, null, null],
        [4, null, null, null],
      ],
    ],
    [
      "a code that matches nothing imported: all null",
      ["9.99"],
      [
        [1, null, null, null],
        [2, null, null, null],
        [3, null, null, null],
        [4, null, null, null],
      ],
    ],
  ])("%s", (_s, kode, harap) => {
    expect(lihat(anggaranTriwulanDariImpor(kode, DATA))).toEqual(harap);
  });

  it("no actions: nothing from the import", () => {
    expect(anggaranTriwulanDariImpor([], DATA).every((q) => q.kumulatif === null)).toBe(true);
  });
});
