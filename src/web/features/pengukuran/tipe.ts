/** Shapes of the measurement API answers, from the generated contract (ADR 0034; src/api/routes/skema-kinerja.ts). */
import type { Skema } from "../../api/tipe";

export type Capaian = Skema<"Capaian">;
export type BuktiInfo = Skema<"BuktiInfo">;
export type BarisIku = Skema<"BarisIku">;
export type Pengukuran = Skema<"Pengukuran">;
/** "tahunan" or a quarter ("tw1"…"tw4"). */
export type PeriodeRealisasi = Skema<"RealisasiInput">["periode"];

/** "94.71" → "94,71" (id-ID) for display of machine decimals coming from the server. */
export function angkaId(teks: string | null | undefined, locale: "id" | "en" = "id"): string {
  if (teks === null || teks === undefined) return "—";
  return locale === "id" ? teks.replace(".", ",") : teks;
}

/** What the IKU table and an indicator's detail may do (given by the page). */
export interface AksiPengukuran {
  bolehUbah: boolean;
  simpanRealisasi(indikatorId: string, periode: PeriodeRealisasi, nilai: string | null, narasi?: string): Promise<void>;
  muatUlang(): void;
  api: string;
}
