/**
 * Kecamatan Sei Balai: unit tree, tugas pokok and fungsi, legal basis, innovation.
 * NOTE: SEED 238-282 (Bab I.D-E), 555-559 (inovasi). Unit names follow Bab I; the PK's other names are variants.
 */
import type { DasarHukum, Inovasi, SusunanOrganisasi, TugasFungsi, UnitKerja } from "../types";

export const unitKerja: UnitKerja[] = [
  { kode: "camat", nama: "Camat", jenis: "pimpinan", indukKode: null, varianNama: [], sumber: "SEED 255" },
  {
    kode: "sekretariat",
    nama: "Sekretariat",
    jenis: "sekretariat",
    indukKode: "camat",
    varianNama: [{ teks: "SEKRETARIS KECAMATAN SEI BALAI", sumber: "SEED 1160-1161" }],
    sumber: "SEED 257",
  },
  {
    kode: "subbag-umum",
    nama: "Sub Bagian Umum",
    jenis: "subbagian",
    indukKode: "sekretariat",
    varianNama: [
      { teks: "SUBBAGIAN UMUM DAN KEPEGAWAIAN", sumber: "SEED 1210" },
      { teks: "SUBBAGIAN UMUM DAN KEPEGAWAIAN", sumber: "SEED 1246" },
    ],
    sumber: "SEED 259",
  },
  {
    kode: "subbag-keuangan-program",
    nama: "Sub Bagian Keuangan dan Program",
    jenis: "subbagian",
    indukKode: "sekretariat",
    varianNama: [{ teks: "SUBBAGIAN KEUANGAN DAN PROGRAM", sumber: "SEED 1331" }],
    sumber: "SEED 260",
  },
  {
    kode: "seksi-pemerintahan",
    nama: "Seksi Pemerintahan",
    jenis: "seksi",
    indukKode: "camat",
    varianNama: [
      { teks: "SEKSI TATA PEMERINTAHAN", sumber: "SEED 1425" },
      { teks: "SEKSI TATA PEMERINTAHAN", sumber: "SEED 1460" },
      { teks: "Seksi Tata Pemerintahan", sumber: "SEED 181 (Sumber Data Tabel 1.1)" },
    ],
    sumber: "SEED 262",
  },
  {
    kode: "seksi-pmd-sosbud",
    nama: "Seksi Pemberdayaan Masyarakat Desa dan Sosial Budaya",
    jenis: "seksi",
    indukKode: "camat",
    varianNama: [{ teks: "SEKSI PEMBERDAYAAN MASYARAKAT DESA DAN SOSIAL BUDAYA", sumber: "SEED 1596-1597" }],
    sumber: "SEED 264",
  },
  {
    kode: "seksi-pelayanan-trantib",
    nama: "Seksi Pelayanan Masyarakat, Ketentraman dan Ketertiban Umum",
    jenis: "seksi",
    indukKode: "camat",
    varianNama: [
      { teks: "SEKSI PELAYANAN MASYARAKAT, KETENTRAMAN DAN KETERTIBAN UMUM", sumber: "SEED 1507" },
      { teks: "SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", sumber: "SEED 1534-1535" },
      { teks: "SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", sumber: "SEED 1544" },
      { teks: "SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", sumber: "SEED 1577-1578" },
    ],
    sumber: "SEED 266",
  },
];

export const susunanOrganisasi: SusunanOrganisasi = {
  dasarHukum:
    "Peraturan Bupati Batu Bara Nomor 260 Tahun 2021 tentang Kedudukan, Susunan Organisasi Dan Tata Kerja Perangkat Daerah Kabupaten Batu Bara sebagaimana telah diubah dengan Peraturan Bupati Batu Bara Nomor 21 Tahun 2023",
  uraian:
    "Kecamatan Camat Sei Balai dipimpin oleh seorang Camat dengan membawahi 1 (satu) Sekretaris, 3 (tiga) Seksi, 2 (dua) Sub Bagian",
  sumber: "SEED 255-266",
};

