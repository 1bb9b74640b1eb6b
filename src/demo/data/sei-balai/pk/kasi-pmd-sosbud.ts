/**
 * PK Perubahan 2023 of the Kepala Seksi Pemberdayaan Masyarakat Desa dan Sosial Budaya (eselon IV) with the Camat.
 * Kinerja parents 1 and 2 are printed with the same sasaran/indikator (two kegiatan of Program 3); the table is
 * split over a page break (SEED 1652). NOTE: SEED 1588-1705; DPPA SEED 1774-1806.
 */
import type { PerjanjianKinerja } from "../../types";
import { CAMAT_JABATAN, CAMAT_NAMA, CAMAT_NIP, anggaran, kinerja, ttd } from "./bantu";

const NAMA = "SUTRISNO, S.E.";
const JABATAN_TTD = "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DESA DAN SOSIAL BUDAYA KECAMATAN SEI BALAI KABUPATEN BATU BARA";
const NIP = "NIP. 19730314 200901 1 001";
const K = "sasaran-kegiatan";
const S = "sasaran-sub-kegiatan";
const pct = { teks: "100", nilai: "100" };
const n = (v: string) => ({ teks: v, nilai: v });

export const pkKasiPmdSosbud: PerjanjianKinerja = {
  kode: "pk-2023-perubahan-kasi-pmd-sosbud",
  tahun: 2023,
  jenis: "perubahan",
  level: "eselon-iv",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: [
    "PERNYATAAN PERUBAHAN PERJANJIAN KINERJA ESELON IV KECAMATAN SEI BALAI KABUPATEN BATU BARA TAHUN 2023",
    "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA PEGAWAI KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DESA DAN SOSIAL BUDAYA KECAMATAN SEI BALAI KABUPATEN BATU BARA",
  ],
  pihakPertama: {
    pejabatKode: "kasi-pmd-sosbud",
    pernyataan: {
      nama: NAMA,
      jabatan: "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DESA DAN SOSIAL BUDAYA",
      sumber: "SEED 1594-1597",
    },
    tandaTangan: [
      ttd(NAMA, JABATAN_TTD, "1624-1634", "Penata Muda Tk. I", NIP),
      ttd(NAMA, JABATAN_TTD, "1694-1705", "Penata Muda Tk. I", NIP),
    ],
  },
  pihakKedua: {
    pejabatKode: "camat",
    pernyataan: { nama: CAMAT_NAMA, jabatan: CAMAT_JABATAN, sumber: "SEED 1601-1603" },
    tandaTangan: [
      ttd(CAMAT_NAMA, CAMAT_JABATAN, "1613-1622", "Pembina", CAMAT_NIP),
      ttd("WALI WALI AZAHARI SAGALA, S.Pd, MH", CAMAT_JABATAN, "1683-1692", "Pembina", CAMAT_NIP),
    ],
  },
  tempat: "Sei Balai",
  tanggal: "2023-10-09",
  tempatTanggalSumber: "SEED 1611, 1681",
  kolomDicetak: { sasaran: "SASARAN", anggaran: "KEGIATAN" },
  kinerja: [
    kinerja("1.", K, "Ikut berpartisipasi masyarakat dalam pembangunan daerah", "Persentase Masyarakat Desa yang diberdayakan", "%", pct, 1644, [
      kinerja(null, S, "Terhimpunnya dokumen rencana usulan kegiatan dari Musrenbang desa", "Jumlah Dokumen Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan", "Dokumen", n("15"), 1645),
      kinerja(null, S, "Terbinanya TP. PKK Desa dan Kecamatan", "Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan", "Laporan", n("14"), 1646),
    ]),
    kinerja("2.", K, "Ikut berpartisipasi Masyarakat Dalam Pembangunan Daerah", "Persentase Masyarakat Desa yang diberdayakan", "%", pct, 1647, [
      kinerja(null, S, "Meningkatnya kerja sama antar keluarga, warga dan Kelompok Masyarakat", "Jumlah Keluarga yang Mengikuti Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat", "Keluarga", n("50"), 1648),
      kinerja(null, S, "Meningkatnya Ketahanan Pangan Keluarga", "Jumlah Keluarga yang Mengikuti Peningkatan Ketahanan Pangan Keluarga", "Keluarga", n("25"), 1649),
      kinerja(null, S, "Meningkatnya Kesadaran Keluarga dalam Peningkatan Pendidikan dan Keterampilan untuk Mewujudkan Sumber Daya Manusia yang Berkualitas dan Berdaya Saing", "Jumlah Keluarga yang Mengikuti Peningkatan Kesadaran Keluarga dalam Peningkatan Pendidikan dan Keterampilan untuk Mewujudkan Sumber Daya Manusia yang Berkualitas dan Berdaya Saing", "Keluarga", n("25"), 1650),
      kinerja(null, S, "Meningkatnya Kesadaran Keluarga tentang Lingkungan dan Perilaku Hidup Sehat", "Jumlah Keluarga yang Mengikuti Penumbuhan Kesadaran Keluarga dalam Peningkatan Derajat Kesehatan Keluarga dan Lingkungan Dengan Menerapkan Perilaku Hidup Bersih dan Sehat", "Keluarga", n("25"), 1654),
      kinerja(null, S, "Meningkatnya Perekonomian Keluarga melalui Koperasi dan Pengembangan Ekonomi lainnya", "Jumlah Keluarga yang Mengikuti Penumbuhan Kesadaran Keluarga dalam Peningkatan Taraf Hidup Keluarga melalui Kehidupan Berkoperasi dan Pengembangan Ekonomi lainnya", "Keluarga", n("25"), 1655),
    ]),
    kinerja("3.", K, "Terselenggaranya Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "Jumlah Masyarakat/ Desa yang ikut dalam Kegiatan Kecamatan yang dilimpahkan oleh Kepala Daerah", "Orang", n("500"), 1656, [
      kinerja(null, S, "Terlaksananya Kegiatan MTQ Tk. Kecamatan dan Kabupaten", "Jumlah Orang yang Mengikuti Pembinaan Kerukunan Antar Suku dan Intra Suku, Umat Beragama, Ras, dan Golongan Lainnya Guna Mewujudkan Stabilitas Keamanan Lokal, Regional, dan Nasional", "Orang", n("500"), 1657),
    ]),
    kinerja("4.", K, "Tertibnya administrasi Pemerintahan desa", "Jumlah Desa yang difasilitasi/dibina terkait dengan administrasi/ pembangunan Desa", "Desa", n("14"), 1658, [
      kinerja(null, S, "Tersusunnya Perdes dan Perkades sesuai dengan UU dan aturan/ ketentuan yang berlaku", "Jumlah Dokumen yang Difasilitasi dalam rangka Penyusunan Peraturan Desa dan Peraturan Kepala Desa", "Dokumen", n("14"), 1659),
      kinerja(null, S, "Terkoordinasikannya Pelaksanaan Pembangunan kawasan Perdesaan di Wilayah Kecamatan", "Jumlah Laporan Hasil Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan", "Laporan", n("14"), 1660),
    ]),
  ],
  anggaran: [
    anggaran("1.", "kegiatan", "Koordinasi Kegiatan Pemberdayaan Desa", "68352500.00", "3.2.01", 1663, [
      anggaran(null, "sub-kegiatan", "Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang dilakukan oleh Pemerintah dan Swasta di Wilayah Kecamatan", "10000000.00", "3.2.01.2", 1664),
      anggaran(null, "sub-kegiatan", "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan", "58352500.00", "3.2.01.3", 1665),
    ]),
    anggaran("2.", "kegiatan", "Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan", "200000000.00", "3.2.06", 1666, [
      anggaran(null, "sub-kegiatan", "Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat (Kecamatan Sei Balai)", "50000000.00", "3.2.06.2", 1667),
      anggaran(null, "sub-kegiatan", "Peningkatan Ketahanan Pangan Keluarga (Kecamatan Sei Balai)", "25000000.00", "3.2.06.3", 1668),
      anggaran(null, "sub-kegiatan", "Peningkatan Kesadaran Keluarga dalam Peningkatan Pendidikan dan Keterampilan untuk Mewujudkan Sumber Daya Manusia yang Berkualitas dan Berdaya Saing (Kecamatan Sei Balai)", "25000000.00", "3.2.06.6", 1669),
      anggaran(null, "sub-kegiatan", "Penumbuhan Kesadaran Keluarga dalam Peningkatan Derajat Kesehatan Keluarga dan Lingkungan dengan Menerapkan Perilaku Hidup Bersih dan Sehat(Kecamatan Sei Balai)", "50000000.00", "3.2.06.7", 1670),
      anggaran(null, "sub-kegiatan", "Penumbuhan Kesadaran Keluarga dalam Peningkatan Taraf Hidup Keluarga Melalui Kehidupan Berkoperasi dan Pengembangan Ekonomi Lainnya (Kecamatan Sei Balai)", "50000000.00", "3.2.06.8", 1671),
    ]),
    anggaran("3.", "kegiatan", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "90090000.00", "5.2.01", 1672, [
      anggaran(null, "sub-kegiatan", "Pembinaan Kerukunan Antar suku dan Intrasuku, Umat Beragama, Ras, dan Golongan Lainnya Guna Mewujudkan Stabilitas Keamanan Lokal, Regional, dan Nasional", "90090000.00", "5.2.01.4", 1673),
    ]),
    anggaran("4.", "kegiatan", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "10000000.00", "6.2.01", 1676, [
      anggaran(null, "sub-kegiatan", "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa", "5000000.00", "6.2.01.1", 1677),
      anggaran(null, "sub-kegiatan", "Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan", "5000000.00", "6.2.01.18", 1678),
    ]),
  ],
  dicetak: { jumlahAnggaran: { nilai: "368442500.00", teks: "368.442.500", sumber: "SEED 1679" } },
  sumber: "SEED 1588-1705",
};
