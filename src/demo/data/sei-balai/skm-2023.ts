/**
 * Survei Kepuasan Masyarakat 2023 of Kecamatan Sei Balai: 96 respondents, Jan–Des 2023, and the Σ nilai per unsur.
 * The seed prints no raw answers: the sums are the unique integers that reproduce the lampiran's 6-decimal
 * NRR tertimbang (Σ/96 × 0,111), see regulations.md §0. NRR, NRR tertimbang, their total and the IKM are derived:
 * `dicetak` only. Unsur codes follow the questionnaire: u8 = Sarana dan Prasarana, u9 = Penanganan Pengaduan.
 * NOTE: SEED 561-599 (Tabel 3.3), 1817-1845 (lampiran SKM); regulations.md §0, §1.2-1.5.
 */
import type { Dicetak, SurveiSkm, UnsurSurvei } from "../types";

const SUMBER_JUMLAH =
  "Tidak dicetak; dihitung dengan rumus Permenpan RB 14/2017 dari NRR tertimbang 6 desimal (SEED 1835-1843), 96 responden dan bobot 0,111";

function unsur(
  kode: UnsurSurvei["kode"],
  nomor: number,
  labelLampiran: string,
  labelTabel33: string,
  jumlahNilai: number,
  nrr: string,
  nrrTertimbang: string,
): UnsurSurvei {
  const lineLampiran = 1834 + nomor;
  const lineTabel = 566 + nomor;
  const d = (nilai: string, line: number, digits: number): Dicetak => ({
    nilai,
    teks: nilai.replace(".", ","),
    sumber: `SEED ${line}`,
    ...(digits === 6 ? { catatan: "dibulatkan 6 desimal" } : {}),
  });
  return {
    kode,
    nomorKuesioner: nomor,
    labelLampiran,
    labelTabel33,
    jumlahNilai,
    sumberJumlah: SUMBER_JUMLAH,
    dicetak: { nrr: d(nrr, lineLampiran, 2), nrrTertimbang: d(nrrTertimbang, lineLampiran, 6), nrrTabel33: d(nrr, lineTabel, 2) },
  };
}

const u1 = unsur("u1", 1, "Persyaratan Pelayanan", "Persyaratan Pelayanan", 288, "3.00", "0.333000");
u1.analisis = {
  teks: "Hal ini disebabkan karena untuk memperoleh informasi pelayanan, masyarakat harus datang langsung ke Kecamatan Sei Balai dan adakalanya masyarakat datang namun prasyarat yang dibawa masih belum lengkap.",
  sumber: "SEED 584",
};
const u4 = unsur("u4", 4, "Biaya / Tarif Pelayanan", "Biaya/Tarif Pelayanan", 378, "3.94", "0.437063");
u4.analisis = {
  teks: "Hal ini dikarenakan memang tidak ada pelayanan yang ada di Kecamatan Sei Balai yang dikenakan biaya atau tarif pelayanan.",
  sumber: "SEED 584",
};

export const skm2023: SurveiSkm = {
  kode: "skm-sei-balai-2023",
  opdSlug: "kecamatan-sei-balai",
  judulDicetak: "PENGUKURAN INDEKS KEPuasan MASYARAKAT KECAMATAN SEI BALAI",
  periodeMulai: "2023-01-01",
  periodeSelesai: "2023-12-31",
  periodeDicetak: { teks: "01-01-2023 s.d 31-12-2023", sumber: "SEED 1819" },
  jumlahResponden: 96,
  metode: {
    teks: "Survey Kepuasan Masyarakat terhadap pelayanan publik Kecamatan Sei Balai dilakukan dengan cara meminta masyarakat yang datang untuk mengisi aplikasi Survey Kepuasan Masyarakat yang telah disediakan dengan dibantu oleh operator Survey. Adapun jumlah masyarakat yang mengisi aplikasi Survey Kepuasan Masyarakat pada tahun 2023 adalah sebanyak 96 responden. Survey dilaksanakan mulai Bulan Januari dan berakhir pada Bulan Desember 2023.",
    sumber: "SEED 599",
  },
  aplikasi: { teks: "Aplikasi SI SUKMA Kec. Sei Balai", sumber: "SEED 487" },
  unsur: [
    u1,
    unsur("u2", 2, "Prosedur Pelayanan", "Prosedur Pelayanan", 298, "3.10", "0.344563"),
    unsur("u3", 3, "Waktu Pelayanan", "Waktu Pelayanan", 301, "3.14", "0.348031"),
    u4,
    unsur("u5", 5, "Produk Jenis Pelayanan", "Produk Jenis Pelayanan", 293, "3.05", "0.338781"),
    unsur("u6", 6, "Kompetensi Pelaksana", "Kompetensi Pelaksana", 304, "3.17", "0.351500"),
    unsur("u7", 7, "Perilaku Pelaksana Pelayanan", "Prilaku Pelaksana Pelayanan", 312, "3.25", "0.360750"),
    unsur("u8", 8, "Sarana dan Prasarana", "Sarana Dan Prasarana", 293, "3.05", "0.338781"),
    unsur("u9", 9, "Penanganan Pengaduan dan Saran", "Penanganan Pengaduan dan Saran", 318, "3.31", "0.367688"),
  ],
  dicetak: {
    jumlahNrrTertimbang: { nilai: "3.220156", teks: "3,220156", sumber: "SEED 1844" },
    jumlahNrrTertimbangTabel33: { nilai: "3.22", teks: "3,22", sumber: "Tabel 3.3 (SEED 576)" },
    ikm: { nilai: "80.503906", teks: "80,503906", sumber: "SEED 1845" },
    ikmRingkas: { nilai: "80.50", teks: "80,50", sumber: "SEED 1822" },
    ikmTabel33: { nilai: "80.50", teks: "80,50", sumber: "Tabel 3.3 (SEED 578)" },
    mutu: { nilai: "B", teks: "B (BAIK)", sumber: "SEED 1825" },
    mutuTabel33: { nilai: "B", teks: ": B", sumber: "Tabel 3.3 (SEED 579)" },
    kinerjaUnitTabel33: { nilai: "Baik", teks: ": Baik", sumber: "Tabel 3.3 (SEED 580)" },
  },
  catatan:
    "Bobot tidak dicetak; NRR tertimbang yang dicetak hanya cocok dengan bobot 0,111 (bukan 1/9 dari Permenpan RB 14/2017). Urutan dan label unsur mengikuti SEED: no. 8 Sarana dan Prasarana, no. 9 Penanganan Pengaduan dan Saran.",
};
