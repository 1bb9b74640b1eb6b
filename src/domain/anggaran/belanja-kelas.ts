/**
 * Klasifikasi belanja (kode rekening akun 5) as data. NOTE: regulations.md §5 "Belanja"; [V]/[M] confidence as there.
 * The seed's realisasi columns map PEGAWAI = 5.1.01, BARANG & JASA = 5.1.02, MODAL = 5.2 (SEED 1718-1719).
 */
import type { RuleVersion } from "../shared/rule-version";

/** The three realisasi columns of the Laporan Pengawasan Anggaran (SEED 1718-1719). */
export type KelompokRealisasi = "pegawai" | "barangJasa" | "modal";

export interface KelasBelanja {
  /** Kode rekening, e.g. "5.1.02.03". */
  kode: string;
  label: string;
  /** Realisasi column this class (and its sub-accounts) is reported in; null = none of the three. */
  kelompok: KelompokRealisasi | null;
  /** Confidence tag from regulations.md: V = confirmed, M = remembered, to verify against the JDIH PDF. */
  keyakinan: "V" | "M";
}

const KELAS: readonly KelasBelanja[] = [
  { kode: "5", label: "Belanja Daerah", kelompok: null, keyakinan: "V" },
  { kode: "5.1", label: "Belanja Operasi", kelompok: null, keyakinan: "V" },
  { kode: "5.1.01", label: "Belanja Pegawai", kelompok: "pegawai", keyakinan: "V" },
  { kode: "5.1.02", label: "Belanja Barang dan Jasa", kelompok: "barangJasa", keyakinan: "V" },
  { kode: "5.1.02.01", label: "Belanja Barang", kelompok: "barangJasa", keyakinan: "V" },
  { kode: "5.1.02.02", label: "Belanja Jasa", kelompok: "barangJasa", keyakinan: "V" },
  { kode: "5.1.02.03", label: "Belanja Pemeliharaan", kelompok: "barangJasa", keyakinan: "V" },
  { kode: "5.1.02.04", label: "Belanja Perjalanan Dinas", kelompok: "barangJasa", keyakinan: "V" },
  { kode: "5.1.03", label: "Belanja Bunga", kelompok: null, keyakinan: "M" },
  { kode: "5.1.04", label: "Belanja Subsidi", kelompok: null, keyakinan: "M" },
  { kode: "5.1.05", label: "Belanja Hibah", kelompok: null, keyakinan: "V" },
  { kode: "5.1.06", label: "Belanja Bantuan Sosial", kelompok: null, keyakinan: "M" },
  { kode: "5.2", label: "Belanja Modal", kelompok: "modal", keyakinan: "V" },
  { kode: "5.2.01", label: "Belanja Modal Tanah", kelompok: "modal", keyakinan: "V" },
  { kode: "5.2.02", label: "Belanja Modal Peralatan dan Mesin", kelompok: "modal", keyakinan: "V" },
  { kode: "5.2.03", label: "Belanja Modal Gedung dan Bangunan", kelompok: "modal", keyakinan: "V" },
  { kode: "5.2.04", label: "Belanja Modal Jalan, Jaringan dan Irigasi", kelompok: "modal", keyakinan: "V" },
  { kode: "5.2.05", label: "Belanja Modal Aset Tetap Lainnya", kelompok: "modal", keyakinan: "V" },
  // NOTE: regulations.md §5 — sources differ on the label of 5.2.06 (Aset Lainnya / Aset Tidak Berwujud).
  { kode: "5.2.06", label: "Belanja Modal Aset Lainnya", kelompok: "modal", keyakinan: "V" },
  { kode: "5.3", label: "Belanja Tidak Terduga", kelompok: null, keyakinan: "V" },
  { kode: "5.3.01", label: "Belanja Tidak Terduga", kelompok: null, keyakinan: "V" },
  { kode: "5.4", label: "Belanja Transfer", kelompok: null, keyakinan: "V" },
  { kode: "5.4.01", label: "Belanja Bagi Hasil", kelompok: null, keyakinan: "M" },
  { kode: "5.4.02", label: "Belanja Bantuan Keuangan", kelompok: null, keyakinan: "M" },
];

/** Klasifikasi belanja Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021. */
export const KLASIFIKASI_BELANJA_90_2019: RuleVersion<readonly KelasBelanja[]> = {
  id: "belanja-permendagri-90-2019-kepmendagri-050-5889-2021",
  area: "klasifikasi-belanja",
  label: "Klasifikasi belanja Permendagri 90/2019 (pemutakhiran Kepmendagri 050-5889/2021)",
  source: {
    regulasi: "Permendagri Nomor 90 Tahun 2019; Kepmendagri Nomor 050-5889 Tahun 2021",
    pasal: "Lampiran, Klasifikasi Belanja (akun 5)",
    catatan: "5.1.03, 5.1.04, 5.1.06, 5.4.01, 5.4.02 belum diverifikasi terhadap PDF JDIH (regulations.md §5 [M])",
  },
  value: KELAS,
};
