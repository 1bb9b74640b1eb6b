/**
 * Plain data the budget services return (API, CLI, web, reports): amounts as decimal strings with 2 decimals
 * ("3135926319.00"), percentages rounded half-up to 2 decimals ("93.56"), null when undefined (anggaran 0).
 */
import type { NilaiAnggaran, NodeAnggaran, PohonAnggaran } from "../../domain/anggaran";
import { type Dec, toFixed } from "../../domain/shared/decimal";

export interface NilaiDto {
  anggaranMurni: string | null;
  anggaranPerubahan: string | null;
  /** Anggaran that counts: perubahan when present, else murni. */
  anggaran: string;
  realisasi: { pegawai: string; barangJasa: string; modal: string };
  totalRealisasi: string;
  /** Serapan % = total realisasi / anggaran × 100, half-up to 2 dp; null when anggaran is 0. */
  serapan: string | null;
  sisa: string;
}

export interface NodeDto extends NilaiDto {
  kode: string;
  level: "program" | "kegiatan" | "sub-kegiatan";
  uraian: string;
  sumberDana: string | null;
  /** Renstra sasaran codes this node supports (directly). */
  sasaran: string[];
  anak: NodeDto[];
}

export const rp = (v: Dec): string => toFixed(v, 2);
export const persen = (v: Dec | null): string | null => (v === null ? null : toFixed(v, 2));

export function nilaiDto(n: NilaiAnggaran): NilaiDto {
  return {
    anggaranMurni: n.anggaranMurni === null ? null : rp(n.anggaranMurni),
    anggaranPerubahan: n.anggaranPerubahan === null ? null : rp(n.anggaranPerubahan),
    anggaran: rp(n.anggaran),
    realisasi: {
      pegawai: rp(n.realisasi.pegawai),
      barangJasa: rp(n.realisasi.barangJasa),
      modal: rp(n.realisasi.modal),
    },
    totalRealisasi: rp(n.totalRealisasi),
    serapan: persen(n.serapan),
    sisa: rp(n.sisa),
  };
}

/** The tree as nested DTOs; `info` adds stored per-node data (sumber dana, sasaran codes). */
export function pohonDto(
  pohon: PohonAnggaran,
  info: (kode: string) => { sumberDana: string | null; sasaran: string[] },
): NodeDto[] {
  const node = (n: NodeAnggaran): NodeDto => ({
    kode: n.kode.canonical,
    level: n.level,
    uraian: n.uraian,
    ...info(n.kode.canonical),
    ...nilaiDto(n),
    anak: n.level === "program" ? n.kegiatan.map(node) : n.level === "kegiatan" ? n.subKegiatan.map(node) : [],
  });
  return pohon.program.map(node);
}
