/** Shapes of the LKE API answers, from the contract (src/api/routes/skema-lke.ts, skema-dokumen-evaluasi.ts). */
import type { Skema } from "../../api/tipe";

export const KODE_JAWABAN = ["AA", "A", "BB", "B", "CC", "C", "D", "E"] as const;
export type KodeJawaban = (typeof KODE_JAWABAN)[number];
export type Sisi = Skema<"SisiLke">;

/** The path of one OPD's LKE for a year (`/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}`). */
export interface JalurLke {
  pemda: string;
  opd: string;
  tahun: number;
}

export type NilaiLke = Skema<"NilaiLke">;
export type BarisKriteria = Skema<"KriteriaLke">;
export type Rekomendasi = Skema<"RekomendasiLke">;
export type Tindakan = Skema<"TindakanLke">;
export type LembarLke = Skema<"LembarLke">;
export type HasilSimulasi = Skema<"HasilSimulasiLke">;
export type PratinjauImpor = Skema<"PratinjauImporLke">;
export type RekapAkip = Skema<"RekapAkip">;

/** Colour of a predikat badge. */
export function warnaPredikat(kode: string | null | undefined): string {
  switch (kode) {
    case "AA":
    case "A":
      return "teal";
    case "BB":
      return "green";
    case "B":
      return "lime";
    case "CC":
      return "yellow";
    case "C":
      return "orange";
    default:
      return "red";
  }
}
