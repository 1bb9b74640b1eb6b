/**
 * The short public kode of a unit layanan (`/s/{kode}`) and the kode of a survey period: readable, URL-safe.
 * Layanan: 2–40 of a–z, 0–9 and "-", starting with a letter or digit (unique per Pemda, checked by the database).
 * Periode: 1–40 of A–Z, a–z, 0–9, ".", "_", "-" (e.g. "2023", "2024-s1").
 */
import { DomainError } from "../shared/errors";

export const POLA_KODE_LAYANAN = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const POLA_KODE_PERIODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export function periksaKodeLayanan(kode: string): string {
  const k = kode.trim().toLowerCase();
  if (!POLA_KODE_LAYANAN.test(k)) {
    throw new DomainError(
      "kode_layanan_tidak_valid",
      `kode layanan "${kode}" harus 2–40 karakter: huruf kecil a–z, angka dan tanda "-" (mis. "sb-kk")`,
      { field: "kode", value: kode },
    );
  }
  return k;
}

export function periksaKodePeriode(kode: string): string {
  const k = kode.trim();
  if (!POLA_KODE_PERIODE.test(k)) {
    throw new DomainError(
      "kode_periode_tidak_valid",
      `kode periode "${kode}" harus 1–40 karakter: huruf, angka, ".", "_" atau "-" (mis. "2023", "2024-s1")`,
      { field: "kode", value: kode },
    );
  }
  return k;
}
