import { type Izin, type Peran, punyaIzin } from "./izin";

/**
 * Who is acting. A user is bound to one Pemda and either to one OPD (`opdId`) or to the whole Pemda (`opdId` null).
 * `sistem` is the local machine operator running CLI commands and the demo loader (all permissions, one Pemda or all).
 */
export interface Aktor {
  jenis: "pengguna" | "sistem";
  userId: string | null;
  nama: string;
  peran: Peran;
  /** null only for the system actor, which may act on every Pemda. */
  pemdaId: string | null;
  opdId: string | null;
}

export const AKTOR_SISTEM: Aktor = {
  jenis: "sistem",
  userId: null,
  nama: "sistem",
  peran: "admin_pemda",
  pemdaId: null,
  opdId: null,
};

export interface Sasaran {
  pemdaId: string;
  /** The OPD the data belongs to; undefined for Pemda-wide data (OPD list, rule sets, users). */
  opdId?: string | null;
}

/**
 * Decision for one permission on one target:
 * - "lain-pemda": another tenant → answer 404 (do not reveal it exists);
 * - "lain-opd": another OPD of the same Pemda for an OPD-bound user → 403;
 * - "tanpa-izin": the role lacks the permission → 403.
 */
export type Keputusan = "izinkan" | "lain-pemda" | "lain-opd" | "tanpa-izin";

export function putuskan(aktor: Aktor, izin: Izin, sasaran: Sasaran): Keputusan {
  if (aktor.pemdaId !== null && aktor.pemdaId !== sasaran.pemdaId) return "lain-pemda";
  if (aktor.opdId !== null && sasaran.opdId !== undefined && sasaran.opdId !== aktor.opdId) return "lain-opd";
  if (aktor.opdId !== null && sasaran.opdId === undefined && !izin.endsWith(".baca")) return "lain-opd";
  return punyaIzin(aktor.peran, izin) ? "izinkan" : "tanpa-izin";
}
