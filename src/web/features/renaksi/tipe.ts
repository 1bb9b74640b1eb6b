/** Shapes of the Rencana Aksi read model, from the generated contract (Renaksi of src/api/routes/skema-renaksi.ts). */
import type { Skema } from "../../api/tipe";
import { persen } from "../anggaran/tipe";

export type Renaksi = Skema<"Renaksi">;
export type PkRenaksi = Renaksi["pk"][number];
export type IndikatorRenaksi = PkRenaksi["indikator"][number];
export type TriwulanTampil = IndikatorRenaksi["triwulan"][number];
/** An action (kegiatan/sub-kegiatan of the DPA) of one indicator with its budget per quarter (rupiah). */
export type AksiRenaksi = IndikatorRenaksi["aksi"][number];
export type PeringatanRenaksi = Renaksi["peringatan"][number];
export type StatusTw = Renaksi["statusTriwulan"][number]["status"];
export type Sifat = NonNullable<IndikatorRenaksi["rencana"]>["sifat"];
export const SIFAT = ["tingkat", "kumulatif", "per-triwulan", "dokumen"] as const satisfies readonly Sifat[];
export const LABEL_TW = ["TW I", "TW II", "TW III", "TW IV"] as const;

/** The path parameters of every Rencana Aksi route of one OPD and year. */
export interface RenaksiKunci {
  pemda: string;
  opd: string;
  tahun: number;
}

/** The URL prefix of an OPD's Rencana Aksi of one year (for the file downloads, which are not JSON calls). */
export function urlRenaksi(k: RenaksiKunci): string {
  return `/api/v1/pemda/${k.pemda}/opd/${k.opd}/renaksi/${k.tahun}`;
}

/** Whether a typed realisasi is below the quarter's target (positive: less; negative polarity: more). */
export function dibawah(nilai: string, target: string | null, polaritas: "positif" | "negatif" = "positif"): boolean {
  const baca = (x: string) => Number(x.includes(",") ? x.replace(/\./g, "").replace(",", ".") : x);
  const r = baca(nilai.trim());
  const t = baca((target ?? "").trim());
  if (!nilai.trim() || !target || Number.isNaN(r) || Number.isNaN(t)) return false;
  return polaritas === "negatif" ? r > t : r < t;
}

/** A machine decimal from the API ("100.00") shown in id-ID ("100,00"); null → "–". */
export function tampilAngka(x: string | null | undefined): string {
  if (x === null || x === undefined || x === "") return "–";
  const n = Number(x);
  return Number.isNaN(n) ? x : n.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A capaian/serapan percentage from the API ("50.00") in the app's one id-ID percent format ("50,00%"). */
export function persenRenaksi(x: string | null | undefined): string {
  return x === null || x === undefined || x === "" ? "–" : persen(x);
}

const PREDIKAT = /^\s*(?:([A-Ea-e]{1,2})\s*\(\s*([\d.,]+)\s*\)|([\d.,]+)\s*\(\s*([A-Ea-e]{1,2})\s*\))\s*$/;

/**
 * A target as the page shows it: a predikat target ("BB (75,00)", unit "Nilai") as "Predikat BB (nilai 75,00)"
 * — the unit is already in the words; a percentage as "85,00%"; any other number in id-ID with its unit.
 */
export function tampilTarget(teks: string | null | undefined, satuan: string): string {
  if (teks === null || teks === undefined || teks.trim() === "") return "–";
  const p = PREDIKAT.exec(teks);
  if (p) {
    const huruf = (p[1] ?? p[4] ?? "").toUpperCase();
    const nilai = p[2] ?? p[3] ?? "";
    return `Predikat ${huruf} (nilai ${nilai.includes(",") ? nilai : tampilAngka(nilai)})`;
  }
  const mesin = /^-?\d+(\.\d+)?$/.test(teks.trim());
  const angka = mesin ? tampilAngka(teks.trim()) : teks.trim();
  const u = satuan.trim();
  if (u === "%" || /^persen/i.test(u)) return `${angka.replace(/\s*%$/, "")}%`;
  return u ? `${angka} ${u}` : angka;
}
