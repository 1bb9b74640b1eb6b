/**
 * Percentages for display: "94,71%" (id-ID), "94.71%" (en-US).
 */
import type { DecimalInput } from "../shared/decimal";
import { type OpsiAngka, formatAngka } from "./angka";

/**
 * Percentage from a value already in percent (94.7058… → "94,71%"; not a fraction), half-up to `desimal` (default 2).
 * NOTE: no space before "%", as the seed prints capaian (SEED 484 "94,71%") and as Intl id-ID does.
 */
export function formatPersen(value: DecimalInput, opsi: OpsiAngka = {}): string {
  return `${formatAngka(value, opsi)}%`;
}
