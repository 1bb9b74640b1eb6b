/**
 * Numbers for display: "3.135.926.319,00", "94,71" (id-ID) or "3,135,926,319.00" (en-US).
 */
import { type DecimalInput, dec, toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { LOCALE_DEFAULT, type Locale, simbolAngka } from "./locale";

export interface OpsiAngka {
  /** Fixed number of decimals, rounded half-up (default 2). */
  desimal?: number;
  locale?: Locale;
}

/** Splits a value rounded half-up to `desimal` into sign, integer digits and fraction digits (exact, no float). */
export function bagianAngka(
  value: DecimalInput,
  desimal: number,
): { negatif: boolean; bulat: string; pecahan: string } {
  const d = dec(value);
  if (!d.isFinite()) {
    throw new DomainError("bukan_angka", `nilai "${d.toString()}" bukan angka terhingga`, { value: d.toString() });
  }
  const teks = toFixed(d.abs(), desimal);
  const [bulat = "0", pecahan = ""] = teks.split(".");
  const nol = /^[0.]*$/.test(teks);
  return { negatif: d.isNegative() && !nol, bulat, pecahan };
}

/** Inserts `pemisah` every 3 digits from the right of a digit string: "3135926319" → "3.135.926.319". */
export function kelompokkanRibuan(digits: string, pemisah: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, pemisah);
}

/**
 * Number with fixed decimals, rounded half-up, grouped by thousands: 3135926319 → "3.135.926.319,00".
 * NOTE: grouping works on the exact decimal string (no JS float), so 18+ digit values stay exact; symbols come from
 * Intl for the locale (the tests check equality with Intl.NumberFormat over the float-safe range). Negative zero
 * after rounding prints without a sign ("0,00").
 */
export function formatAngka(value: DecimalInput, opsi: OpsiAngka = {}): string {
  const desimal = opsi.desimal ?? 2;
  const simbol = simbolAngka(opsi.locale ?? LOCALE_DEFAULT);
  const { negatif, bulat, pecahan } = bagianAngka(value, desimal);
  const teks = kelompokkanRibuan(bulat, simbol.ribuan) + (desimal > 0 ? simbol.desimal + pecahan : "");
  return negatif ? simbol.minus + teks : teks;
}
