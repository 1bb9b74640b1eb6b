/**
 * The Inspektorat's covering letter of the AKIP 2023 recap (Lampiran 4 of the LKjIP).
 * NOTE: SEED 1852-1946.
 */
import type { SuratRekapAkip } from "./types";

export const suratRekapAkip2023: SuratRekapAkip = {
  nomor: "700/656/2023",
  tanggal: "2023-09-05",
  tempat: "Mangkai Baru",
  sifat: "Penting",
  lampiran: "38 (Tiga Puluh Delapan) berkas",
  hal: "Laporan Hasil Evaluasi (LHE) AKIP Tahun 2023",
  kepada: "Yth, Sekretaris Daerah Kabupaten Batu Bara C/q Kepala Bagian Organisasi dan Tata Laksana di - Lima Puluh",
  isi: [
    "Sehubungan telah dilaksanakan Evaluasi Akuntabilitas Kinerja Instansi Pemerintah Tahun 2023 pada 38 OPD se-Kabupaten Batu Bara oleh Inspektorat Daerah Kabupaten Batu Bara.",
    "Berkenaan dengan hal tersebut diatas, terlampir kami sampaikan hasil rekapitulasi serta Laporan Hasil Evaluasi (LHE) Akuntabilitas Kinerja Instansi Pemerintah Tahun 2023 pada 38 OPD se-Kabupaten Batu Bara.",
    "Demikian hal ini disampaikan untuk dapat dipergunakan seperlunya dan atas kerjasamanya diucapkan terima kasih..",
  ],
  judulLampiran: "REKAPITULASI EVALUASI SAKIP OPD SE- KABUPATEN BATU BARA TAHUN 2023",
  bobotDicetak: { perencanaan: "30", pengukuran: "30", pelaporan: "15", evaluasi: "25", sumber: "SEED 1898" },
  penandatanganKode: "inspektur-batu-bara",
  jabatanPenandatanganDicetak: [
    { teks: "PI. INSPEKTUR DAERAH KABUPATEN BATU BARA", sumber: "SEED 1883-1884" },
    { teks: "INSPEKTUR DAERAH KABUPATEN BATU BARA", sumber: "SEED 1943-1944" },
  ],
  sumber: "SEED 1852-1893 (surat), 1889-1946 (lampiran)",
};
