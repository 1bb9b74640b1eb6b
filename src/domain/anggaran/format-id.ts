/**
 * id-ID display of Rupiah amounts and percentages inside Indonesian messages (temuan, errors): plain numbers
 * without "Rp"/"%", which the message text adds. Delegates to the one number formatter in src/domain/format.
 */
import { formatAngka } from "../format/angka";
import type { DecimalInput } from "../shared/decimal";

/** "1972469173.5" → "1.972.469.173,50" (2 decimals, half-up). */
export function formatRupiah(value: DecimalInput): string {
  return formatAngka(value, { desimal: 2 });
}

/** Percentage with 2 decimals, half-up: 96.676 → "96,68". */
export function formatPersen(value: DecimalInput): string {
  return formatAngka(value, { desimal: 2 });
}
