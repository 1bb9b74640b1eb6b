/**
 * The budget of one OPD and year as flat, storable rows (decimal strings with 2 decimals), independent of the file it
 * came from: nodes of the program → kegiatan → sub-kegiatan tree, cumulative realisasi of one month per
 * sub-kegiatan, anggaran by akun per sub-kegiatan (rincian) and links to Renstra sasaran.
 */
import { type Dec, type DecimalInput, dec, toFixed } from "../shared/decimal";
import type { KodeLevel } from "./kode";
import type { CatatanParse, MetaPengawasan, Temuan } from "./pengawasan-types";
import type { PohonAnggaran } from "./pohon-types";

export interface NodeData {
  /** Canonical code, e.g. "7.01.02.2.02.0003", "X.XX.01". */
  kode: string;
  level: KodeLevel;
  uraian: string;
  /** Sub-kegiatan only (null on program/kegiatan): Rp, "13000000.00". */
  anggaranMurni: string | null;
  anggaranPerubahan: string | null;
  sumberDana: string | null;
}

/** Cumulative realisasi of a sub-kegiatan up to the end of a month, by column (5.1.01 / 5.1.02 / 5.2), Rp. */
export interface RealisasiData {
  kode: string;
  pegawai: string;
  barangJasa: string;
  modal: string;
}

/** Anggaran of a sub-kegiatan for one belanja account (e.g. "5.2.02"), Rp. */
export interface RincianData {
  kode: string;
  akun: string;
  anggaran: string;
}

/** A program / kegiatan / sub-kegiatan supports a Renstra sasaran, named by its code ("S1"). */
export interface TautanSasaran {
  kode: string;
  sasaranKode: string;
}

export type FormatImpor = "pengawasan" | "templat" | "sipd-realisasi";

/** What a parsed file gives. Parts the format does not carry are null / false and keep the stored values. */
export interface DataImpor {
  format: FormatImpor;
  nodes: NodeData[];
  realisasi: RealisasiData[];
  rincian: RincianData[] | null;
  sasaran: TautanSasaran[] | null;
  punya: { anggaranMurni: boolean; anggaranPerubahan: boolean; sumberDana: boolean };
  pohon: PohonAnggaran;
  temuan: Temuan[];
  catatan: CatatanParse[];
  meta: MetaPengawasan | null;
  /**
   * Realisasi totals per sub-kegiatan without the belanja-group split (SIPD "Laporan Realisasi per Sub Kegiatan",
   * ADR 0040): compared with the stored realisasi, never written.
   */
  realisasiTotal?: { kode: string; baris: number; total: string }[];
}

/** What is stored for one OPD and year, with the realisasi of one month. */
export interface DataTersimpan {
  nodes: NodeData[];
  /** Realisasi rows of the month being imported (a sub-kegiatan without a row has none for that month). */
  realisasi: RealisasiData[];
  rincian: RincianData[];
  sasaran: TautanSasaran[];
}

/** numeric(18, 2): at most 16 integer digits. */
const BATAS = dec("1e16");

/** Rupiah as stored: 2 decimals ("13000000.00"). */
export function rupiah(v: DecimalInput): string {
  return toFixed(v, 2);
}

/** Why an amount cannot be stored as numeric(18, 2), or null when it can. */
export function masalahNominal(v: Dec): string | null {
  if (v.decimalPlaces() > 2) return "lebih dari 2 angka desimal";
  if (v.abs().gte(BATAS)) return "terlalu besar (maksimal 16 digit sebelum koma)";
  return null;
}

/** A code segment as a number; the penunjang "X"/"XX" sorts first. */
const angkaSegmen = (s: string | undefined): number => (s === undefined ? -2 : /^x+$/i.test(s) ? -1 : Number(s));

/**
 * Order of the DPA: by code, numerically, with the penunjang X.XX lines before the urusan-specific ones
 * ("X.XX.01" < "7.01.02" < "7.01.02.2.02" < "7.01.02.2.02.0003" < "7.01.03").
 */
export function bandingkanKode(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = angkaSegmen(pa[i]) - angkaSegmen(pb[i]);
    if (d !== 0) return d;
  }
  return 0;
}
