/**
 * PK Perubahan 2023 of the Sekretaris Kecamatan (eselon III) with the Camat.
 * NOTE: SEED 1121-1198.
 */
import type { PerjanjianKinerja } from "../../types";
import { CAMAT_JABATAN, CAMAT_NAMA, CAMAT_NIP, SEKCAM_JABATAN, SEKCAM_NIP, anggaran, kinerja, ttd } from "./bantu";

export const pkSekretaris: PerjanjianKinerja = {
  kode: "pk-2023-perubahan-sekretaris",
  tahun: 2023,
  jenis: "perubahan",
  level: "eselon-iii",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: [
    "PERNYATAAN PERUBAHAN PERJANJIAN KINERJA ESELON III KECAMATAN SEI BALAI KABUPATEN BATU BARA TAHUN 2023",
    "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA PEGAWAI SEKRETARIS KECAMATAN SEI BALAI KABUPATEN BATU BARA",
  ],
  pihakPertama: {
    pejabatKode: "sekretaris",
    pernyataan: { nama: "RIDUAN OBERLIN BUTAR-BUTAR, S.S., M.M.", jabatan: "SEKRETARIS", sumber: "SEED 1127-1129" },
    tandaTangan: [
      ttd("RIDUAN OBERLIN BUTAR-BUTAR, SS., MM", SEKCAM_JABATAN, "1153, 1158-1166", "Pembina", SEKCAM_NIP),
      ttd("RIDUAN OBERLIN BUTAR-BUTAR, SS., MM", SEKCAM_JABATAN, "1188, 1192-1198", "Pembina", SEKCAM_NIP),
    ],
  },
  pihakKedua: {
    pejabatKode: "camat",
    pernyataan: { nama: CAMAT_NAMA, jabatan: CAMAT_JABATAN, sumber: "SEED 1133-1135" },
    tandaTangan: [
      ttd(CAMAT_NAMA, "CAMAT SEI BALAI KABUPATEN BATU BARA", "1146-1156", "Pembina", CAMAT_NIP),
      ttd(CAMAT_NAMA, "CAMAT SEI BALAI KABUPATEN BATU BARA", "1182-1190", "Pembina", CAMAT_NIP),
    ],
  },
  tempat: "Sei Balai",
  tanggal: "2023-10-09",
  tempatTanggalSumber: "SEED 1144, 1180",
  kolomDicetak: { sasaran: "SASARAN PROGRAM", anggaran: "PROGRAM" },
  kinerja: [
    kinerja(
      "1.",
      "sasaran-program",
      "Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah",
      "Nilai AKIP",
      "Nilai",
      { teks: "BB (75,00)", nilai: "75.00", huruf: "BB", iku: "akip" },
      1174,
    ),
  ],
  anggaran: [
    anggaran("1.", "program", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota", "2650313819.00", "X.XX.01", 1177),
  ],
  dicetak: { jumlahAnggaran: { nilai: "2650313819.00", teks: "2.650.313.819", sumber: "SEED 1178" } },
  sumber: "SEED 1121-1198",
};
