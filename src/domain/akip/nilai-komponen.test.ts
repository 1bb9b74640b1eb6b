import { describe, expect, it } from "vitest";
import { KERANGKA_LKE_12_2015 } from "./lke-12-2015";
import { hitungNilaiKomponen, periksaRekap } from "./nilai-komponen";
import type { KodePredikat } from "./predikat";

describe("hitungNilaiKomponen — seed acceptance (regulations.md §2.4; SEED 1930, 681-689)", () => {
  it("22,02 + 20,64 + 11,62 + 15,87 = 70,15 → BB (Sangat Baik)", () => {
    const h = hitungNilaiKomponen({ perencanaan: 22.02, pengukuran: 20.64, pelaporan: 11.62, evaluasi: 15.87 });
    expect(h.total.toString()).toBe("70.15");
    expect(h.totalTampil).toBe("70.15");
    expect([h.predikat.kode, h.predikat.label]).toEqual(["BB", "Sangat Baik"]);
    expect(h.kerangkaId).toBe("lke-88-2021");
    expect(h.komponen.map((k) => k.persenBobot)).toEqual(["73.40", "68.80", "77.47", "63.48"]);
  });

  it.each([
    ["perencanaan", { perencanaan: "30,01" }, /perencanaan \(Perencanaan Kinerja\): nilai 30,01 di luar rentang 0–30/],
    ["pelaporan", { pelaporan: -1 }, /pelaporan \(Pelaporan Kinerja\): nilai -1 di luar rentang 0–15/],
    ["evaluasi", { evaluasi: undefined }, /evaluasi \(Evaluasi Akuntabilitas Kinerja Internal\): nilai belum diisi/],
    ["pencapaian", { pencapaian: 10 }, /komponen "pencapaian" tidak dikenal dalam kerangka 88\/2021/],
    ["pengukuran", { pengukuran: "dua puluh" }, /"dua puluh" bukan angka/],
  ])("validates %s", (_k, ubah, pesan) => {
    const dasar = { perencanaan: 22.02, pengukuran: 20.64, pelaporan: 11.62, evaluasi: 15.87 };
    expect(() => hitungNilaiKomponen({ ...dasar, ...ubah })).toThrow(pesan);
  });
});

