/**
 * Capaian per triwulan and cumulative (s.d. triwulan) of one Rencana Aksi indicator, through the one capaian rule
 * (domain/capaian/hitungCapaian: R/T, (2T − R)/T or T/R; regulations.md §4) applied to the quarter's figures:
 * - tingkat: the quarter's level against the quarter's target (per quarter = cumulative);
 * - kumulatif: running totals for the cumulative capaian, the quarter's increments for the quarter's capaian;
 * - per-triwulan: the quarter's figures, and the sums TW I..n for the cumulative capaian;
 * - dokumen: target 1 in the quarter due; done (1) by then → 100, not done → 0; before it is due: no capaian.
 */
import { type CapaianInput, type HasilCapaian, hitungCapaian } from "../capaian/capaian-indikator";
import type { Target } from "../capaian/target";
import { type Dec, dec, sum } from "../shared/decimal";
import { TRIWULAN, type TargetTriwulan, type Triwulan } from "./triwulan";

export interface BarisCapaianTriwulan {
  triwulan: Triwulan;
  /** Target of the quarter itself (increment for kumulatif; null = none). */
  target: Dec | null;
  realisasi: Dec | null;
  capaian: HasilCapaian | null;
  /** Target and realisasi s.d. this quarter (level, running total or sum). */
  targetKumulatif: Dec | null;
  realisasiKumulatif: Dec | null;
  capaianKumulatif: HasilCapaian | null;
  /** A reported quarter whose capaian (quarter or cumulative) is below 100 % (rounded to 2 dp). */
  dibawahTarget: boolean;
}

export interface MasukanCapaianTriwulan {
  indikator: string;
  target: TargetTriwulan;
  /** Realisasi per quarter as reported (level, running total, quarter's count, or 0/1 for a document). */
  realisasi: readonly [Dec | null, Dec | null, Dec | null, Dec | null];
  polaritas?: CapaianInput["polaritas"];
  rumusNegatif?: CapaianInput["rumusNegatif"];
}

function angka(t: Target | null | undefined): Dec | null {
  if (!t) return null;
  return t.jenis === "rentang" ? null : t.nilai;
}

const SERATUS = dec(100);

export function hitungCapaianTriwulan(m: MasukanCapaianTriwulan): BarisCapaianTriwulan[] {
  const opsi = { polaritas: m.polaritas, rumusNegatif: m.rumusNegatif, indikator: m.indikator };
  const capai = (target: Target | Dec, realisasi: Dec): HasilCapaian =>
    hitungCapaian({ target, realisasi, ...opsi, ...(m.target.sifat === "dokumen" ? { polaritas: "positif" } : {}) });
  const t = m.target.triwulan;
  const r = m.realisasi;
  const hasil: BarisCapaianTriwulan[] = [];
  const dueDokumen = TRIWULAN.find((n) => angka(t[n - 1])?.equals(1));
  for (const n of TRIWULAN) {
    const i = n - 1;
    const rn = r[i] ?? null;
    let target: Dec | null = null;
    let capaian: HasilCapaian | null = null;
    let targetKumulatif: Dec | null = null;
    let realisasiKumulatif: Dec | null = null;
    let capaianKumulatif: HasilCapaian | null = null;
    switch (m.target.sifat) {
      case "tingkat": {
        const tn = t[i]!;
        target = angka(tn);
        targetKumulatif = target;
        if (rn) {
          realisasiKumulatif = rn;
          capaian = capai(tn, rn);
          capaianKumulatif = capaian;
        }
        break;
      }
      case "kumulatif": {
        const tn = angka(t[i])!;
        const sebelum = i === 0 ? dec(0) : angka(t[i - 1])!;
        target = tn.minus(sebelum);
        targetKumulatif = tn;
        if (rn) {
          realisasiKumulatif = rn;
          capaianKumulatif = capai(tn, rn);
          const rSebelum = i === 0 ? dec(0) : (r[i - 1] ?? null);
          if (target.greaterThan(0) && rSebelum) capaian = capai(target, rn.minus(rSebelum));
        }
        break;
      }
      case "per-triwulan": {
        target = angka(t[i]);
        targetKumulatif = sum(t.slice(0, n).map((x) => angka(x) ?? dec(0)));
        const semua = r.slice(0, n);
        if (rn && target?.greaterThan(0)) capaian = capai(target, rn);
        if (semua.every((x) => x !== null)) {
          realisasiKumulatif = sum(semua as Dec[]);
          if (targetKumulatif.greaterThan(0)) capaianKumulatif = capai(targetKumulatif, realisasiKumulatif);
        }
        break;
      }
      case "dokumen": {
        target = angka(t[i]);
        const selesai = r.slice(0, n).some((x) => x?.equals(1) ?? false);
        const dilaporkan = rn !== null || selesai;
        targetKumulatif = dueDokumen !== undefined && n >= dueDokumen ? dec(1) : dec(0);
        if (dilaporkan) {
          realisasiKumulatif = selesai ? dec(1) : dec(0);
          if (targetKumulatif.equals(1)) capaianKumulatif = capai(dec(1), realisasiKumulatif);
          if (n === dueDokumen) capaian = capaianKumulatif;
        }
        break;
      }
    }
    const bawah = (h: HasilCapaian | null) => h !== null && h.capaianDibulatkan.lessThan(SERATUS);
    hasil.push({
      triwulan: n,
      target,
      realisasi: rn,
      capaian,
      targetKumulatif,
      realisasiKumulatif,
      capaianKumulatif,
      dibawahTarget: bawah(capaian) || bawah(capaianKumulatif),
    });
  }
  return hasil;
}
