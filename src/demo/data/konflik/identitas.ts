/**
 * Konflik about people and dates: names, gelar, NIP, pangkat, jabatan, unit names.
 * NOTE: SEED lines given per value.
 */
import type { Konflik } from "../types";
import { konflik as k } from "./bantu";

export const konflikIdentitas: Konflik[] = [
  k(
    "nama-camat",
    "salah-ketik",
    "Nama Camat Sei Balai",
    [
      ["WALI WALA AZAHARI SAGALA", "30, 1054, 1082, 1133, 1153, 1188, 1428, 1444, 1482, 1511, 1529, 1572, 1601, 1620, 1812"],
      ["WALI WALI AZAHARI SAGALA", "1115, 1690"],
    ],
    "WALI WALA AZAHARI SAGALA",
    "Dicetak 15 kali sebagai WALA, termasuk kata pengantar dan semua pernyataan PK; WALI hanya pada dua blok tanda tangan lampiran.",
    "pejabat:camat",
  ),
  k(
    "gelar-camat",
    "kontradiksi",
    "Gelar Camat",
    [
      ["S.Pd, MH", "30, 1054, 1082, 1115 dan blok PK lainnya"],
      ["S.Pd", "1812 (Laporan Pengawasan Anggaran)"],
    ],
    "S.Pd, MH",
    "Kata pengantar dan seluruh PK mencetak S.Pd, MH; lampiran anggaran menghilangkan MH.",
    "pejabat:camat",
  ),
  k(
    "nip-camat-19770615",
    "kontradiksi",
    "NIP Camat",
    [
      ["NIP. 19770515 201001 1 013", "1084, 1117, 1156, 1190, 1484, 1531, 1574, 1622, 1692"],
      ["NIP197705152010011013", "1813"],
      ["NIP. 19770515 201001 1 0 13", "33 (spasi di nomor urut, digit sama)"],
      ["NIP. 19770615 201001 1 013", "1446"],
    ],
    "197705152010011013",
    "11 dari 12 cetakan memberi tanggal lahir 19770515; 19770615 hanya di blok tanda tangan pernyataan PK Kasi Tata Pemerintahan.",
    "pejabat:camat",
  ),
  k(
    "pangkat-camat-rembina",
    "salah-ketik",
    "Pangkat Camat",
    [
      ["Pembina / PEMBINA", "31, 1083, 1116, 1154, 1189, 1483, 1530, 1573, 1621, 1691"],
      ["Rembina", "1445"],
    ],
    "Pembina",
    "'Rembina' bukan pangkat; salah ketik 'Pembina'.",
    "pejabat:camat",
  ),
  k(
    "nama-bupati",
    "salah-ketik",
    "Nama Bupati Batu Bara pada PK Camat",
    [
      ["Ir. H. ZAHIR, MAP", "1060, 1075"],
      ["Ir. R. ZAHIR, MAP", "1109"],
    ],
    "Ir. H. ZAHIR, MAP",
    "Pernyataan dan tanda tangan pertama mencetak 'H.'; 'R.' hanya pada tanda tangan lampiran.",
    "pejabat:bupati-batu-bara",
  ),
  k(
    "nama-sekretaris",
    "salah-ketik",
    "Nama Sekretaris Kecamatan",
    [
      ["RIDUAN OBERLIN BUTAR-BUTAR", "1127, 1153, 1188, 1303, 1335, 1358, 1400"],
      ["RIDUAN OBERLIN BUTAR BUTAR", "1214, 1231"],
    ],
    "RIDUAN OBERLIN BUTAR-BUTAR",
    "Mayoritas cetakan, termasuk pernyataan PK-nya sendiri, memakai tanda hubung.",
    "pejabat:sekretaris",
  ),
  k(
    "gelar-sekretaris",
    "kontradiksi",
    "Gelar Sekretaris Kecamatan",
    [
      ["S.S., M.M.", "1127"],
      ["SS., MM", "1153, 1188, 1214, 1231, 1303, 1335, 1358, 1400"],
    ],
    "S.S., M.M.",
    "Bentuk pada pernyataan PK Sekretaris sendiri dan bentuk baku singkatan gelar; bentuk lain disimpan di cetakan.",
    "pejabat:sekretaris",
  ),
  k(
    "nama-tiemas",
    "salah-ketik",
    "Nama Kepala Subbagian Umum dan Kepegawaian",
    [
      ["TIEMAS HARAHAHAP", "1208, 1241"],
      ["TIEMAS HARAHAP", "1317"],
    ],
    "TIEMAS HARAHAP",
    "Harahap adalah marga; 'HARAHAHAP' mengulang satu suku kata. Cetakan salah justru mayoritas: perlu konfirmasi operator.",
    "pejabat:kasubbag-umum",
  ),
  k(
    "gelar-rahmadaniah",
    "salah-ketik",
    "Gelar Kepala Seksi Tata Pemerintahan",
    [
      ["S.E.", "1424"],
      ["SE", "1455, 1493"],
    ],
    "S.E.",
    "Bentuk pada pernyataan PK; bentuk lain disimpan di cetakan.",
    "pejabat:kasi-pemerintahan",
  ),
  k(
    "nip-rahmadaniah",
    "salah-ketik",
    "NIP Kepala Seksi Tata Pemerintahan (19 digit)",
    [
      ["NIP.19721122 2011011 2 002", "1457"],
      ["NIP. 19721122 2011011 2 002", "1495"],
    ],
    "197211222011012002",
    "NIP = 8 digit tanggal lahir + 6 digit TMT (tahun-bulan) + 1 jenis kelamin + 3 nomor urut = 18. Segmen TMT tercetak 7 digit '2011011'; dibaca '201101' (angka 1 terketik dua kali). Alternatif 201011 atau 201111 sama mungkinnya: konfirmasi ke BKPSDM.",
    "pejabat:kasi-pemerintahan",
  ),
  k(
    "jabatan-surung",
    "kontradiksi",
    "Jabatan/nama seksi Surung Bintara Putra Situmorang",
    [
      ["KEPALA SEKSI PELAYANAN MASYARAKAT, KETENTRAMAN DAN KETERTIBAN UMUM", "1507 (pernyataan)"],
      ["KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", "1534-1535, 1544, 1577-1578 (tanda tangan dan judul lampiran)"],
      ["Seksi Pelayanan Masyarakat, Ketentraman dan Ketertiban Umum", "266 (Bab I)"],
    ],
    "Kepala Seksi Pelayanan Masyarakat, Ketentraman dan Ketertiban Umum",
    "Pernyataan PK sesuai susunan organisasi Bab I; blok tanda tangan memakai nama seksi yang lebih pendek.",
    "pejabat:kasi-pelayanan-trantib",
  ),
  k(
    "pangkat-surung",
    "tidak-lazim",
    "Pangkat Kepala Seksi Pelayanan Masyarakat, Ketentraman dan Ketertiban Umum",
    [["Pembina", "1540, 1583"]],
    "Pembina",
    "Dicetak konsisten, tetapi tidak lazim: pejabat eselon IV dengan TMT CPNS Januari 2011 (NIP 19850114 201101 1 008) berpangkat Pembina (IV/a); kata yang sama dengan pangkat Camat di blok sebelahnya. Disimpan seperti dicetak; perlu konfirmasi.",
    "pejabat:kasi-pelayanan-trantib",
  ),
  k(
    "unit-subbag-umum",
    "kontradiksi",
    "Nama Sub Bagian Umum",
    [
      ["Sub Bagian Umum", "259 (Bab I)"],
      ["SUBBAGIAN UMUM DAN KEPEGAWAIAN", "1210, 1236-1237, 1246 (PK)"],
    ],
    "Sub Bagian Umum",
    "Nama unit mengikuti Bab I (susunan organisasi); jabatan pejabatnya mengikuti PK (Kepala Subbagian Umum dan Kepegawaian).",
    "unit:subbag-umum",
  ),
  k(
    "unit-seksi-pemerintahan",
    "kontradiksi",
    "Nama Seksi Pemerintahan",
    [
      ["Seksi Pemerintahan", "262 (Bab I)"],
      ["SEKSI TATA PEMERINTAHAN", "1425, 1449-1450, 1460 (PK); 181 (Sumber Data Tabel 1.1)"],
    ],
    "Seksi Pemerintahan",
    "Nama unit mengikuti Bab I; jabatan pejabatnya mengikuti PK (Kepala Seksi Tata Pemerintahan).",
    "unit:seksi-pemerintahan",
  ),
  k(
    "jabatan-inspektur",
    "kontradiksi",
    "Jabatan penandatangan surat Inspektorat",
    [
      ["PI. INSPEKTUR DAERAH KABUPATEN BATU BARA", "1883"],
      ["INSPEKTUR DAERAH KABUPATEN BATU BARA", "1943"],
    ],
    "Inspektur Daerah Kabupaten Batu Bara",
    "Lampiran rekap ditandatangani sebagai Inspektur Daerah; 'PI.' pada surat mungkin 'Plt.' dan tidak dapat dipastikan.",
    "pejabat:inspektur-batu-bara",
  ),
  k(
    "tanggal-kata-pengantar",
    "salah-ketik",
    "Tanggal kata pengantar",
    [["Sei Balai, 18 Febuari 2024", "26"]],
    "2024-02-18",
    "'Febuari' = Februari.",
    "teks:kata-pengantar",
  ),
];
