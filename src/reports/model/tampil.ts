/**
 * Display helpers of the report (id-ID), all built on src/domain/format so every number in the document is formatted
 * the same way: "94,71%", "3.135.926.319", "BB (75,00)", "19770515 201001 1 013".
 */
import { tentukanPredikat } from "../../domain/akip";
import type { PilihanAturan } from "../../domain/aturan/profil";
import { aturanUntuk } from "../../domain/pengaturan/aturan-pemda";
import { formatAngka, formatPersen, formatSelisih, formatTanggal } from "../../domain/format";
import { formatNip, validasiNip } from "../../domain/nip";
import { type DecimalInput, dec } from "../../domain/shared/decimal";
import type { PejabatSumber } from "./sumber";

/** 2 decimals: "80,50". */
export function a2(x: DecimalInput): string {
  return formatAngka(x, { desimal: 2 });
}

/** Whole number grouped: 30201 → "30.201". */
export function bulat(x: DecimalInput): string {
  return formatAngka(x, { desimal: 0 });
}

/** As many decimals as the machine string carries ("1619.9" → "1.619,9"; "16" → "16"; "85.00" → "85,00"). */
export function seperti(x: string): string {
  const dp = x.includes(".") ? (x.split(".")[1]?.length ?? 0) : 0;
  return formatAngka(x, { desimal: dp });
}

/** Decimals of a computed sum: the largest of its terms' ("13.5" + "16" → 1). */
export function desimalDari(xs: readonly string[]): number {
  return Math.max(0, ...xs.map((x) => (x.includes(".") ? (x.split(".")[1]?.length ?? 0) : 0)));
}

/** Percentage, 2 dp: "94,71%". */
export function persen(x: DecimalInput): string {
  return formatPersen(x, { desimal: 2 });
}

/** Rupiah in tables: grouped, no decimals when whole ("3.135.926.319"), else 2 dp. */
export function rupiah(x: DecimalInput): string {
  const d = dec(x);
  return formatAngka(d, { desimal: d.isInteger() ? 0 : 2 });
}

/** Rupiah in sentences: "Rp 3.135.926.319,00". */
export function rupiahKalimat(x: DecimalInput): string {
  return `Rp ${formatAngka(x, { desimal: 2 })}`;
}

/** Signed difference, 2 dp: "+2,52" / "−9,60". */
export function selisih(x: DecimalInput): string {
  return formatSelisih(x, { desimal: 2 });
}

/** Absolute difference, 2 dp: "9,60". */
export function mutlak2(x: DecimalInput): string {
  return a2(dec(x).abs());
}

/**
 * Predikat letter of a nilai AKIP under the Pemda's predikat table for the year (its settings, ADR 0019; default:
 * the version in force that year — 88/2021 from 2022, else 12/2015).
 */
export function hurufPredikat(nilai: DecimalInput, tahun: number, pilihan?: PilihanAturan): string {
  return tentukanPredikat(nilai, aturanUntuk(pilihan ?? {}, "predikat-akip", tahun)).kode;
}

/** "BB (75,00)" with the letter derived from the number. */
export function nilaiPredikat(nilai: DecimalInput, tahun: number, pilihan?: PilihanAturan): string {
  return `${hurufPredikat(nilai, tahun, pilihan)} (${a2(nilai)})`;
}

/** "18 Februari 2024". */
export function tanggal(iso: string): string {
  try {
    return formatTanggal(iso);
  } catch {
    return `[Data belum tersedia: tanggal${typeof iso === "string" && iso ? ` (tertulis "${iso}")` : ""}]`;
  }
}

/** "WALI WALA AZAHARI SAGALA, S.Pd, MH" from name and gelar. */
export function namaLengkap(p: PejabatSumber): string {
  const depan = p.gelarDepan ? `${p.gelarDepan} ` : "";
  const belakang = p.gelarBelakang ? `, ${p.gelarBelakang}` : "";
  return `${depan}${p.nama}${belakang}`;
}

/** "19770515 201001 1 013", or the digits as given when the NIP does not validate (shown, not hidden). */
export function nip(n: string): string {
  return validasiNip(n).valid ? formatNip(n) : n;
}
