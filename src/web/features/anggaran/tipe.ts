/**
 * Shapes of the budget API answers — taken from the generated contract (src/web/api/skema.d.ts, the zod schemas of
 * src/api/routes/skema-anggaran.ts; ADR 0034), never written here — and display helpers.
 */
import type { Skema } from "../../api/tipe";

export type Nilai = Skema<"NilaiAnggaran">;
export type NodeAnggaran = Skema<"NodeAnggaran">;
export type Pohon = Skema<"PohonAnggaran">;
export type Tabel = Skema<"TabelAnggaran">;
export type BarisTabel = Tabel["perProgram"][number];
export type Temuan = Skema<"TemuanRekonsiliasi">;
export type RingkasanData = Skema<"RingkasanAnggaran">;
export type Pratinjau = Skema<"PratinjauImporAnggaran">;
export type HasilImpor = Skema<"HasilImporAnggaran">;

/** "3135926319.00" → "3.135.926.319,00" (id) or "3,135,926,319.00" (en); exact, no floating point. */
export function rupiah(v: string | null | undefined, locale: "id" | "en" = "id"): string {
  if (v === null || v === undefined) return "—";
  const neg = v.startsWith("-");
  const [int = "0", frac = ""] = (neg ? v.slice(1) : v).split(".");
  const [ribu, desimal] = locale === "id" ? [".", ","] : [",", "."];
  return `${neg ? "-" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ribu)}${desimal}${frac.padEnd(2, "0").slice(0, 2)}`;
}

/** "93.56" → "93,56%" (id). */
export function persen(v: string | null | undefined, locale: "id" | "en" = "id"): string {
  if (v === null || v === undefined) return "—";
  return `${locale === "id" ? v.replace(".", ",") : v}%`;
}

/** Colour of a serapan bar by the Permendagri 86/2017 bands (regulations.md §4): ≥91, ≥76, ≥66, ≥51, else. */
export function warnaSerapan(v: string | null): string {
  if (v === null) return "gray";
  const n = Number(v);
  return n >= 91 ? "green" : n >= 76 ? "teal" : n >= 66 ? "yellow" : n >= 51 ? "orange" : "red";
}
