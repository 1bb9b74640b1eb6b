/**
 * Locales the UI and documents use, and their number symbols read from Intl (Node ships full ICU).
 */
export type Locale = "id-ID" | "en-US";
export const LOCALE_DEFAULT: Locale = "id-ID";

export interface SimbolAngka {
  /** Thousands separator: "." (id-ID), "," (en-US). */
  ribuan: string;
  /** Decimal mark: "," (id-ID), "." (en-US). */
  desimal: string;
  minus: string;
}

const cache = new Map<Locale, SimbolAngka>();

/** Group, decimal and minus symbols of `locale`, from Intl.NumberFormat#formatToParts. */
export function simbolAngka(locale: Locale = LOCALE_DEFAULT): SimbolAngka {
  const ada = cache.get(locale);
  if (ada) return ada;
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(-1234567.5);
  const ambil = (type: Intl.NumberFormatPartTypes, cadangan: string) =>
    parts.find((p) => p.type === type)?.value ?? cadangan;
  const simbol: SimbolAngka = {
    ribuan: ambil("group", locale === "id-ID" ? "." : ","),
    desimal: ambil("decimal", locale === "id-ID" ? "," : "."),
    minus: ambil("minusSign", "-"),
  };
  cache.set(locale, simbol);
  return simbol;
}
