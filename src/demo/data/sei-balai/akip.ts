/**
 * Evaluasi AKIP of Kecamatan Sei Balai 2019–2023 (the realisasi of the Nilai AKIP indicator) as component scores,
 * with the framework of each year, and the 2023 component targets of Tabel 3.8.
 * 2019–2021: Permenpan RB 12/2015, 5 components; 2022–2023: Permenpan RB 88/2021, 4 components ("-" for Pencapaian).
 * NOTE: SEED 778-791 (Tabel 3.12), 686-698 (Tabel 3.8), 1930 (recap 2023); regulations.md §2.1, §2.6.
 */
import type { Dicetak, EvaluasiAkipTahunan, TargetKomponenAkip } from "../types";

const LABEL_12 = {
  perencanaan: "Perencanaan Kinerja",
  pengukuran: "Pengukuran Kinerja",
  pelaporan: "Pelaporan Kinerja",
  evaluasi: "Evaluasi Akuntabilitas Kinerja Internal",
  pencapaian: "Pencapaian Sasaran/Kinerja",
};
const LABEL_88 = {
  perencanaan: LABEL_12.perencanaan,
  pengukuran: LABEL_12.pengukuran,
  pelaporan: LABEL_12.pelaporan,
  evaluasi: LABEL_12.evaluasi,
};

function cetak(total: string, teks: string, kategori: string): { total: Dicetak; kategori: Dicetak } {
  return {
    total: { nilai: total, teks, sumber: "Tabel 3.12 (SEED 788)" },
    kategori: { nilai: kategori, sumber: "Tabel 3.12 (SEED 789)" },
  };
}

export const evaluasiAkip: EvaluasiAkipTahunan[] = [
  {
    tahun: 2019,
    komponen: {
      kerangka: "12/2015",
      perencanaan: "22.56",
      pengukuran: "15.7",
      pelaporan: "9.87",
      evaluasi: "6.09",
      pencapaian: "10.78",
    },
    labelDicetak: LABEL_12,
    dicetak: cetak("65.00", "65,00", "B"),
    sumber: "Tabel 3.12 (SEED 783-787)",
  },
  {
    tahun: 2020,
    komponen: {
      kerangka: "12/2015",
      perencanaan: "22.91",
      pengukuran: "16.12",
      pelaporan: "9.98",
      evaluasi: "6.11",
      pencapaian: "12.13",
    },
    labelDicetak: LABEL_12,
    dicetak: cetak("67.25", "67,25", "B"),
    sumber: "Tabel 3.12 (SEED 783-787)",
  },
  {
    tahun: 2021,
    komponen: {
      kerangka: "12/2015",
      perencanaan: "25.92",
      pengukuran: "15.93",
      pelaporan: "9.98",
      evaluasi: "6.11",
      pencapaian: "12.13",
    },
    labelDicetak: LABEL_12,
    dicetak: cetak("70.07", "70,07", "BB"),
    sumber: "Tabel 3.12 (SEED 783-787)",
  },
  {
    tahun: 2022,
    komponen: { kerangka: "88/2021", perencanaan: "22.91", pengukuran: "21.87", pelaporan: "10.13", evaluasi: "17.25" },
    labelDicetak: LABEL_88,
    dicetak: cetak("72.16", "72,16", "BB"),
    sumber: "Tabel 3.12 (SEED 783-787)",
  },
  {
    tahun: 2023,
    komponen: { kerangka: "88/2021", perencanaan: "22.02", pengukuran: "20.64", pelaporan: "11.62", evaluasi: "15.87" },
    labelDicetak: LABEL_88,
    dicetak: cetak("70.15", "70,15", "BB"),
    sumber: "Tabel 3.12 (SEED 783-787); sama dengan Tabel 3.8 (SEED 691-694) dan rekap Inspektorat (SEED 1930)",
  },
];

/** Tabel 3.8: component targets 2023 (their total 75,00 is the PK target BB (75,00)). */
export const targetKomponenAkip2023: TargetKomponenAkip = {
  tahun: 2023,
  kerangka: "88/2021",
  perencanaan: "23.53",
  pengukuran: "22.7",
  pelaporan: "12.9",
  evaluasi: "15.87",
  dicetak: {
    total: { nilai: "75.00", teks: "75,00", sumber: "Tabel 3.8 (SEED 695)" },
    kategori: { nilai: "BB", sumber: "Tabel 3.8 (SEED 696)" },
    realisasiPersen: [
      { nilai: "93.58", teks: "93,58%", sumber: "Tabel 3.8 (SEED 691)", catatan: "Perencanaan Kinerja" },
      { nilai: "90.93", teks: "90,93%", sumber: "Tabel 3.8 (SEED 692)", catatan: "Pengukuran Kinerja" },
      { nilai: "90.08", teks: "90,08%", sumber: "Tabel 3.8 (SEED 693)", catatan: "Pelaporan Kinerja" },
      { nilai: "100.00", teks: "100,00%", sumber: "Tabel 3.8 (SEED 694)", catatan: "Evaluasi Internal" },
      { nilai: "93.53", teks: "93,53%", sumber: "Tabel 3.8 (SEED 695)", catatan: "Total" },
      { nilai: "100", teks: "100%", sumber: "Tabel 3.8 (SEED 696)", catatan: "Kategori BB/BB" },
    ],
  },
  sumber: "Tabel 3.8 (SEED 689-694)",
};