// SEED 1896-1937: REKAPITULASI EVALUASI SAKIP OPD SE-KABUPATEN BATU BARA TAHUN 2023 (Inspektorat, 88/2021).
// Columns: no, OPD, perencanaan, pengukuran, pelaporan, evaluasi, printed total, printed kategori,
// then OUR total (Σ komponen, 2 dp) and predikat. Rows 1-21 are SEED 1899-1919, rows 22-38 SEED 1921-1937.
type BarisRekap = [number, string, string, string, string, string, string, KodePredikat, string, KodePredikat];
const REKAP_BATU_BARA_2023: BarisRekap[] = [
  [1, "SEKRETARIAT DAERAH", "23.5", "24.4", "10.6", "14.5", "72.97", "BB", "73.00", "BB"],
  [2, "SEKRETARIAT DPRD", "25.4", "19.9", "9.8", "16", "71.1", "BB", "71.10", "BB"],
  [3, "INSPEKTORAT DAERAH", "25.5", "22.4", "12.6", "13.7", "74.25", "BB", "74.20", "BB"],
  [4, "DINAS PENDIDIKAN", "24.1", "22.4", "9.6", "15.2", "71.39", "BB", "71.30", "BB"],
  [5, "DINAS KESEHATAN, PP DAN KB", "25.4", "24.7", "11.6", "17.5", "79.2", "BB", "79.20", "BB"],
  [6, "DINAS PU DAN TATA RUANG", "25.1", "21.8", "9.8", "16", "72.7", "BB", "72.70", "BB"],
  [7, "DINAS PERKIM DAN LH", "23.63", "19.72", "10.13", "15.9", "69.38", "B", "69.38", "B"],
  [8, "SATPOL PP", "22.14", "18.33", "11.24", "15.53", "67.24", "B", "67.24", "B"],
  [9, "DINAS SOSIAL, PP DAN PA", "25.49", "19.27", "11.38", "16.62", "72.76", "BB", "72.76", "BB"],
  [
    10,
    "DINAS KETENAGAKERJAAN, PERINDUSTRIAN DAN PERDAGANGAN",
    "24.8",
    "22.4",
    "11.4",
    "15.2",
    "73.85",
    "BB",
    "73.80",
    "BB",
  ],
  [11, "DINAS DUKCAPIL", "21.94", "18.84", "9.84", "15.53", "66.15", "B", "66.15", "B"],
  [12, "DINAS PMD", "23.87", "20.56", "11.45", "15.87", "71.75", "BB", "71.75", "BB"],
  [13, "DINAS PERHUBUNGAN", "24", "21.9", "10.1", "16.6", "72.6", "BB", "72.60", "BB"],
  [14, "DINAS KOMINFO", "24.6", "23.2", "10.5", "12.7", "70.91", "BB", "71.00", "BB"],
  [15, "DINAS KOPERASI DAN UKM", "24.1", "22.4", "12", "16", "74.5", "BB", "74.50", "BB"],
  [16, "DINAS PM DAN PTSP", "23.98", "19.27", "11.25", "15.57", "70.07", "BB", "70.07", "BB"],
  [17, "DINAS PORA DAN PARIWISATA", "24", "22.4", "10.3", "13.6", "70.23", "BB", "70.30", "BB"],
  [18, "DINAS PERPUSTAKAAN", "24.1", "23.7", "10.8", "15.2", "73.83", "BB", "73.80", "BB"],
  [19, "DINAS PERTANIAN DAN PERKEBUNAN", "22.78", "21.57", "9.98", "15.23", "69.56", "B", "69.56", "B"],
  [20, "DINAS PERIKANAN DAN PETERNAKAN", "24.7", "22.4", "11.1", "11.8", "70.1", "BB", "70.00", "B"],
  [21, "BAPPEDA", "24.8", "21.1", "9.8", "16", "71.7", "BB", "71.70", "BB"],
  [22, "BADAN KEUANGAN DAN ASET DAERAH", "23.88", "19.39", "10.83", "16.05", "70.14", "BB", "70.15", "BB"],
  [23, "BADAN PENDAPATAN DAERAH", "22.9", "22.4", "9.8", "14.5", "69.6", "B", "69.60", "B"],
  [24, "BKPSDM", "23.8", "22.8", "10.8", "16.7", "74.2", "BB", "74.10", "BB"],
  [25, "BPBD", "25.2", "19.08", "10.99", "16.35", "71.61", "BB", "71.62", "BB"],
  [26, "BADAN KESBANGPOL", "24.8", "22.4", "11.4", "15.2", "73.8", "BB", "73.80", "BB"],
  [27, "KECAMATAN NIBUNG HANGUS", "22.58", "24.03", "9.9", "15.75", "69.77", "B", "72.26", "BB"],
  [28, "KECAMATAN TANJUNG TIRAM", "21.41", "20.58", "11.64", "15.87", "69.5", "B", "69.50", "B"],
  [29, "KECAMATAN TALAWI", "23.3", "23.4", "9.9", "14.8", "71.4", "BB", "71.40", "BB"],
  [30, "KECAMATAN DATUK TANAH DATAR", "23.3", "23.1", "9.3", "14.8", "70.5", "BB", "70.50", "BB"],
  [31, "KECAMATAN SEI BALAI", "22.02", "20.64", "11.62", "15.87", "70.15", "BB", "70.15", "BB"],
  [32, "KECAMATAN LIMA PULUH", "22.01", "21.03", "11.84", "14.82", "69.7", "B", "69.70", "B"],
  [33, "KECAMATAN DATUK LIMA PULUH", "22.42", "20.64", "11.94", "15.12", "70.12", "BB", "70.12", "BB"],
  [34, "KECAMATAN LIMA PULUH PESISIR", "21.41", "21.03", "11.89", "15.87", "70.2", "BB", "70.20", "BB"],
  [35, "KECAMATAN AIR PUTIH", "22.42", "21.03", "11.84", "14.82", "70.11", "BB", "70.11", "BB"],
  [36, "KECAMATAN SEI SUKA", "22.01", "21.03", "11.84", "14.82", "69.7", "B", "69.70", "B"],
  [37, "KECAMATAN LAUT TADOR", "24.3", "23.1", "9.7", "14.8", "71.4", "BB", "71.90", "BB"],
  [38, "KECAMATAN MEDANG DERAS", "21.37", "18.22", "11.2", "15.87", "66.66", "B", "66.66", "B"],
];

