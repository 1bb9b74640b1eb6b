/** The demo → SumberLkjip mapper passes raw inputs only (never the dataset's printed derived numbers). */
import { describe, expect, it } from "vitest";
import { demoDataset } from "../data";
import { daftarOpdDemo, sumberDariDemo } from "./sumber-dari-demo";

describe("sumberDariDemo", () => {
  const s = sumberDariDemo("kecamatan-sei-balai", 2023)!;

  it("answers null for an OPD or a year the demo does not have", () => {
    expect(sumberDariDemo("kecamatan-entah", 2023)).toBeNull();
    expect(sumberDariDemo("kecamatan-sei-balai", 2022)).toBeNull();
  });

  it("gives the SKM as Σ per unsur (SEED 1835-1845 via regulations.md §0), not the printed IKM", () => {
    expect(s.skm?.jumlah).toEqual({
      u1: "288",
      u2: "298",
      u3: "301",
      u4: "378",
      u5: "293",
      u6: "304",
      u7: "312",
      u8: "293",
      u9: "318",
    });
    expect(JSON.stringify(s)).not.toContain("80.503906");
  });

  it("keeps only published realisasi: the years with raw data are computed by the report", () => {
    expect(s.indikator.find((i) => i.kode === "ikm")?.realisasi.map((r) => r.tahun)).toEqual([2019, 2020, 2021, 2022]);
    expect(s.indikator.find((i) => i.kode === "akip")?.realisasi).toEqual([]);
    expect(s.akip.map((a) => a.tahun)).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it("resolves the short kegiatan codes of Tabel 3.16 against the budget tree", () => {
    expect(s.programKegiatan.map((r) => r.kode)).toContain("X.XX.01.2.06");
    expect(s.pemetaanSasaran).toEqual([
      { sasaranKode: "S2", kode: ["X.XX.01"] },
      { sasaranKode: "S1", kode: ["7.01.02", "7.01.03", "7.01.04", "7.01.05", "7.01.06"] },
    ]);
  });

  it("maps all 38 OPD of the recap", () => {
    expect(daftarOpdDemo()).toEqual(demoDataset.opd.map((o) => o.slug));
    expect(sumberDariDemo("dinas-pendidikan", 2023)?.akip).toEqual([
      {
        tahun: 2023,
        kerangka: "88/2021",
        komponen: { perencanaan: "24.1", pengukuran: "22.4", pelaporan: "9.6", evaluasi: "15.2" },
      },
    ]);
  });
});
