/**
 * Calendar dates for display: "18 Februari 2024" (id-ID), "February 18, 2024" (en-US). No time zone is involved:
 * a date is a {year, month, day} triple, formatted in UTC.
 */
import { DomainError } from "../shared/errors";
import { LOCALE_DEFAULT, type Locale } from "./locale";

export interface Tanggal {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Days in `month` (1–12) of `year`, Gregorian leap years (2024 → 29 Februari, 1900 → 28). */
export function hariDalamBulan(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when {year, month, day} is a real calendar date (integers, month 1–12, day within the month). */
export function isTanggalValid(t: Tanggal): boolean {
  return (
    Number.isInteger(t.year) &&
    Number.isInteger(t.month) &&
    Number.isInteger(t.day) &&
    t.year >= 1 &&
    t.year <= 9999 &&
    t.month >= 1 &&
    t.month <= 12 &&
    t.day >= 1 &&
    t.day <= hariDalamBulan(t.year, t.month)
  );
}

/** Parses an ISO calendar date "YYYY-MM-DD" (date only; a date-time is refused to avoid time-zone shifts). */
export function parseTanggalIso(input: string, field = "tanggal"): Tanggal {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim());
  const t = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!t || !isTanggalValid(t)) {
    throw new DomainError("tanggal_tidak_valid", `${field}: "${input}" bukan tanggal yang valid (format YYYY-MM-DD)`, {
      field,
      value: input,
    });
  }
  return t;
}

function utc(t: Tanggal): Date {
  const d = new Date(Date.UTC(2000, t.month - 1, t.day));
  d.setUTCFullYear(t.year); // Date.UTC maps years 0–99 to 1900–1999
  return d;
}

/** "18 Februari 2024" from {2024, 2, 18} or "2024-02-18" (Intl.DateTimeFormat in UTC, so never off by one day). */
export function formatTanggal(tanggal: Tanggal | string, locale: Locale = LOCALE_DEFAULT): string {
  const t = typeof tanggal === "string" ? parseTanggalIso(tanggal) : tanggal;
  if (!isTanggalValid(t)) {
    throw new DomainError("tanggal_tidak_valid", `tanggal ${t.year}-${t.month}-${t.day} tidak valid`, { value: t });
  }
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    utc(t),
  );
}

/** "Januari 2010" from {year: 2010, month: 1} (e.g. TMT CPNS of a NIP). */
export function formatBulanTahun(t: { year: number; month: number }, locale: Locale = LOCALE_DEFAULT): string {
  if (!isTanggalValid({ ...t, day: 1 })) {
    throw new DomainError("tanggal_tidak_valid", `bulan ${t.year}-${t.month} tidak valid`, { value: t });
  }
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    utc({ ...t, day: 1 }),
  );
}
