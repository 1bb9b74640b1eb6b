/**
 * Budget figures printed in Bab II (Tabel 2.3 by belanja class, Tabel 2.4 by program) and the pagu in Bab III.B, for
 * the validator only. The budget itself (anggaran and realisasi per sub-kegiatan) comes from the appendix fixture
 * tests/fixtures/anggaran/sei-balai-2023-pengawasan.tsv, imported elsewhere.
 * NOTE: SEED 395-424, 994.
 */
import type { AnggaranDicetak, BarisAnggaranDicetak } from "../types";

function b(nomorDicetak: string | null, uraian: string, nilai: string, teks: string, line: number, ket?: string): BarisAnggaranDicetak {
  const row: BarisAnggaranDicetak = { nomorDicetak, uraian, anggaran: { nilai, teks, sumber: `SEED ${line}` } };
  if (ket) row.keterangan = ket;
  return row;
}

export const anggaranDicetak: AnggaranDicetak = {
  catatanSumber:
    "Tabel 2.3 dan 2.4 bersumber dari 'DPPA Kecamatan Sei Balai Tahun Anggaran 2023' (DPPA = DPA Perubahan, setelah P-APBD; semua program berketerangan PAPBD).",
  tabel23: {
    judul: "Rencana Anggaran Kecamatan Sei Balai Tahun 2023",
    kolomDicetak: "Belanja Langsung",
    baris: [
      b("1.", "Belanja Operasi", "3093426319.00", "3.093.426.319", 403),
      b(null, "- Belanja Pegawai", "2013689173.00", "2.013.689.173", 404),
      b(null, "- Belanja Barang dan Jasa", "1079737146.00", "1.079.737.146", 405),
      b("2.", "Belanja Modal", "42500000.00", "42.500.000", 406),
      b(null, "- Belanja Modal Peralatan dan Mesin", "42500000.00", "42.500.000", 407),
      b(null, "TOTAL", "3135926319.00", "3.135.926.319", 408),
    ],
    sumberData: { teks: "DPPA Kecamatan Sei Balai Tahun Anggaran 2023", sumber: "SEED 410" },
  },
  tabel24: {
    judul: "Rencana Anggaran Program Kecamatan Sei Balai Tahun 2023",
    baris: [
      b("1.", "Program Penunjang Urusan Pemerintah Daerah Kabupaten/Kota", "2650313819.00", "2.650.313.819", 416, "PAPBD"),
      b("2.", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "13000000.00", "13.000.000", 417, "PAPBD"),
      b("3.", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "268352500.00", "268.352.500", 418, "PAPBD"),
      b("4.", "Program Koordinasi Ketentraman dan Ketertiban Umum", "18800000.00", "18.800.000", 419, "PAPBD"),
      b("5.", "Program Penyelenggaraan Urusan Pemerintahan Umum", "175460000.00", "175.460.000", 420, "PAPBD"),
      b("6.", "Program Pembinaan dan Pengawasan Pemerintahan Desa", "10000000.00", "10.000.000", 421, "PAPBD"),
      b(null, "JUMLAH", "3135926319.00", "3.135.926.319", 422),
    ],
    sumberData: { teks: "DPPA Kecamatan Sei Balai Tahun Anggaran 2023", sumber: "SEED 424" },
  },
  paguNarasi: { nilai: "3135926319.00", teks: "Rp. 3.135.926.319,00", sumber: "SEED 994" },
};
