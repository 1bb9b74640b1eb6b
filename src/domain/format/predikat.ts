/**
 * Predikat with its number, as the seed's tables print AKIP values: "BB (75,00)".
 */
import type { DecimalInput } from "../shared/decimal";
import { type OpsiAngka, formatAngka } from "./angka";

/** "BB (75,00)": predikat letter, space, number with 2 decimals in parentheses (SEED Tabel 3.2, line 486). */
export function formatPredikat(huruf: string, nilai: DecimalInput, opsi: OpsiAngka = {}): string {
  return `${huruf.trim().toUpperCase()} (${formatAngka(nilai, opsi)})`;
}
