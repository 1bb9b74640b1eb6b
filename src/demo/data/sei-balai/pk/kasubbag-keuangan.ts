/**
 * PK Perubahan 2023 of the Kepala Subbagian Keuangan dan Program (eselon IV) with the Sekretaris.
 * NOTE: SEED 1323-1414; DPPA codes from the appendix SEED 1720-1729.
 */
import type { PerjanjianKinerja } from "../../types";
import { SEKCAM_JABATAN, SEKCAM_NIP, anggaran, kinerja, ttd } from "./bantu";

const JABATAN = "KEPALA SUBBAGIAN KEUANGAN DAN PROGRAM KECAMATAN SEI BALAI KABUPATEN BATU BARA";
const NIP = "NIP. 19820727 200502 2 003";
const SEKCAM = "RIDUAN OBERLIN BUTAR-BUTAR, SS., MM";
const K = "sasaran-kegiatan";
const S = "sasaran-sub-kegiatan";
const pct = { teks: "100", nilai: "100" };

export const pkKasubbagKeuangan: PerjanjianKinerja = {
  kode: "pk-2023-perubahan-kasubbag-keuangan-program",
  tahun: 2023,
  jenis: "perubahan",
  level: "eselon-iv",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: [
    "PERNYATAAN PERUBAHAN PERJANJIAN KINERJA ESELON IV KECAMATAN SEI BALAI KABUPATEN BATU BARA TAHUN 2023",
    "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA PEGAWAI KEPALA SUBBAGIAN KEUANGAN DAN PROGRAM KECAMATAN SEI BALAI KABUPATEN BATU BARA",
  ],
  pihakPertama: {
    pejabatKode: "kasubbag-keuangan-program",
    pernyataan: { nama: "SANIAH, S.A.P.", jabatan: "KEPALA SUBBAGIAN KEUANGAN DAN PROGRAM", sumber: "SEED 1329-1331" },
    tandaTangan: [ttd("SANIAH, S.A.P.", JABATAN, "1352-1364", "Penata", NIP), ttd("SANIAH, S.A.P.", JABATAN, "1404-1414", "Penata", NIP)],
  },
  pihakKedua: {
    pejabatKode: "sekretaris",
    pernyataan: { nama: SEKCAM, jabatan: "SEKRETARIS", sumber: "SEED 1335-1337" },
    tandaTangan: [
      ttd(SEKCAM, SEKCAM_JABATAN, "1347-1360", "Pembina", SEKCAM_NIP),
      ttd(SEKCAM, SEKCAM_JABATAN, "1393-1402", "Pembina", SEKCAM_NIP),
    ],
  },
  tempat: "Sei Balai",
  tanggal: "2023-10-09",
  tempatTanggalSumber: "SEED 1345, 1391",
  kolomDicetak: { sasaran: "SASARAN", anggaran: "KEGIATAN" },
  kinerja: [
    kinerja("1.", K, "Tersusunnya Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase Tersusunnya Dokumen Perencanaan Perangkat Daerah", "%", pct, 1373, [
      kinerja(null, S, "Tersusunnya Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", { teks: "4", nilai: "4" }, 1374),
      kinerja(null, S, "Tersusunnya Laporan Kinerja Perangkat Daerah", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Laporan", { teks: "3", nilai: "3" }, 1375),
    ]),
    kinerja("2.", K, "Terpenuhinya Kebutuhan Administrasi Keuangan Perangkat Daerah", "Persentase Tersusunnya Dokumen Keuangan Perangkat Daerah", "%", pct, 1376, [
      kinerja(null, S, "Terpenuhinya Kebutuhan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang", { teks: "25", nilai: "25" }, 1377),
      kinerja(null, S, "Tersusunnya laporan keuangan akhir tahun", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Laporan", { teks: "2", nilai: "2" }, 1378),
      kinerja(null, S, "Tersusunnya laporan keuangan bulanan/ triwulanan/semesteran/ SKPD", "Jumlah Laporan Keuangan Bulanan/ Triwulanan/ Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/ Triwulanan/ Semesteran SKPD", "Laporan", { teks: "30", nilai: "30" }, 1379),
    ]),
  ],
  anggaran: [
    anggaran("1.", "kegiatan", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "4000000.00", "1.2.01", 1382, [
      anggaran(null, "sub-kegiatan", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "2000000.00", "1.2.01.1", 1383),
      anggaran(null, "sub-kegiatan", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "2000000.00", "1.2.01.6", 1384),
    ]),
    anggaran("2.", "kegiatan", "Administrasi Keuangan Perangkat Daerah", "1977468975.00", "1.2.02", 1385, [
      anggaran(null, "sub-kegiatan", "Penyediaan Gaji dan Tunjangan ASN", "1972469173.00", "1.2.02.1", 1386),
      anggaran(null, "sub-kegiatan", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "2000000.00", "1.2.02.5", 1387),
      anggaran(null, "sub-kegiatan", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "2999802.00", "1.2.02.7", 1388),
    ]),
  ],
  dicetak: { jumlahAnggaran: { nilai: "1981468975.00", teks: "1.981.468.975", sumber: "SEED 1389" } },
  sumber: "SEED 1323-1414",
};
