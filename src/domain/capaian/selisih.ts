/**
 * Differences used in the Bab III narrative: year-on-year changes and target − realisasi (regulations.md §4).
 */
import { type Dec, type DecimalInput, dec, roundHalfUp } from "../shared/decimal";

export type Arah = "naik" | "turun" | "tetap";
/** "poin" for values (IKM, Nilai AKIP); "persen-poin" for differences between two capaian (%). */
export type SatuanSelisih = "poin" | "persen-poin";

export interface HasilSelisih {
  /** Exact signed difference. */
  selisih: Dec;
  /** Signed difference rounded half-up to 2 dp. */
  selisihDibulatkan: Dec;
  /** From the rounded difference, so the text never says "naik 0,00 poin". */
  arah: Arah;
  satuan: SatuanSelisih;
}

function arahDari(nilai: Dec): Arah {
  if (nilai.isZero()) return "tetap";
  return nilai.isNegative() ? "turun" : "naik";
}

/**
 * Change between years = sekarang − sebelumnya, in poin (values) or percentage points (capaian), with naik/turun/tetap.
 * NOTE: SEED 748 "penurunan 9,60 poin" = 80,50 − 90,10; SEED 771 "penurunan sebesar 2,01 poin" = 70,15 − 72,16. Pass the
 * values as reported (2 dp) to reproduce the printed narrative.
 */
export function selisihAntarTahun(
  sekarang: DecimalInput,
  sebelumnya: DecimalInput,
  satuan: SatuanSelisih = "poin",
): HasilSelisih {
  const selisih = dec(sekarang).minus(dec(sebelumnya));
  const selisihDibulatkan = roundHalfUp(selisih, 2);
  return { selisih, selisihDibulatkan, arah: arahDari(selisihDibulatkan), satuan };
}

/**
 * Selisih target − realisasi (signed; positive = realisasi short of target for a positive indicator), in poin.
 * NOTE: SEED 491 "selisih antara target dan realisasi mencapai angka 4,50" = 85,00 − 80,50; SEED 772 4,85 = 75,00 − 70,15.
 * For a range target pass `targetDipakai(...)` (which equals the realisasi inside the range, giving 0).
 */
export function selisihTargetRealisasi(
  target: DecimalInput,
  realisasi: DecimalInput,
): { selisih: Dec; selisihDibulatkan: Dec } {
  const selisih = dec(target).minus(dec(realisasi));
  return { selisih, selisihDibulatkan: roundHalfUp(selisih, 2) };
}
