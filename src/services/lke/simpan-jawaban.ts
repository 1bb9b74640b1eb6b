/**
 * Saving answers of an LKE: one or many kriteria of one side (self-assessment by the OPD in draft, evaluator in
 * diajukan), validated against the framework (known kriteria code, answer in the scale, a typed value equal to the
 * answer's and not over 100), then the worksheet's values are recomputed and returned. Audited; all-or-nothing.
 * Permissions: mandiri → evaluasi.isi; evaluator → evaluasi.nilai.
 */
import type { ServiceContext } from "../context";
import type { LingkupOpd } from "../bersama/lingkup";

export interface JawabanMasukan {
  kode: string;
  jawaban: string | null;
  nilai?: number | string | null;
  alasan?: string | null;
  catatan?: string | null;
}

export interface SimpanJawabanMasukan {
  sisi: "mandiri" | "evaluator";
  versi?: number;
  jawaban: JawabanMasukan[];
}

export async function simpanJawabanLke(
  _ctx: ServiceContext,
  _lingkup: LingkupOpd,
  _tahun: number,
  _m: SimpanJawabanMasukan,
): Promise<{ versi: number; diubah: number; nilai: unknown }> {
  throw new Error("belum diimplementasikan");
}

export async function simpanCatatanKomponen(
  _ctx: ServiceContext,
  _lingkup: LingkupOpd,
  _tahun: number,
  _m: { komponen: string; catatan: string; versi?: number },
): Promise<{ versi: number }> {
  throw new Error("belum diimplementasikan");
}
