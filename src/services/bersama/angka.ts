/**
 * Decimal strings crossing the service boundary: accepted in the Indonesian or machine form ("80,50", "80.50"),
 * kept in machine form with the number of decimals as typed (PostgreSQL's unconstrained numeric keeps the scale).
 */
import { parseDecimal, parseRupiah } from "../../domain/shared/decimal";

/** "80,50" → "80.50"; "2.650.313.819" → "2650313819"; "12" → "12". DomainError naming `field` when not a number. */
export function angkaMesin(input: string | number, field: string): string {
  const teks = String(input).trim();
  const d = parseDecimal(teks, field);
  const raw = teks.replace(/\s+/g, "").replace(/^Rp\.?/i, "");
  let pecahan = 0;
  if (raw.includes(",")) pecahan = raw.length - raw.lastIndexOf(",") - 1;
  else if (raw.includes(".") && !/^-?\d{1,3}(\.\d{3}){2,}$/.test(raw)) pecahan = raw.length - raw.lastIndexOf(".") - 1;
  return d.toFixed(pecahan);
}

/** Same as angkaMesin, or null for an empty value. */
export function angkaMesinAtauNull(input: string | number | null | undefined, field: string): string | null {
  if (input === null || input === undefined || String(input).trim() === "") return null;
  return angkaMesin(input, field);
}

/** Rupiah in machine form with 2 decimals ("2650313819.00"; "13.000" is thirteen thousand: parseRupiah). */
export function rupiahMesin(input: string | number, field: string): string {
  return parseRupiah(String(input), field).toFixed(2);
}
