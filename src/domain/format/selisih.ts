/**
 * Signed differences for display: "+2,52", "−9,60", "0,00".
 */
import type { DecimalInput } from "../shared/decimal";
import { type OpsiAngka, bagianAngka, formatAngka } from "./angka";

export interface OpsiSelisih extends OpsiAngka {
  /** Minus sign: "−" U+2212 (default, typographic) or "-" for plain-text exports. */
  minus?: "\u2212" | "-";
}

/**
 * Signed difference, half-up to `desimal` (default 2): 2.52 → "+2,52", −9.6 → "−9,60"; a value that rounds to zero
 * prints "0,00" without a sign.
 */
export function formatSelisih(value: DecimalInput, opsi: OpsiSelisih = {}): string {
  const desimal = opsi.desimal ?? 2;
  const { negatif, bulat, pecahan } = bagianAngka(value, desimal);
  const mutlak = formatAngka(`${bulat}${desimal > 0 ? `.${pecahan}` : ""}`, { desimal, locale: opsi.locale });
  if (/^[0.]*$/.test(`${bulat}${pecahan}`)) return mutlak;
  return `${negatif ? (opsi.minus ?? "\u2212") : "+"}${mutlak}`;
}
