/** Answers of the Laporan API, from the contract (src/api/routes/skema-laporan.ts, ADR 0034). */
import type { Skema } from "../../api/tipe";

/** The path of one OPD's report for a year (`/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}`). */
export interface JalurLaporan {
  pemda: string;
  opd: string;
  tahun: number;
}

export type RingkasanLaporan = Skema<"RingkasanLaporan">;
export type ModulData = RingkasanLaporan["hilang"][number]["modul"];
export type Narasi = Skema<"NarasiLaporan">;
export type StatusNarasi = Narasi["status"];
export type Berubah = Narasi["berubah"][number];
export type TeksHalaman = Skema<"TeksDanPenandatanganLaporan">;
export type TeksLaporan = Skema<"TeksLaporan">;
export type Butir = TeksLaporan["butir"][number];
export type Penandatangan = Skema<"PenandatanganLaporan">;
export type DokumenTtd = Penandatangan["dokumen"];

/** Paragraphs ↔ one text with blank lines between them. */
export function gabungParagraf(xs: string[]): string {
  return xs.join("\n\n");
}

export function pisahParagraf(teks: string): string[] {
  return teks
    .split(/\n\s*\n/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** "18 Feb 2024 09.00" in the UI language. */
export function waktu(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
}
