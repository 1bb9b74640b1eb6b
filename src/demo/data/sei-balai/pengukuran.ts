/**
 * Pengukuran extras of 2023: Tabel 3.16 (program/kegiatan indicators, their printed capaian and the
 * "Menunjang" judgement, linked to the sasaran), and the capaian/efisiensi percentages printed in Bab III tables.
 * Every percentage here is a printed derived number (`dicetak`), never an input.
 * Tabel 3.16 numbers the AKIP sasaran "1" and the IKM sasaran "2" (the PK order is the reverse).
 * NOTE: SEED 957-986 (Tabel 3.16), 479-485, 605-610, 667-672, 706-713, 732-764, 919-937.
 */
import type { AngkaDicetak, IndikatorProgramKegiatan } from "../types";

function pk(
  sasaranKode: string,
  tingkat: "program" | "kegiatan",
  nomorDicetak: string | null,
  programKegiatan: string,
  kodeDppa: string,
  indikator: string,
  line: number,
): IndikatorProgramKegiatan {
  const sumber = `Tabel 3.16 (SEED ${line})`;
  return {
    sasaranKode,
    tingkat,
    nomorDicetak,
    programKegiatan,
    kodeDppa,
    indikator,
    menunjang: true,
    dicetak: { capaian: { nilai: "100", teks: "100", sumber }, menunjang: { teks: "Menunjang", sumber } },
    sumber,
  };
}

