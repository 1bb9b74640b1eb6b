/**
 * An instant for display in a Pemda's own time zone (its settings, ADR 0046), named after the time:
 * "1 April 2024 00.30 WITA" (id-ID), "1 April 2024 00:30 WITA" (en-US). Built from Intl's parts, so the text does not
 * depend on the ICU's joining words ("pukul", "at").
 */
import { singkatanZona, type ZonaWaktu } from "../pengaturan/zona-waktu";
import { LOCALE_DEFAULT, type Locale } from "./locale";

export function formatWaktuZona(saat: Date | string, zona: ZonaWaktu, locale: Locale = LOCALE_DEFAULT): string {
  const d = typeof saat === "string" ? new Date(saat) : saat;
  const bagian = new Intl.DateTimeFormat(locale === "id-ID" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zona,
  }).formatToParts(d);
  const b = (t: Intl.DateTimeFormatPartTypes) => bagian.find((p) => p.type === t)?.value ?? "";
  const jam = `${b("hour")}${locale === "id-ID" ? "." : ":"}${b("minute")}`;
  return `${b("day")} ${b("month")} ${b("year")} ${jam} ${singkatanZona(zona)}`;
}
