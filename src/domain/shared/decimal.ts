/**
 * Exact decimal arithmetic for scores, percentages and Rupiah (ADR 0004).
 *
 * Every formula in the domain computes with `Dec` (decimal.js, 40 significant digits, no binary floating point).
 * Rounding is never implicit: a rule that says "rounded to 2 decimals" calls `roundHalfUp(x, 2)` at exactly that point.
 */
import Decimal from "decimal.js";
import { DomainError } from "./errors";

/** Isolated Decimal constructor: 40 significant digits, ROUND_HALF_UP, plain notation for toString. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export type DecimalInput = Dec | string | number | bigint;

export function dec(value: DecimalInput): Dec {
  if (value instanceof Dec) return value;
  if (typeof value === "bigint") return new Dec(value.toString());
  return new Dec(value);
}

/** Half-up rounding (away from zero at .5) to `dp` decimal places. */
export function roundHalfUp(value: DecimalInput, dp: number): Dec {
  return dec(value).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}

/** Fixed-point string with `dp` decimals, half-up (e.g. "94.71"). Machine format; use format/ for display. */
export function toFixed(value: DecimalInput, dp: number): string {
  return dec(value).toFixed(dp, Decimal.ROUND_HALF_UP);
}

export function sum(values: readonly DecimalInput[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(dec(v)), new Dec(0));
}

export function mean(values: readonly DecimalInput[]): Dec {
  if (values.length === 0)
    throw new DomainError("rata_rata_kosong", "Tidak dapat menghitung rata-rata dari daftar kosong");
  return sum(values).div(values.length);
}

/**
 * Parse a number typed the Indonesian way or the machine way: "3.135.926.319,00", "94,71", "80.50", "1e3" is refused.
 * Rules: if both '.' and ',' occur, '.' groups thousands and ',' is the decimal mark; if only ',' occurs it is the
 * decimal mark; if only '.' occurs it is a decimal point unless it forms id-ID thousand groups (e.g. "2.650.313.819").
 */
export function parseDecimal(input: string, field = "nilai"): Dec {
  const raw = input
    .trim()
    .replace(/\s+/g, "")
    .replace(/^Rp\.?/i, "");
  if (raw === "" || raw === "-")
    throw new DomainError("angka_kosong", `${field}: nilai kosong`, { field, value: input });
  let normalised: string;
  if (raw.includes(",") && raw.includes(".")) normalised = raw.replace(/\./g, "").replace(",", ".");
  else if (raw.includes(",")) normalised = raw.replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(raw)) normalised = raw.replace(/\./g, "");
  else normalised = raw;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) {
    throw new DomainError("bukan_angka", `${field}: "${input}" bukan angka`, { field, value: input });
  }
  return new Dec(normalised);
}

/**
 * Strict id-ID parsing for amounts typed by operators (Rupiah, counts): '.' always groups thousands and ','
 * is the decimal mark, so "13.000" is thirteen thousand (parseDecimal would read it as 13). "1.000.000,50" → 1000000.50.
 */
export function parseDecimalId(input: string, field = "nilai"): Dec {
  const raw = input
    .trim()
    .replace(/\s+/g, "")
    .replace(/^Rp\.?/i, "");
  if (raw === "" || raw === "-")
    throw new DomainError("angka_kosong", `${field}: nilai kosong`, { field, value: input });
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(raw) && !/^-?\d+(,\d+)?$/.test(raw)) {
    throw new DomainError("bukan_angka", `${field}: "${input}" bukan angka (format Indonesia, mis. 1.250.000,00)`, {
      field,
      value: input,
    });
  }
  return new Dec(raw.replace(/\./g, "").replace(",", "."));
}

/**
 * A Rupiah amount typed the Indonesian or the machine way. Rupiah never has three decimals, so a dot followed by
 * groups of exactly three digits groups thousands even when there is only one group: "13.000" is thirteen thousand
 * (parseDecimal would read 13, as "80.500" could be a score). "13000.50" and "13.000,50" are read as typed.
 */
export function parseRupiah(input: string, field = "nilai"): Dec {
  const raw = input
    .trim()
    .replace(/\s+/g, "")
    .replace(/^Rp\.?/i, "");
  return /^-?\d{1,3}(\.\d{3})+$/.test(raw) ? parseDecimalId(raw, field) : parseDecimal(input, field);
}
