/**
 * Bab I desa profile: validation of one row and the computed totals (Σ luas, dusun, KK, L, P, L+P, land use and
 * its share of the area). Totals are never stored (product.md "totals computed, not typed").
 */
import { type Dec, dec, sum, toFixed } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import { angkaMesinAtauNull } from "../bersama/angka";

export interface DesaMasukan {
  nomor: number;
  nama: string;
  luasHa: string | null;
  dusun: number | null;
  kk: number | null;
  pendudukL: number | null;
  pendudukP: number | null;
  perkebunanHa: string | null;
  pertanianHa: string | null;
  perumahanHa: string | null;
  sumber?: string | null;
}

export type DesaNormal = Required<DesaMasukan>;

const ANGKA_HA = ["luasHa", "perkebunanHa", "pertanianHa", "perumahanHa"] as const;
const BULAT = ["dusun", "kk", "pendudukL", "pendudukP"] as const;

/** Largest value of a PostgreSQL `integer` column (nomor, dusun, KK, penduduk). */
export const BULAT_MAKS = 2_147_483_647;
/** Hectares stay below 10^9 ha (10 million km², more than Indonesia's land area): larger is a typing error. */
export const HA_BATAS = "1000000000";

/**
 * The bound a desa number breaks, as an Indonesian phrase ("melebihi batas 2.147.483.647"), or null when within:
 * integers (nomor, dusun, kk, pendudukL, pendudukP) ≤ 2 147 483 647, hectares < 10^9.
 */
export function melebihiBatasDesa(field: string, nilai: string | number | null | undefined): string | null {
  if (nilai === null || nilai === undefined || nilai === "") return null;
  if ((BULAT as readonly string[]).includes(field) || field === "nomor") {
    return dec(nilai).gt(BULAT_MAKS) ? `${String(nilai)} melebihi batas 2.147.483.647` : null;
  }
  if ((ANGKA_HA as readonly string[]).includes(field)) {
    return dec(nilai).gte(HA_BATAS) ? `${String(nilai)} ha harus kurang dari 1.000.000.000 ha` : null;
  }
  return null;
}

function pastikanBatas(pre: string, baris: number, field: string, nilai: string | number | null): void {
  const salah = melebihiBatasDesa(field, nilai);
  if (salah) throw new DomainError("terlalu_besar", `${pre}: ${field} ${salah}`, { baris, field, value: nilai });
}

export function normalDesa(m: DesaMasukan, baris: number): DesaNormal {
  const pre = `Desa baris ${baris}`;
  if (!m.nama?.trim()) throw new DomainError("nama_wajib", `${pre}: nama desa wajib diisi`, { baris, field: "nama" });
  const hasil: DesaNormal = { ...m, nama: m.nama.trim(), sumber: m.sumber ?? null };
  for (const f of ANGKA_HA) {
    const v = angkaMesinAtauNull(m[f], `${pre}, ${f}`);
    if (v !== null && dec(v).isNegative())
      throw new DomainError("negatif", `${pre}: ${f} tidak boleh negatif`, { baris, field: f });
    pastikanBatas(pre, baris, f, v);
    hasil[f] = v;
  }
  for (const f of BULAT) {
    const v = m[f];
    if (v !== null && (!Number.isInteger(v) || v < 0)) {
      throw new DomainError("bukan_bulat", `${pre}: ${f} "${String(v)}" harus bilangan bulat ≥ 0`, { baris, field: f });
    }
    pastikanBatas(pre, baris, f, v);
  }
  pastikanBatas(pre, baris, "nomor", m.nomor);
  return hasil;
}

export interface TotalDesa {
  luasHa: string;
  dusun: number;
  kk: number;
  pendudukL: number;
  pendudukP: number;
  penduduk: number;
  perkebunanHa: string;
  pertanianHa: string;
  perumahanHa: string;
  /** Share of the total area (%), 2 dp: perkebunan, pertanian, perumahan. */
  persenLahan: { perkebunan: string | null; pertanian: string | null; perumahan: string | null };
}

/** Σ of each column over the desa (L+P per desa and overall computed, shares = Σ lahan / Σ luas × 100). */
export function totalDesa(rows: readonly DesaMasukan[]): TotalDesa {
  const s = (f: (typeof ANGKA_HA)[number]): Dec => sum(rows.map((r) => r[f] ?? "0"));
  const n = (f: (typeof BULAT)[number]) => rows.reduce((a, r) => a + (r[f] ?? 0), 0);
  const luas = s("luasHa");
  const persen = (x: Dec) => (luas.isZero() ? null : toFixed(x.div(luas).times(100), 2));
  return {
    luasHa: luas.toString(),
    dusun: n("dusun"),
    kk: n("kk"),
    pendudukL: n("pendudukL"),
    pendudukP: n("pendudukP"),
    penduduk: n("pendudukL") + n("pendudukP"),
    perkebunanHa: s("perkebunanHa").toString(),
    pertanianHa: s("pertanianHa").toString(),
    perumahanHa: s("perumahanHa").toString(),
    persenLahan: {
      perkebunan: persen(s("perkebunanHa")),
      pertanian: persen(s("pertanianHa")),
      perumahan: persen(s("perumahanHa")),
    },
  };
}
