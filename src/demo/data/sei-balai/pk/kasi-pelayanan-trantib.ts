/**
 * PK Perubahan 2023 of the Kepala Seksi Pelayanan Masyarakat, Ketentraman dan Ketertiban Umum (eselon IV) with the
 * Camat. Kegiatan 5.2.01 is split between this PK (85.370.000) and the Kasi PMD's (90.090.000).
 * NOTE: SEED 1499-1584; DPPA SEED 1785-1800.
 */
import type { PerjanjianKinerja } from "../../types";
import { CAMAT_JABATAN, CAMAT_NAMA, CAMAT_NIP, anggaran, kinerja, ttd } from "./bantu";

const NAMA = "SURUNG BINTARA PUTRA SITUMORANG, S.T.";
const JABATAN_TTD = "KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM KECAMATAN SEI BALAI KABUPATEN BATU BARA";
const NIP = "NIP. 19850114 201101 1 008";
const K = "sasaran-kegiatan";
const S = "sasaran-sub-kegiatan";

export const pkKasiPelayananTrantib: PerjanjianKinerja = {
  kode: "pk-2023-perubahan-kasi-pelayanan-trantib",
  tahun: 2023,
  jenis: "perubahan",
  level: "eselon-iv",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: [
    "PERNYATAAN PERUBAHAN PERJANJIAN KINERJA ESELON IV KECAMATAN SEI BALAI KABUPATEN BATU BARA TAHUN 2023",
    "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA PEGAWAI KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM KECAMATAN SEI BALAI KABUPATEN BATU BARA",
  ],
  pihakPertama: {
    pejabatKode: "kasi-pelayanan-trantib",
    pernyataan: {
      nama: NAMA,
      jabatan: "KEPALA SEKSI PELAYANAN MASYARAKAT, KETENTRAMAN DAN KETERTIBAN UMUM",
      sumber: "SEED 1505-1507",
    },
    tandaTangan: [ttd(NAMA, JABATAN_TTD, "1533-1541", "Pembina", NIP), ttd(NAMA, JABATAN_TTD, "1576-1584", "Pembina", NIP)],
  },
  pihakKedua: {
    pejabatKode: "camat",
    pernyataan: { nama: CAMAT_NAMA, jabatan: CAMAT_JABATAN, sumber: "SEED 1511-1513" },
    tandaTangan: [
      ttd(CAMAT_NAMA, CAMAT_JABATAN, "1523-1531", "Pembina", CAMAT_NIP),
      ttd(CAMAT_NAMA, CAMAT_JABATAN, "1566-1574", "Pembina", CAMAT_NIP),
    ],
  },
  tempat: "Sei Balai",
  tanggal: "2023-10-09",
  tempatTanggalSumber: "SEED 1521, 1564",
  kolomDicetak: { sasaran: "SASARAN", anggaran: "KEGIATAN" },
  kinerja: [
    kinerja("1.", K, "Terjaganya Kondisi Desa yang Aman dan Kondusif", "Jumlah Gangguan Ketenteraman dan Ketertiban Umum yang diselesaikan", "Desa", { teks: "14", nilai: "14" }, 1550, [
      kinerja(null, S, "Terjalannya koordinasi yang baik antar pimpinan Kecamatan (unsur Muspika) dalam upaya menciptakan kondisi yang aman dan kondusif di wilayah kecamatan", "Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan", "Bulan", { teks: "12", nilai: "12" }, 1551),
    ]),
    kinerja("2.", K, "Terselenggaranya Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "Jumlah Masyarakat/ Desa yang ikut dalam Kegiatan Kecamatan yang dilimpahkan oleh Kepala Daerah", "Orang", { teks: "500", nilai: "500" }, 1552, [
      kinerja(null, S, "Terselenggaranya Kegiatan Peringatan HUT RI", "Jumlah Orang yang Mengikuti Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional dalam rangka Memantapkan Pengamalan Pancasila, Pelaksanaan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, Pelestarian Bhinneka Tunggal Ika serta Pemertahanan dan Pemeliharaan Keutuhan Negara Kesatuan Republik Indonesia", "Orang", { teks: "500", nilai: "500" }, 1553),
      kinerja(null, S, "Terlaksananya Peringatan Hari Besar Nasional", "Jumlah Orang yang Mengikuti Pembinaan Persatuan dan Kesatuan Bangsa", "Orang", { teks: "300", nilai: "300" }, 1554),
    ]),
  ],
  anggaran: [
    anggaran("1.", "kegiatan", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", "18800000.00", "4.2.01", 1557, [
      anggaran(null, "sub-kegiatan", "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan", "18800000.00", "4.2.01.1", 1558),
    ]),
    anggaran("2.", "kegiatan", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "85370000.00", "5.2.01", 1559, [
      anggaran(null, "sub-kegiatan", "Pembinaan Wawasan Kebangsaan Dan Ketahanan Nasional Dalam Rangka Memantapkan Pengalaman Pancasila, Pelaksanaan Undang-Undang Dasar Negara Republic Indonesia Tahun 1945, Pelestarian Bhineka Tunggal Ika Serta Pemertahanan Dsn Pemeliharaan Keutuhan Negara Kesatuan Republic Indonesia (Kecamatan Sei Balai)", "75370000.00", "5.2.01.1", 1560),
      anggaran(null, "sub-kegiatan", "Pembinaan Persatuan dan Kesatuan Bangsa", "10000000.00", "5.2.01.3", 1561),
    ]),
  ],
  dicetak: { jumlahAnggaran: { nilai: "104170000.00", teks: "104.170.000", sumber: "SEED 1562" } },
  sumber: "SEED 1499-1584",
};
