/**
 * Which permissions each page of the navigation needs (all of them), so every role sees only the pages it may open
 * and a page opened by its address explains in words what is missing instead of a raw permission code.
 * The server checks again (services authorise every use case).
 * The OPD profile is the opening chapter of the LKjIP: it is listed for the roles that read reports, not for the
 * Petugas SKM, whose only module is the survey (issue 12; ADR 0022).
 */
import type { NavItem } from "./nav-items";

export const IZIN_HALAMAN: Readonly<Record<string, readonly string[]>> = {
  "/profil": ["organisasi.baca", "laporan.baca"],
  "/perencanaan": ["perencanaan.baca"],
  "/perjanjian-kinerja": ["pk.baca"],
  "/pengukuran": ["pengukuran.baca"],
  "/anggaran": ["anggaran.baca"],
  "/skm": ["skm.baca"],
  "/evaluasi": ["evaluasi.baca"],
  "/laporan": ["laporan.baca"],
  "/audit": ["audit.baca"],
  "/admin": ["pengguna.kelola"],
  // M2-15 Rencana Aksi
  "/rencana-aksi": ["renaksi.baca"],
};

/** The permissions a nav entry needs: its own `izin` plus the table above. */
export function izinHalaman(item: Pick<NavItem, "path" | "izin">): string[] {
  return [...new Set([...(item.izin ? [item.izin] : []), ...(IZIN_HALAMAN[item.path] ?? [])])];
}

/** The first permission of `item` the user lacks, or null when the page may be opened. */
export function izinKurang(item: Pick<NavItem, "path" | "izin">, punya: (izin: string) => boolean): string | null {
  return izinHalaman(item).find((i) => !punya(i)) ?? null;
}

/** The nav entry a location belongs to ("/" only for the home page itself). */
export function halamanDari<T extends Pick<NavItem, "path">>(items: readonly T[], pathname: string): T | null {
  return (
    items.find((i) => (i.path === "/" ? pathname === "/" : pathname === i.path || pathname.startsWith(`${i.path}/`))) ??
    null
  );
}
