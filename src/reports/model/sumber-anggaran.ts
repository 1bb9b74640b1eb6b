/**
 * Budget part of SumberLkjip: the sub-kegiatan rows of the Laporan Pengawasan Anggaran (anggaran and realisasi by
 * belanja class), the program/kegiatan names, and the DPA anggaran per account (for the by-class tables).
 * NOTE: SEED 1709-1807 (appendix), 399-424 (Tabel 2.3/2.4); regulations.md §5.
 */
import type { Angka } from "./sumber-angka";

export interface SubKegiatanSumber {
  /** Any code form src/domain/anggaran parseKode accepts (seed print, full nomenclature). */
  kode: string;
  uraian: string;
  /** Anggaran that counts (after P-APBD when there was one), Rp. */
  anggaran: Angka;
  realisasi: { pegawai: Angka; barangJasa: Angka; modal: Angka };
}

export interface AnggaranSumber {
  /** "31 Desember 2023". */
  perTanggal: string | null;
  /** "APBD" or "PAPBD": the budget the figures belong to (Keterangan column). */
  keterangan: string;
  /** Where the figures come from, printed under the tables. */
  sumberData: { rencana: string | null; realisasi: string | null };
  /** Program and kegiatan names by code. */
  label: { kode: string; uraian: string }[];
  subKegiatan: SubKegiatanSumber[];
  /** DPA/DPPA anggaran per belanja account (5.1.01, 5.1.02, 5.2.02 ...); realisasi optional. */
  rincianAkun: { akun: string; anggaran: Angka; realisasi?: Angka }[];
  /** Signature of the appendix (place, date, pejabat kode). */
  penandatangan: { tempat: string; tanggal: string; pejabatKode: string } | null;
}

/** Which programs/kegiatan (budget codes) serve a sasaran: the basis of its serapan in the efisiensi analysis. */
export interface PemetaanSasaranSumber {
  sasaranKode: string;
  kode: string[];
}
