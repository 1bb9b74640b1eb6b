/**
 * PK Perubahan 2023 of the Camat (Kepala OPD) with the Bupati; its lampiran repeats Tabel 2.2 and Tabel 2.4.
 * NOTE: SEED 1044-1117. Program codes per regulations.md §5.
 */
import type { PerjanjianKinerja } from "../../types";
import { CAMAT_JABATAN, CAMAT_NAMA, CAMAT_NIP, anggaran, kinerja, ttd } from "./bantu";

export const pkCamat: PerjanjianKinerja = {
  kode: "pk-2023-perubahan-camat",
  tahun: 2023,
  jenis: "perubahan",
  level: "kepala-opd",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: [
    "PERNYATAAN PERUBAHAN PERJANJIAN KINERJA KECAMATAN SEI BALAI KABUPATEN BATU BARA",
    "PERUBAHAN PERJANJIAN KINERJA TAHUN 2023",
    "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA TAHUN 2023 KECAMATAN SEI BALAI KABUPATEN BATU BARA",
  ],
  pihakPertama: {
    pejabatKode: "camat",
    pernyataan: { nama: CAMAT_NAMA, jabatan: "CAMAT SEI BALAI", sumber: "SEED 1054-1056" },
    tandaTangan: [
      ttd(CAMAT_NAMA, CAMAT_JABATAN, "1078-1084", "Pembina", CAMAT_NIP),
      ttd("WALI WALI AZAHARI SAGALA, S.Pd, MH", CAMAT_JABATAN, "1111-1117", "Pembina", CAMAT_NIP),
    ],
  },
  pihakKedua: {
    pejabatKode: "bupati-batu-bara",
    pernyataan: { nama: "Ir. H. ZAHIR, MAP", jabatan: "BUPATI BATU BARA", sumber: "SEED 1060-1062" },
    tandaTangan: [
      ttd("Ir. H. ZAHIR, MAP", "BUPATI BATU BARA", "1072-1075"),
      ttd("Ir. R. ZAHIR, MAP", "BUPATI BATU BARA", "1106-1109"),
    ],
  },
  tempat: "Lima Puluh",
  tanggal: "2023-10-09",
  tempatTanggalSumber: "SEED 1070, 1104",
  kolomDicetak: { sasaran: "SASARAN STRATEGIS", anggaran: "PROGRAM" },
  kinerja: [
    kinerja(
      "1.",
      "sasaran-strategis",
      "Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik",
      "Indeks Kepuasan Masyarakat (IKM)",
      "Nilai",
      { teks: "85,00", nilai: "85.00", iku: "ikm" },
      1092,
    ),
    kinerja(
      "2.",
      "sasaran-strategis",
      "Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah",
      "Nilai AKIP",
      "Nilai",
      { teks: "BB (75,00)", nilai: "75.00", huruf: "BB", iku: "akip" },
      1093,
    ),
  ],
  anggaran: [
    anggaran("1.", "program", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/Kota", "2650313819.00", "X.XX.01", 1096),
    anggaran("2.", "program", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "13000000.00", "7.01.02", 1097),
    anggaran("3.", "program", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "268352500.00", "7.01.03", 1098),
    anggaran("4.", "program", "Program Koordinasi Ketentraman dan Ketertiban Umum", "18800000.00", "7.01.04", 1099),
    anggaran("5.", "program", "Program Penyelenggaraan Urusan Pemerintahan Umum", "175460000.00", "7.01.05", 1100),
    anggaran("6.", "program", "Program Pembinaan dan Pengawasan Pemerintahan Desa", "10000000.00", "7.01.06", 1101),
  ],
  dicetak: { jumlahAnggaran: { nilai: "3135926319.00", teks: "3.135.926.319", sumber: "SEED 1102" } },
  sumber: "SEED 1044-1117",
};
