/** Maps a server problem+json (ApiError) to per-field messages of a form; what no field claims goes to `umum`. */
import { ApiError } from "../../api/client";

export interface GalatForm {
  umum: string | null;
  bidang: Record<string, string>;
}

/** Angka id-ID: "85", "85,00", "1.234", "1.234,5" (also "85.5" typed with a dot). */
const POLA_ANGKA = /^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^\d+\.\d+$/;

/** Indonesian message when `teks` is empty or not an id-ID number; null when it is fine. */
export function periksaAngka(teks: string, label: string): string | null {
  const t = teks.trim();
  if (!t) return `${label} wajib diisi`;
  return POLA_ANGKA.test(t) ? null : `${label}: "${t}" bukan angka (contoh: 85,00)`;
}

/**
 * Each server error goes to the first form key whose `cocok(key)` text appears in the error's field or message
 * (e.g. "unsur u3", "komponen perencanaan"); the rest is shown above the form.
 */
export function galatDariServer(e: unknown, kunci: readonly string[], cocok: (k: string) => string): GalatForm {
  if (!(e instanceof ApiError)) return { umum: String(e), bidang: {} };
  const bidang: Record<string, string> = {};
  const sisa: string[] = [];
  const daftar = e.errors.length ? e.errors : [{ field: "", message: e.detail || e.message }];
  for (const g of daftar) {
    const teks = `${g.field} ${g.message}`;
    const k = kunci.find((x) => teks.includes(cocok(x)) || g.field === x || g.field.endsWith(`.${x}`));
    if (k) bidang[k] = g.message;
    else sisa.push(g.field && !g.message.includes(g.field) ? `${g.field}: ${g.message}` : g.message);
  }
  return { umum: sisa.length ? [e.title, ...sisa].filter(Boolean).join(" — ") : null, bidang };
}
