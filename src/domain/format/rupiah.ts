/**
 * Rupiah amounts for display: "Rp 3.135.926.319,00".
 */
import type { DecimalInput } from "../shared/decimal";
import { type OpsiAngka, formatAngka } from "./angka";

export interface OpsiRupiah extends OpsiAngka {
  /** Separator after "Rp": " " (default), "" for the PUEBI form "Rp3.135.926.319,00", or "\u00a0" for documents. */
  pemisah?: string;
}

/**
 * Rupiah with 2 decimals (sen) by default: 3135926319 → "Rp 3.135.926.319,00". Exact for any number of digits.
 * NOTE: form chosen = "Rp" + space, the form of Intl id-ID currency IDR ("Rp 1.500,00", with a no-break space) and of
 * most LKjIP/DPA tables; the seed writes "Rp. 3.135.926.319,00" (SEED 994) and PUEBI prescribes "Rp" without a dot.
 * The en-US UI keeps the "Rp" symbol and only changes the separators.
 */
export function formatRupiah(value: DecimalInput, opsi: OpsiRupiah = {}): string {
  const angka = formatAngka(value, { desimal: opsi.desimal ?? 2, locale: opsi.locale });
  const pemisah = opsi.pemisah ?? " ";
  return angka.startsWith("-") || angka.startsWith("\u2212")
    ? `-Rp${pemisah}${angka.slice(1)}`
    : `Rp${pemisah}${angka}`;
}
