/**
 * PK Perubahan 2023 of the Kepala Seksi Tata Pemerintahan (eselon IV) with the Camat.
 * The sub-kegiatan name differs from the DPPA's 2.2.02.3 (konflik pk-kasi-pemerintahan-subkegiatan).
 * NOTE: SEED 1418-1495; DPPA SEED 1760-1766.
 */
import type { PerjanjianKinerja } from "../../types";
import { CAMAT_JABATAN, CAMAT_NAMA, CAMAT_NIP, anggaran, kinerja, ttd } from "./bantu";

const JABATAN = "KEPALA SEKSI TATA PEMERINTAHAN KECAMATAN SEI BALAI KABUPATEN BATU BARA";

export const pkKasiPemerintahan: PerjanjianKinerja = {
  kode: "pk-2023-perubahan-kasi-pemerintahan",
  tahun: 2023,
  jenis: "perubahan",
  level: "eselon-iv",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: [
    "PERNYATAAN PERUBAHAN PERJANJIAN KINERJA ESELON IV KECAMATAN SEI BALAI KABUPATEN BATU BARA TAHUN 2023",
    "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA PEGAWAI KEPALA SEKSI TATA PEMERINTAHAN KECAMATAN SEI BALAI KABUPATEN BATU BARA",
  ],
  pihakPertama: {
    pejabatKode: "kasi-pemerintahan",
    pernyataan: { nama: "RAHMADANIAH, S.E.", jabatan: "KEPALA SEKSI TATA PEMERINTAHAN", sumber: "SEED 1424-1425" },
    tandaTangan: [
      ttd("RAHMADANIAH, SE", JABATAN, "1448-1457", "Penata Tk. I", "NIP.19721122 2011011 2 002"),
      ttd("RAHMADANIAH, SE", JABATAN, "1486-1495", "Penata Tk. I", "NIP. 19721122 2011011 2 002"),
    ],
  },
  pihakKedua: {
    pejabatKode: "camat",
    pernyataan: { nama: CAMAT_NAMA, jabatan: CAMAT_JABATAN, sumber: "SEED 1428-1429" },
    tandaTangan: [
      ttd(CAMAT_NAMA, CAMAT_JABATAN, "1438-1446", "Rembina", "NIP. 19770615 201001 1 013"),
      ttd(CAMAT_NAMA, CAMAT_JABATAN, "1476-1484", "Pembina", CAMAT_NIP),
    ],
  },
  tempat: "Sei Balai",
  tanggal: "2023-10-09",
  tempatTanggalSumber: "SEED 1436, 1474",
  kolomDicetak: { sasaran: "SASARAN", anggaran: "KEGIATAN" },
  kinerja: [
    kinerja(
      "1.",
      "sasaran-kegiatan",
      "Diketuainya Indeks Kepuasan Masyarakat",
      "Indeks Kepuasan Masyarakat",
      "Nilai",
      { teks: "85,00", nilai: "85.00", iku: "ikm" },
      1466,
      [
        kinerja(
          null,
          "sasaran-sub-kegiatan",
          "Terlaksananya Survey Kepuasan Masyarakat",
          "Jumlah Laporan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan",
          "Laporan",
          { teks: "1", nilai: "1" },
          1467,
        ),
      ],
    ),
  ],
  anggaran: [
    anggaran(
      "1.",
      "kegiatan",
      "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan",
      "13000000.00",
      "2.2.02",
      1470,
      [
        anggaran(
          null,
          "sub-kegiatan",
          "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan",
          "13000000.00",
          "2.2.02.3",
          1471,
        ),
      ],
    ),
  ],
  dicetak: { jumlahAnggaran: { nilai: "13000000.00", teks: "13.000.000", sumber: "SEED 1472" } },
  sumber: "SEED 1418-1495",
};
