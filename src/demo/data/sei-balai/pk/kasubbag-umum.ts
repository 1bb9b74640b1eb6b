/**
 * PK Perubahan 2023 of the Kepala Subbagian Umum dan Kepegawaian (eselon IV) with the Sekretaris.
 * Budget rows "3." are printed twice (SEED 1285, 1289): kept as printed (konflik pk-kasubbag-umum-nomor-3).
 * NOTE: SEED 1202-1319; DPPA codes from the appendix SEED 1733-1758.
 */
import type { PerjanjianKinerja } from "../../types";
import { SEKCAM_JABATAN, SEKCAM_NIP, anggaran, kinerja, ttd } from "./bantu";

const JABATAN = "KEPALA SUBBAGIAN UMUM DAN KEPEGAWAIAN KECAMATAN SEI BALAI KABUPATEN BATU BARA";
const NIP = "NIP. 19680927 199402 2 001";
const K = "sasaran-kegiatan";
const S = "sasaran-sub-kegiatan";
const pct = { teks: "100", nilai: "100" };

export const pkKasubbagUmum: PerjanjianKinerja = {
  kode: "pk-2023-perubahan-kasubbag-umum",
  tahun: 2023,
  jenis: "perubahan",
  level: "eselon-iv",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: [
    "PERNYATAAN PERUBAHAN PERJANJIAN KINERJA ESELON IV KECAMATAN SEI BALAI KABUPATEN BATU BARA TAHUN 2023",
    "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA PEGAWAI KEPALA SUBBAGIAN UMUM DAN KEPEGAWAIAN KECAMATAN SEI BALAI KABUPATEN BATU BARA",
  ],
  pihakPertama: {
    pejabatKode: "kasubbag-umum",
    pernyataan: { nama: "TIEMAS HARAHAHAP", jabatan: "KEPALA SUBBAGIAN UMUM DAN KEPEGAWAIAN", sumber: "SEED 1208-1210" },
    tandaTangan: [ttd("TIEMAS HARAHAHAP", JABATAN, "1235-1243", "Penata", NIP), ttd("TIEMAS HARAHAP", JABATAN, "1309-1319", "Penata", NIP)],
  },
  pihakKedua: {
    pejabatKode: "sekretaris",
    pernyataan: { nama: "RIDUAN OBERLIN BUTAR BUTAR, SS., MM", jabatan: "SEKRETARIS", sumber: "SEED 1214-1216" },
    tandaTangan: [
      ttd("RIDUAN OBERLIN BUTAR BUTAR, SS., MM", SEKCAM_JABATAN, "1226-1233", "Pembina", SEKCAM_NIP),
      ttd("RIDUAN OBERLIN BUTAR-BUTAR, SS., MM", SEKCAM_JABATAN, "1296-1305", "Pembina", SEKCAM_NIP),
    ],
  },
  tempat: "Sei Balai",
  tanggal: "2023-10-09",
  tempatTanggalSumber: "SEED 1224, 1307",
  kolomDicetak: { sasaran: "SASARAN", anggaran: "KEGIATAN" },
  kinerja: [
    kinerja("1.", K, "Terpenuhinya Kebutuhan Administrasi Umum Perangkat Daerah", "Persentase Tingkat Layanan Administrasi Perkantoran", "%", pct, 1252, [
      kinerja(null, S, "Terpenuhinya kebutuhan komponen instalasi listrik/ penerangan bangunan kantor", "Jumlah Paket Komponen Instalasi Listrik/ Penerangan Bangunan Kantor yang Disediakan", "Paket", { teks: "12", nilai: "12" }, 1253),
      kinerja(null, S, "Terpenuhinya kebutuhan peralatan dan perlengkapan kantor", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "Paket", { teks: "12", nilai: "12" }, 1254),
      kinerja(null, S, "Terpenuhinya kebutuhan makanan dan minuman rapat/kegiatan/tamu", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "Paket", { teks: "12", nilai: "12" }, 1255),
      kinerja(null, S, "Terpenuhinya kebutuhan barang cetakan dan penggandaan", "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan", "Paket", { teks: "12", nilai: "12" }, 1256),
      kinerja(null, S, "Tersedianya Barang Bacaan", "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "Dokumen", { teks: "25", nilai: "25" }, 1257),
      kinerja(null, S, "Terfasilitasinya Koordinasi dan Konsultasi Pelaksanaan Tugas Jabatan", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Laporan", { teks: "12", nilai: "12" }, 1258),
    ]),
    kinerja("2.", K, "Terpenuhinya Kebutuhan Pengadaan Barang Milik Daerah", "Persentase Sarana dan Prasarana dalam Kondisi Baik", "%", pct, 1259, [
      kinerja(null, S, "Terpenuhinya Kebutuhan peralatan gedung kantor", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "Unit", { teks: "4", nilai: "4" }, 1260),
    ]),
    kinerja("3.", K, "Terpenuhinya Kebutuhan Jasa Penunjang Urusan Pemerintahan Daerah", "Persentase Tingkat Layanan Administrasi Perkantoran", "%", pct, 1264, [
      kinerja(null, S, "Tersedianya Jasa Administrasi Surat Menyurat Kecamatan", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "Laporan", { teks: "12", nilai: "12" }, 1265),
      kinerja(null, S, "Tersedianya Jasa Komunikasi, Air dan Listrik", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "Laporan", { teks: "12", nilai: "12" }, 1266),
      kinerja(null, S, "Terpenuhinya Kebutuhan Jasa Pelayanan Umum Kantor", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "Laporan", { teks: "12", nilai: "12" }, 1267),
    ]),
    kinerja("4.", K, "Terpeliharanya Barang Milik Daerah", "Persentase Barang Milik Daerah yang terpelihara", "%", pct, 1268, [
      kinerja(null, S, "Terpeliharanya kendaraan dinas yang ada", "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "Unit", { teks: "4", nilai: "4" }, 1269),
      kinerja(null, S, "Terpeliharanya gedung kantor", "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "Unit", { teks: "1", nilai: "1" }, 1270),
      kinerja(null, S, "Terpeliharanya peralatan gedung kantor yang ada", "Jumlah Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi", "Unit", { teks: "10", nilai: "10" }, 1271),
    ]),
  ],
  anggaran: [
    anggaran("1.", "kegiatan", "Administrasi Umum Perangkat Daerah", "222176555.00", "1.2.06", 1274, [
      anggaran(null, "sub-kegiatan", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "15291096.00", "1.2.06.1", 1275),
      anggaran(null, "sub-kegiatan", "Penyediaan Peralatan dan Perlengkapan Kantor", "43051459.00", "1.2.06.2", 1276),
      anggaran(null, "sub-kegiatan", "Penyediaan Bahan Logistik Kantor", "45000000.00", "1.2.06.4", 1277),
      anggaran(null, "sub-kegiatan", "Penyediaan Barang Cetak dan Penggandaan", "20594000.00", "1.2.06.5", 1278),
      anggaran(null, "sub-kegiatan", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "12000000.00", "1.2.06.6", 1281),
      anggaran(null, "sub-kegiatan", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "86240000.00", "1.2.06.9", 1282),
    ]),
    anggaran("2.", "kegiatan", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "31500000.00", "1.2.07", 1283, [
      anggaran(null, "sub-kegiatan", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "31500000.00", "1.2.07.10", 1284),
    ]),
    anggaran("3.", "kegiatan", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "293923091.00", "1.2.08", 1285, [
      anggaran(null, "sub-kegiatan", "Penyediaan Jasa Surat Menyurat", "3000000.00", "1.2.08.1", 1286),
      anggaran(null, "sub-kegiatan", "Penyediaan Jasa Komunikasi , Sumber Daya Air dan Listrik", "53998439.00", "1.2.08.2", 1287),
      anggaran(null, "sub-kegiatan", "Penyediaan Jasa Pelayanan Umum Kantor", "236924652.00", "1.2.08.4", 1288),
    ]),
    anggaran("3.", "kegiatan", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "121245198.00", "1.2.09", 1289, [
      anggaran(null, "sub-kegiatan", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "75411288.00", "1.2.09.1", 1290),
      // NOTE: linked by amount/order; the DPPA names 1.2.09.10/.11 differ (konflik pk-pemeliharaan-nama).
      anggaran(null, "sub-kegiatan", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "30000000.00", "1.2.09.10", 1291),
      anggaran(null, "sub-kegiatan", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "15833910.00", "1.2.09.11", 1292),
    ]),
  ],
  dicetak: { jumlahAnggaran: { nilai: "668844844.00", teks: "668.844.844", sumber: "SEED 1293" } },
  sumber: "SEED 1202-1319",
};
