/**
 * Types of the "Laporan Pengawasan Anggaran Definitif per Sub Kegiatan" parser and its reconciliation.
 * NOTE: layout of SEED 1709-1807 (appendix of the LKjIP).
 */
import type { Dec } from "../shared/decimal";
import type { Kode } from "./kode";
import type { PohonAnggaran } from "./pohon-types";

/** Amount columns of the report. */
export type KolomNilai =
  "anggaran" | "anggaranMurni" | "anggaranPerubahan" | "pegawai" | "barangJasa" | "modal" | "total" | "persen" | "sisa";

export type Kolom = "kode" | "uraian" | KolomNilai;

/** Column names as printed, used in findings and errors. */
export const NAMA_KOLOM: Readonly<Record<Kolom, string>> = {
  kode: "KODE",
  uraian: "URAIAN",
  anggaran: "ANGGARAN",
  anggaranMurni: "ANGGARAN MURNI",
  anggaranPerubahan: "ANGGARAN PERUBAHAN",
  pegawai: "REALISASI PEGAWAI",
  barangJasa: "REALISASI BARANG & JASA",
  modal: "REALISASI MODAL",
  total: "REALISASI TOTAL",
  persen: "%",
  sisa: "SISA ANGGARAN",
};

/** A printed amount: the cell text and its value. */
export interface NilaiCetak {
  teks: string;
  nilai: Dec;
}

export type NilaiBaris = Partial<Record<KolomNilai, NilaiCetak>>;

interface BarisBase {
  /** 1-based row number in the input. */
  baris: number;
  uraian: string;
  /** Printed amounts of the row (empty cells left out). */
  nilai: NilaiBaris;
}

/** A parsed content row; repeated page headers, blank rows and wrapped continuation lines are not rows here. */
export type BarisPengawasan =
  | (BarisBase & { jenis: "program" | "kegiatan" | "sub-kegiatan"; kode: Kode })
  | (BarisBase & {
      jenis: "total-kegiatan" | "total-program";
      /** Name after "TOTAL KEGIATAN"/"TOTAL PROGRAM". */ nama: string;
    })
  | (BarisBase & { jenis: "jumlah" });

/** Malformed input: the caller rejects the whole file. */
export interface KesalahanBaris {
  /** 1-based row number in the input. */
  baris: number;
  /** Column name as printed (KODE, URAIAN, ANGGARAN, REALISASI PEGAWAI, ...). */
  kolom: string;
  /** The cell text at fault. */
  nilai: string;
  /** Stable code, e.g. "bukan_angka", "nilai_negatif", "kode_tidak_valid". */
  kode: string;
  /** Indonesian message naming row, column and value. */
  pesan: string;
}

export type JenisTemuan =
  /** A printed total disagrees with the sum of its sub-kegiatan. */
  | "jumlah_anak"
  /** A printed row disagrees with its own arithmetic (total = p + b + m, sisa = anggaran − total, % = total/anggaran). */
  | "aritmetika_baris"
  /** A program or kegiatan (or the Jumlah) has no printed total row. */
  | "total_tidak_ada"
  /** A total row is printed away from its node (e.g. after the next PROGRAM header). */
  | "total_salah_tempat"
  /** A TOTAL row whose name matches no program/kegiatan. */
  | "total_tanpa_node"
  /** Two total rows for the same node. */
  | "total_ganda"
  /** A sub-kegiatan or kegiatan whose program/kegiatan header row is not in the report. */
  | "induk_tidak_ada"
  /** A figure of a printed summary table (Tabel 2.3/2.4/3.17/3.18) disagrees with the computed one. */
  | "tabel_berbeda"
  /** Σ anggaran by akun (rincian) of a sub-kegiatan disagrees with its anggaran (import template). */
  | "rincian_berbeda"
  /** The file names another unit organisasi than the OPD it is imported for (code or "Unit Organisasi" line). */
  | "unit_berbeda"
  /** A code inside the coverage of the nomenclature version in force that is not in its list (ADR 0040). */
  | "kode_tidak_dikenal"
  /** A known code whose name differs from the official one of the version in force (ADR 0040). */
  | "nama_berbeda"
  /** A SIPD realisasi total differs from the stored realisasi of the sub-kegiatan (ADR 0040). */
  | "realisasi_sipd_berbeda";

/** A reconciliation finding: the file is accepted, the finding is reported. */
export interface Temuan {
  jenis: JenisTemuan;
  /** 1-based row number in the input (null for a missing Jumlah row). */
  baris: number | null;
  /** Column name as printed, null when the finding is about a whole row. */
  kolom: string | null;
  /** Canonical code of the node concerned ("" for the OPD total). */
  kode: string | null;
  /** Printed cell text, null when nothing is printed. */
  nilaiCetak: string | null;
  /** Computed value, id-ID format ("1.911.740.960,00", "96,68"); null when undefined (serapan of anggaran 0). */
  nilaiHitung: string | null;
  /** Indonesian message. */
  pesan: string;
}

/** Something the parser did that the operator should know (merged wrapped line, truncated name matched). */
export interface CatatanParse {
  baris: number;
  pesan: string;
}

export interface MetaPengawasan {
  /** Title lines above the table, e.g. "PEMERINTAH KABUPATEN BATU BARA". */
  judul: string[];
  unitOrganisasi?: string;
  subUnit?: string;
  /** As printed, e.g. "31 Desember 2023". */
  perTanggal?: string;
}

export interface HasilPengawasan {
  meta: MetaPengawasan;
  /** Tree built from sub-kegiatan rows (the source of truth). */
  pohon: PohonAnggaran;
  baris: readonly BarisPengawasan[];
  temuan: readonly Temuan[];
  catatan: readonly CatatanParse[];
}

export interface OpsiPengawasan {
  /**
   * What a single "ANGGARAN" column holds. Default "perubahan": the report is the anggaran *definitif*
   * (SEED 1710) and Tabel 2.4 marks every program "PAPBD" (SEED 412-422).
   */
  anggaranKolomTunggal?: "murni" | "perubahan";
}
