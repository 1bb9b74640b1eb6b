/**
 * id-ID display of Rupiah and percentages for Indonesian messages (temuan, errors). Machine values stay `Dec`.
 */
import { type DecimalInput, toFixed } from "../shared/decimal";

/** "1972469173.5" → "1.972.469.173,50" (2 decimals, half-up, '.' groups thousands, ',' decimal mark). */
export function formatRupiah(value: DecimalInput): string {
  return formatId(value, 2);
}

/** Percentage with 2 decimals, half-up: 96.676 → "96,68". */
export function formatPersen(value: DecimalInput): string {
  return formatId(value, 2);
}

function formatId(value: DecimalInput, dp: number): string {
  const fixed = toFixed(value, dp);
  const negative = fixed.startsWith("-");
  const [intPart = "0", frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `,${frac}`}`;
}
