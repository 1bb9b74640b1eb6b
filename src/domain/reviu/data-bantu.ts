/** Helpers of the validator over our data: the screen each module is fixed on, numbers for messages. */
import { type Dec, dec } from "../shared/decimal";
import { formatAngka } from "./angka";
import type { SnapshotOpdTahun } from "./data-jenis";
import type { ModulData } from "./jenis";

/** Web route of the screen that edits each module (src/web/App.tsx). */
export const RUTE_MODUL: Record<ModulData, string> = {
  perencanaan: "/perencanaan",
  pk: "/perjanjian-kinerja",
  pengukuran: "/pengukuran",
  anggaran: "/anggaran",
  profil: "/profil",
  laporan: "/laporan",
};

export function tautanModul(modul: ModulData, s: Pick<SnapshotOpdTahun, "opdSlug" | "tahun">): string {
  return `${RUTE_MODUL[modul]}?opd=${encodeURIComponent(s.opdSlug)}&tahun=${s.tahun}`;
}

/** A machine decimal string as a Dec, or null when empty/unreadable. */
export function angka(x: string | null | undefined): Dec | null {
  if (x === null || x === undefined || x.trim() === "") return null;
  try {
    const d = dec(x.trim());
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** id-ID form with the number's own decimals (at most 2). */
export function tampil(d: Dec): string {
  return formatAngka(d, Math.min(2, Math.max(0, d.decimalPlaces())));
}

/** Satuan of a percentage ("%", "persen"). */
export function satuanPersen(satuan: string): boolean {
  const s = satuan.trim().toLowerCase();
  return s === "%" || s === "persen" || s === "(%)";
}

/** An indicator whose value may be negative by nature (growth, change, difference). */
export function bolehNegatif(nama: string): boolean {
  return /pertumbuhan|laju|perubahan|selisih|kenaikan|penurunan|inflasi/i.test(nama);
}