export const indikatorProgramKegiatan: IndikatorProgramKegiatan[] = [
  pk("S2", "program", null, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA", "X.XX.01", "Nilai AKIP", 961),
  pk("S2", "kegiatan", null, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "1.2.01", "Persentase Tersusunnya Dokumen Perencanaan Perangkat Daerah", 962),
  pk("S2", "kegiatan", null, "Administrasi Keuangan Perangkat Daerah", "1.2.02", "Persentase Pemenuhan Kebutuhan Administrasi Keuangan Perangkat Daerah", 963),
  pk("S2", "kegiatan", null, "Administrasi umum Perangkat Daerah", "1.2.06", "Persentase Pemenuhan Kebutuhan Kegiatan Administrasi Umum Perangkat Daerah", 964),
  pk("S2", "kegiatan", null, "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "1.2.07", "Persentase Pemenuhan Kebutuhan Barang Milik Daerah Untuk Urusan Kecamatan", 965),
  pk("S2", "kegiatan", null, "Pengadaan Jasa Penunjang Urusan Pemerintahan Daerah", "1.2.08", "Persentase Pemenuhan Kebutuhan Jasa Penunjang Urusan Pemerintahan Daerah", 966),
  pk("S2", "kegiatan", null, "Pemeliharaan Barang Milik Daerah penunjang Urusan pemerintahan Daerah", "1.2.09", "Persentase Barang Milik Daerah yang terpelihara", 967),
  pk("S1", "program", "2.", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "7.01.02", "Persentase Kepuasan Masyarakat terhadap Pelayanan Kecamatan", 972),
  pk("S1", "kegiatan", null, "Penyelenggaraan Urusan Pemerintah yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan", "2.2.02", "Indeks Kepuasan Masyarakat", 973),
  pk("S1", "program", "3.", "PROGRAM PEMBERDAYAAN DESA DAN KELURAHAN", "7.01.03", "Persentase Partisipasi Masyarakat/ Desa dalam Pembangunan", 974),
  pk("S1", "kegiatan", null, "Koordinasi Kegiatan Pemberdayaan Desa", "3.2.01", "Persentase Masyarakat Desa yang diberdayakan", 975),
  pk("S1", "kegiatan", null, "Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan", "3.2.06", "Persentase Masyarakat Desa yang diberdayakan", 976),
  pk("S1", "program", "4.", "PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM", "7.01.04", "Jumlah Desa yang kondisinya aman dan kondusif", 977),
  pk("S1", "kegiatan", null, "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", "4.2.01", "Jumlah Gangguan Ketenteraman dan Ketertiban Umum yang diselesaikan", 978),
  pk("S1", "program", "5.", "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", "7.01.05", "Persentase Partisipasi Masyarakat/Desa dalam Pembangunan", 983),
  pk("S1", "kegiatan", null, "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "5.2.01", "Jumlah Masyarakat/Desa yang ikut dalam Kegiatan Kecamatan yang dilimpahkan oleh Kepala Daerah", 984),
  pk("S1", "program", "6.", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", "7.01.06", "PERSENTASE PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", 985),
  pk("S1", "kegiatan", null, "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "6.2.01", "Persentase Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", 986),
];

function a(besaran: string, nilai: string, teks: string, sumber: string): AngkaDicetak {
  return { besaran, nilai, teks, sumber };
}

/** Percentages and categories printed in the Bab III tables (derived; for the validator). */
export const tabelDicetak: AngkaDicetak[] = [
  a("capaian IKM 2023 (%)", "94.71", "94,71%", "Tabel 3.2 (SEED 484)"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53%", "Tabel 3.2 (SEED 485)"),
  a("capaian IKM 2023 (%)", "94.71", "94,71%", "Tabel 3.5 (SEED 610)"),
  a("kategori capaian IKM 2023", "Baik", "Baik", "Tabel 3.5 (SEED 610)"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53%", "Tabel 3.7 (SEED 672)"),
  a("capaian IKM 2022 (%)", "112.25", "112,25 %", "Tabel 3.9 (SEED 712)"),
  a("capaian IKM 2023 (%)", "94.71", "94,71%", "Tabel 3.9 (SEED 712)"),
  a("capaian Nilai AKIP 2022 (%)", "98.85", "98,85%", "Tabel 3.9 (SEED 713)"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53%", "Tabel 3.9 (SEED 713)"),
  a("capaian IKM 2019 (%)", "100.27", "100.27%", "Tabel 3.10 (SEED 738)"),
  a("capaian IKM 2020 (%)", "102.99", "102.99%", "Tabel 3.10 (SEED 738)"),
  a("capaian IKM 2021 (%)", "99.97", "99,97%", "Tabel 3.10 (SEED 738)"),
  a("capaian IKM 2022 (%)", "112.25", "112,25%", "Tabel 3.10 (SEED 738)"),
  a("capaian IKM 2023 (%)", "94.71", "94,71%", "Tabel 3.10 (SEED 738)"),
  a("capaian Nilai AKIP 2019 (%)", "100", "100%", "Tabel 3.11 (SEED 764)"),
  a("capaian Nilai AKIP 2020 (%)", "100", "100%", "Tabel 3.11 (SEED 764)"),
  a("capaian Nilai AKIP 2021 (%)", "100", "100%", "Tabel 3.11 (SEED 764)"),
  a("capaian Nilai AKIP 2022 (%)", "98.85", "98,85%", "Tabel 3.11 (SEED 764)"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53%", "Tabel 3.11 (SEED 764)"),
  a("capaian IKM 2023 (%)", "94.71", "94,71", "Tabel 3.14 (SEED 923)"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53", "Tabel 3.14 (SEED 924)"),
  a("capaian IKM 2023 (%)", "94.71", "94,71", "Tabel 3.15 (SEED 936)"),
  a("penyerapan anggaran sasaran 1 (%)", "91.46", "91,46", "Tabel 3.15 (SEED 936)"),
  a("tingkat efisiensi sasaran 1", "3.25", "3,25", "Tabel 3.15 (SEED 936)"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53", "Tabel 3.15 (SEED 937)"),
  a("penyerapan anggaran sasaran 2 (%)", "93.45", "93,45", "Tabel 3.15 (SEED 937)"),
  a("tingkat efisiensi sasaran 2", "0.08", "0,08", "Tabel 3.15 (SEED 937)"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53", "Tabel 3.16 (SEED 961)"),
  a("capaian IKM 2023 (%)", "94.71", "94,71", "Tabel 3.16 (SEED 972)"),
];
