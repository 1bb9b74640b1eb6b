/**
 * Types of the anggaran tree: program → kegiatan → sub-kegiatan, every node carrying its rolled-up amounts.
 */
import type { Dec, DecimalInput } from "../shared/decimal";
import type { KelompokRealisasi } from "./belanja-kelas";
import type { Kode } from "./kode";

export type RealisasiPerKelompok = Readonly<Record<KelompokRealisasi, Dec>>;

export interface NilaiAnggaran {
  /** Σ anggaran murni (absent murni counts 0); null when no sub-kegiatan below has a murni figure. */
  anggaranMurni: Dec | null;
  /** Σ anggaran perubahan (absent perubahan counts its murni); null when no sub-kegiatan below has one. */
  anggaranPerubahan: Dec | null;
  /** Anggaran that counts: Σ (perubahan when present, else murni), Rp. */
  anggaran: Dec;
  /** Realisasi by column: pegawai (5.1.01), barang dan jasa (5.1.02), modal (5.2), Rp. */
  realisasi: RealisasiPerKelompok;
  /** pegawai + barangJasa + modal, Rp. */
  totalRealisasi: Dec;
  /** totalRealisasi / anggaran × 100, exact; null when anggaran is 0. Round with serapanTampil for display. */
  serapan: Dec | null;
  /** anggaran − totalRealisasi, Rp. */
  sisa: Dec;
}

export interface NodeSubKegiatan extends NilaiAnggaran {
  level: "sub-kegiatan";
  kode: Kode;
  uraian: string;
}

export interface NodeKegiatan extends NilaiAnggaran {
  level: "kegiatan";
  kode: Kode;
  uraian: string;
  subKegiatan: readonly NodeSubKegiatan[];
}

export interface NodeProgram extends NilaiAnggaran {
  level: "program";
  kode: Kode;
  uraian: string;
  kegiatan: readonly NodeKegiatan[];
}

export type NodeAnggaran = NodeProgram | NodeKegiatan | NodeSubKegiatan;

export interface PohonAnggaran extends NilaiAnggaran {
  program: readonly NodeProgram[];
  /** Every node by canonical code. */
  indeks: ReadonlyMap<string, NodeAnggaran>;
}

/** One sub-kegiatan (leaf): its amounts are the source of truth of every roll-up. */
export interface SubKegiatanInput {
  kode: Kode | string;
  uraian: string;
  anggaranMurni?: DecimalInput | null;
  anggaranPerubahan?: DecimalInput | null;
  /** Missing classes count 0. */
  realisasi: Partial<Record<KelompokRealisasi, DecimalInput>>;
}

/** Name of a program or kegiatan (the header rows of the report). */
export interface LabelInput {
  kode: Kode | string;
  uraian: string;
}
