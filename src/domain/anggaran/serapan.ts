/**
 * Serapan anggaran and sisa. NOTE: regulations.md §4 "Serapan anggaran (%) = Realisasi / Anggaran × 100";
 * the seed computes it per row and per program (TOTAL % column, SEED 1718-1807).
 */
import { type Dec, type DecimalInput, dec, roundHalfUp } from "../shared/decimal";

/**
 * Serapan (%) = realisasi / anggaran × 100, exact (not rounded).
 * A zero anggaran has no serapan: returns null (never 0, never a division error).
 */
export function serapanPersen(realisasi: DecimalInput, anggaran: DecimalInput): Dec | null {
  const a = dec(anggaran);
  if (a.isZero()) return null;
  return dec(realisasi).div(a).times(100);
}

/** Serapan (%) for display: realisasi / anggaran × 100 rounded half-up to 2 decimals; null when anggaran is 0. */
export function serapanTampil(realisasi: DecimalInput, anggaran: DecimalInput): Dec | null {
  const s = serapanPersen(realisasi, anggaran);
  return s === null ? null : roundHalfUp(s, 2);
}

/** Sisa anggaran (Rp) = anggaran − realisasi (negative when realisasi exceeds anggaran). */
export function sisaAnggaran(anggaran: DecimalInput, realisasi: DecimalInput): Dec {
  return dec(anggaran).minus(dec(realisasi));
}