describe("Batu Bara recap 2023, all 38 OPD (SEED 1896-1937): our totals and predikat", () => {
  it.each(REKAP_BATU_BARA_2023)(
    "%i %s: %s + %s + %s + %s (printed %s %s) → %s %s",
    (_no, _opd, perencanaan, pengukuran, pelaporan, evaluasi, _cetak, _kategori, total, predikat) => {
      const h = hitungNilaiKomponen({ perencanaan, pengukuran, pelaporan, evaluasi });
      expect(h.totalTampil).toBe(total);
      expect(h.predikat.kode).toBe(predikat);
    },
  );

  it("lists the rows whose printed total or kategori disagrees with the sum of the components", () => {
    const periksa = REKAP_BATU_BARA_2023.map(([no, , p, u, l, e, cetak, kategori]) => ({
      no,
      ...periksaRekap({ perencanaan: p, pengukuran: u, pelaporan: l, evaluasi: e }, cetak, kategori),
    }));
    const totalBeda = periksa.filter((r) => !r.totalCocok).map((r) => [r.no, r.selisihTotal.toFixed(2)]);
    expect(totalBeda).toEqual([
      [1, "-0.03"],
      [3, "0.05"],
      [4, "0.09"],
      [10, "0.05"],
      [14, "-0.09"],
      [17, "-0.07"],
      [18, "0.03"],
      [20, "0.10"],
      [22, "-0.01"],
      [24, "0.10"],
      [25, "-0.01"],
      [27, "-2.49"],
      [37, "-0.50"],
    ]);
    // Kategori disagreements: row 20 (70,00 is B, printed 70,1 BB) and row 27 (72,26 BB, printed 69,77 B).
    expect(periksa.filter((r) => r.predikatCocok === false).map((r) => r.no)).toEqual([20, 27]);
  });
});

describe("Kec. Sei Balai 2019-2023 (SEED 778-790, Tabel 3.12): framework per year", () => {
  // 2019-2021 under 12/2015 (5 komponen incl. Pencapaian), 2022-2023 under 88/2021. All printed sums agree.
  it.each([
    [
      2019,
      "12/2015",
      { perencanaan: "22.56", pengukuran: "15.7", pelaporan: "9.87", evaluasi: "6.09", pencapaian: "10.78" },
      "65.00",
      "B",
    ],
    [
      2020,
      "12/2015",
      { perencanaan: "22.91", pengukuran: "16.12", pelaporan: "9.98", evaluasi: "6.11", pencapaian: "12.13" },
      "67.25",
      "B",
    ],
    [
      2021,
      "12/2015",
      { perencanaan: "25.92", pengukuran: "15.93", pelaporan: "9.98", evaluasi: "6.11", pencapaian: "12.13" },
      "70.07",
      "BB",
    ],
    [
      2022,
      "88/2021",
      { perencanaan: "22.91", pengukuran: "21.87", pelaporan: "10.13", evaluasi: "17.25" },
      "72.16",
      "BB",
    ],
    [
      2023,
      "88/2021",
      { perencanaan: "22.02", pengukuran: "20.64", pelaporan: "11.62", evaluasi: "15.87" },
      "70.15",
      "BB",
    ],
  ] as const)("%i (%s) → %s %s", (_tahun, kerangka, nilai, total, predikat) => {
    const opsi = kerangka === "12/2015" ? { kerangka: KERANGKA_LKE_12_2015 } : {};
    const cek = periksaRekap(nilai, total, predikat, opsi);
    expect(cek.hasil.totalTampil).toBe(total);
    expect(cek.hasil.predikat.kode).toBe(predikat);
    expect([cek.totalCocok, cek.predikatCocok]).toEqual([true, true]);
    expect(cek.hasil.kerangka).toBe(kerangka);
    expect(cek.hasil.predikat.versiId).toBe(kerangka === "12/2015" ? "predikat-akip-12-2015" : "predikat-akip-88-2021");
  });

  it("12/2015 validates its own bobot (Evaluasi Internal out of 10)", () => {
    expect(() =>
      hitungNilaiKomponen(
        { perencanaan: 22, pengukuran: 20, pelaporan: 10, evaluasi: 15.87, pencapaian: 10 },
        { kerangka: KERANGKA_LKE_12_2015 },
      ),
    ).toThrow(/evaluasi \(Evaluasi Internal\): nilai 15,87 di luar rentang 0–10/);
  });
});
