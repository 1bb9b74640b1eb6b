/**
 * The keyboard-only paper entry grid, as pure logic: one row per paper questionnaire, nine answer digits (1–4) and the
 * respondent profile of the Lampiran (umur, jenis kelamin, pendidikan, pekerjaan; regulations.md §1.4).
 * A digit 1–4 in an unsur cell moves on by itself; Enter/Tab move to the next cell (a new row after the last one),
 * Shift+Enter/Shift+Tab back, arrows up/down by row. Every cell is checked as typed; saving sends all rows or none.
 */
import { KODE_UNSUR, type KodeUnsur } from "../../../domain/ikm/unsur";

export const KOLOM_PROFIL = ["umur", "jenisKelamin", "pendidikan", "pekerjaan"] as const;
export type KolomProfil = (typeof KOLOM_PROFIL)[number];
export type Kolom = KodeUnsur | KolomProfil;
export const KOLOM: readonly Kolom[] = [...KODE_UNSUR, ...KOLOM_PROFIL];

/** Choices of the standard profile block (regulations.md §1.4); typed as the code, any case. */
export const PILIHAN: Record<Exclude<KolomProfil, "umur">, readonly string[]> = {
  jenisKelamin: ["L", "P"],
  pendidikan: ["SD", "SMP", "SMA", "D1-D3", "S1", "S2", "S3"],
  pekerjaan: ["PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"],
};
export const UMUR_MIN = 10;
export const UMUR_MAKS = 120;

export type Baris = Record<Kolom, string>;

export function barisKosong(): Baris {
  return Object.fromEntries(KOLOM.map((k) => [k, ""])) as Baris;
}

export function adalahUnsur(k: Kolom): k is KodeUnsur {
  return (KODE_UNSUR as readonly string[]).includes(k);
}

/** Whether a row has anything typed (empty trailing rows are ignored when saving). */
export function barisTerisi(b: Baris): boolean {
  return KOLOM.some((k) => b[k].trim() !== "");
}

export type KodeGalat = "unsur-kosong" | "unsur-salah" | "umur-salah" | "pilihan-salah";

/** The error of one cell, or null. */
export function galatSel(k: Kolom, nilai: string): KodeGalat | null {
  const v = nilai.trim();
  if (adalahUnsur(k)) {
    if (v === "") return "unsur-kosong";
    return /^[1-4]$/.test(v) ? null : "unsur-salah";
  }
  if (v === "") return null;
  if (k === "umur") {
    if (!/^\d+$/.test(v)) return "umur-salah";
    const n = Number(v);
    return n >= UMUR_MIN && n <= UMUR_MAKS ? null : "umur-salah";
  }
  return PILIHAN[k].includes(v.toUpperCase()) ? null : "pilihan-salah";
}

export interface GalatGrid {
  baris: number;
  kolom: Kolom;
  kode: KodeGalat;
  nilai: string;
}

/** Every error of the filled rows (row numbers from 1). */
export function periksaGrid(rows: readonly Baris[]): GalatGrid[] {
  const out: GalatGrid[] = [];
  rows.forEach((b, i) => {
    if (!barisTerisi(b)) return;
    for (const k of KOLOM) {
      const kode = galatSel(k, b[k]);
      if (kode) out.push({ baris: i + 1, kolom: k, kode, nilai: b[k] });
    }
  });
  return out;
}

export interface RespondenKertas {
  jawaban: Record<KodeUnsur, number>;
  responden: { umur?: number; jenisKelamin?: string; pendidikan?: string; pekerjaan?: string };
}

/** The filled rows as the request body's respondents; call only when periksaGrid() is empty. */
export function keRespondenKertas(rows: readonly Baris[]): RespondenKertas[] {
  return rows.filter(barisTerisi).map((b) => {
    const responden: RespondenKertas["responden"] = {};
    if (b.umur.trim()) responden.umur = Number(b.umur.trim());
    for (const k of ["jenisKelamin", "pendidikan", "pekerjaan"] as const)
      if (b[k].trim()) responden[k] = b[k].trim().toUpperCase();
    return {
      jawaban: Object.fromEntries(KODE_UNSUR.map((k) => [k, Number(b[k].trim())])) as Record<KodeUnsur, number>,
      responden,
    };
  });
}

export interface Posisi {
  baris: number;
  kolom: number;
}

export type Aksi = "maju" | "mundur" | "atas" | "bawah";

/** The cell after a move, and whether a row must be added first (moving on from the last cell). */
export function gerak(p: Posisi, aksi: Aksi, jumlahBaris: number): { posisi: Posisi; tambahBaris: boolean } {
  const n = KOLOM.length;
  switch (aksi) {
    case "maju":
      if (p.kolom < n - 1) return { posisi: { baris: p.baris, kolom: p.kolom + 1 }, tambahBaris: false };
      return { posisi: { baris: p.baris + 1, kolom: 0 }, tambahBaris: p.baris + 1 >= jumlahBaris };
    case "mundur":
      if (p.kolom > 0) return { posisi: { baris: p.baris, kolom: p.kolom - 1 }, tambahBaris: false };
      return { posisi: p.baris > 0 ? { baris: p.baris - 1, kolom: n - 1 } : p, tambahBaris: false };
    case "atas":
      return { posisi: { baris: Math.max(0, p.baris - 1), kolom: p.kolom }, tambahBaris: false };
    case "bawah":
      return { posisi: { baris: p.baris + 1, kolom: p.kolom }, tambahBaris: p.baris + 1 >= jumlahBaris };
  }
}

/** The move a key asks for (null: let the input handle it). */
export function aksiTombol(key: string, shift: boolean): Aksi | null {
  if (key === "Enter" || key === "Tab") return shift ? "mundur" : "maju";
  if (key === "ArrowUp") return "atas";
  if (key === "ArrowDown") return "bawah";
  return null;
}

/** After typing `nilai` into column `k`: move on by itself when a valid unsur digit was typed. */
export function majuOtomatis(k: Kolom, nilai: string): boolean {
  return adalahUnsur(k) && /^[1-4]$/.test(nilai);
}