export const tugasFungsi: TugasFungsi = {
  dasarHukum:
    "Peraturan Bupati Batu Bara Nomor 59 Tahun 2023 Tentang Rincian Tugas dan Fungsi Organisasi Kecamatan Kabupaten Batu Bara",
  tugas:
    "Camat mempunyai tugas yang dilimpahkan oleh Bupati untuk melaksanakan sebagian urusan pemerintahan yang menjadi kewenangan daerah",
  fungsi: [
    { nomor: 1, teks: "Menyelenggarakan urusan pemerintahan umum;" },
    { nomor: 2, teks: "Mengkoordinasikan kegiatan pemberdayaan masyarakat;" },
    { nomor: 3, teks: "Mengkoordinasikan upaya penyelenggaraan ketenteraman dan ketertiban umum;" },
    { nomor: 4, teks: "Mengkoordinasikan penerapan dan penegakan Perda dan Peraturan Bupati;" },
    { nomor: 5, teks: "Mengkoordinasikan pemeliharaan prasarana dan Fasilitas pelayanan umum;" },
    {
      nomor: 6,
      teks: "Mengkoordinasikan penyelenggaraan kegiatan pemerintahan yang dilakukan oleh Perangkat Daerah ditingkat Kecamatan;",
    },
    { nomor: 7, teks: "Membina dan mengawasi penyelenggaraan kegiatan desa dan kelurahan;" },
    {
      nomor: 8,
      teks: "Melaksanakan urusan pemerintahan yang menjadi kewenangan daerah Kabupaten yang tidak dilaksanakan oleh Unit Kerja Perangkat Daerah Kabupaten yang ada di Kecamatan;",
    },
    { nomor: 9, teks: "Pelaksanaan tugas lain yang diberikan oleh Bupati sesuai dengan tugas dan fungsinya." },
  ],
  sumber: "SEED 240-253 (diulang SEED 507-517)",
};

export const dasarHukum: DasarHukum[] = [
  {
    nomor: 1,
    teks: "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara Yang Bersih, Bebas Korupsi, Kolusi dan Nepotisme;",
    sumber: "SEED 272",
  },
  { nomor: 2, teks: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;", sumber: "SEED 273" },
  {
    nomor: 3,
    teks: "Undang-Undang Nomor 33 Tahun 2004 tentang Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintah Daerah;",
    sumber: "SEED 274",
  },
  {
    nomor: 4,
    teks: "Peraturan Pemerintah Republik Indonesia Nomor 38 Tahun 2007 tentang Urusan Pemerintahan antara Pemerintah, Pemerintah Daerah Provinsi dan Pemerintah Daerah Kabupaten/Kota;",
    sumber: "SEED 278",
  },
  {
    nomor: 5,
    teks: "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP);",
    sumber: "SEED 279",
  },
  {
    nomor: 6,
    teks: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah;",
    sumber: "SEED 280",
  },
  {
    nomor: 7,
    teks: "Peraturan Daerah Kabupaten Batu Bara Nomor 7 Tahun 2016 tentang Pembentukan Perangkat Daerah Kabupaten Batu Bara Sebagaimana telah diubah beberapa kali terakhir dengan peraturan Daerah Kabupaten Batu Bara Nomor 12 Tahun 2023 tentang Perubahan Ketiga atas Peraturan Daerah Kabupaten Batu Bara Nomor 7 Tahun 2016 tentang Pembentukan Perangkat Daerah Kabupaten Batu Bara Tahun 2023(Lembaran Daerah Kabupaten Batu Bara Tahun 2023 Nomor 12);",
    sumber: "SEED 281",
  },
  {
    nomor: 8,
    teks: "Peraturan Bupati Batu Bara Nomor 59 Tahun 2023 Tentang Rincian Tugas dan Fungsi Organisasi Kecamatan Kabupaten Batu Bara.",
    sumber: "SEED 282",
  },
];

export const inovasi: Inovasi[] = [
  {
    nama: "Program One Man One Village",
    deskripsi:
      "Program ini bertujuan untuk membangun komunikasi dua arah antara Kecamatan dan Desa dalam upaya melancarkan penyelenggaraan pemerintahan, pembangunan, pemberdayaan masyarakat dan pelayanan bagi masyarakat di Kecamatan Sei Balai. Program ini mengharuskan setiap ASN di Kecamatan Sei Balai memiliki 1 (satu) Desa Binaan yang kemudian dituangkan dalam bentuk Surat Keputusan Camat Sei Balai. Bentuk kegiatan program ini berupa pertemuan formal/informal yang dilaksanakan secara berkala dengan topik pembahasan disesuaikan dengan situasi dan permasalahan yang ada.",
    sumber: "SEED 559",
  },
];
