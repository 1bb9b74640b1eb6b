/**
 * The validator over OUR data (issue 14, ADR 0027): a plain snapshot of one OPD and year, gathered by
 * src/services/reviu/kumpulkan-data-reviu.ts from the modules' own read models. Numbers are machine decimal strings
 * ("85.00"); derived values (capaian) come already computed by the rules core (domain/capaian), never typed.
 */
import type { Keparahan, Temuan } from "./jenis";

export interface IndikatorData {
  kode: string;
  nama: string;
  satuan: string;
  sasaranKode: string;
  iku: boolean;
  sumberRealisasi: "manual" | "skm" | "akip";
  /** The year's target as written ("85,00", "80-90", "BB (75,00)"); null = none. */
  target: string | null;
  /** The year's realisasi (machine decimal); null = none. */
  realisasi: string | null;
  /** Last year's realisasi (machine decimal); null = none. */
  realisasiLalu: string | null;
  /** Capaian (%) computed by the rules core, 2 dp; null when target or realisasi is missing or refused. */
  capaian: string | null;
  /** The rules core's refusal (target 0, unreadable target …), Indonesian. */
  galatHitung: string | null;
  /** Evidence files/links attached to the year's realisasi. */
  jumlahBukti: number;
}

export interface PejabatData {
  kode: string;
  nama: string;
  jabatan: string;
  eselon: "I" | "II" | "III" | "IV" | null;
}

export interface PkData {
  pihakPertamaKode: string;
  level: "kepala-daerah" | "kepala-opd" | "eselon-iii" | "eselon-iv";
  versi: "awal" | "perubahan";
  /** Σ of the PK's top-level anggaran rows (machine decimal). */
  jumlahAnggaran: string;
  /** Indicator codes the PK's kinerja rows carry (the IKU rows). */
  indikatorKode: string[];
  /** Number of kinerja rows (sasaran and indicator rows). */
  jumlahBarisKinerja: number;
}

export interface SubKegiatanData {
  kode: string;
  uraian: string;
  anggaran: string;
  realisasi: string;
}

export interface AnggaranData {
  subKegiatan: SubKegiatanData[];
  /** DPA per belanja account (5.1.01 …): its anggaran. */
  rincianAkun: { akun: string; anggaran: string }[];
  /** Budget codes (program/kegiatan) linked to each sasaran. */
  pemetaan: { sasaranKode: string; kode: string[] }[];
}

export interface DesaData {
  nama: string;
  luasHa: string | null;
  lahan: { perkebunanHa: string; pertanianHa: string; perumahanHa: string } | null;
}

/** A figure printed in a source document that differs from what the data holds (catatan sumber). */
export interface AngkaTerbitData {
  kode: string;
  fakta: string;
  tertulis: { teks: string; sumber: string }[];
  dipilih: string | null;
  alasan: string;
  terkait: string | null;
}

export interface SnapshotOpdTahun {
  opdSlug: string;
  opdNama: string;
  tahun: number;
  sasaran: { kode: string; teks: string }[];
  indikator: IndikatorData[];
  pejabat: PejabatData[];
  kepalaOpdKode: string | null;
  pk: PkData[];
  anggaran: AnggaranData | null;
  desa: DesaData[];
  angkaTerbit: AngkaTerbitData[];
}

export interface OpsiPeriksaData {
  /** Capaian above this (%) is a warning (default 150). */
  batasCapaian: number;
  /** A realisasi more than N times (or less than 1/N of) last year's is a warning (default 10). */
  kaliLonjakan: number;
}

export const OPSI_PERIKSA_DATA: OpsiPeriksaData = { batasCapaian: 150, kaliLonjakan: 10 };

export interface HasilPeriksaData {
  opd: string;
  tahun: number;
  temuan: Temuan[];
  ringkasan: Record<Keparahan, number>;
  /** What was checked (counts), for the Pernyataan Telah Direviu. */
  diperiksa: { sasaran: number; indikator: number; pk: number; subKegiatan: number; desa: number };
}
