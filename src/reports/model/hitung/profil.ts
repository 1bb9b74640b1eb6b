/**
 * Bab I profile totals: luas wilayah, dusun, KK, penduduk (L, P, L+P) and land use with its share of the area.
 * Computed from the desa rows; a column with a missing value in any desa has no total (null, shown as missing).
 * NOTE: SEED 160-236 (Tabel 1.1-1.3 and the narrative percentages, whose printed values are not trusted).
 */
import { type Dec, sum } from "../../../domain/shared/decimal";
import type { DesaSumber, ProfilSumber } from "../sumber";

export interface TotalProfil {
  /** null when a desa has no luas. */
  luasHa: Dec | null;
  dusun: number | null;
  kk: number | null;
  pendudukL: number | null;
  pendudukP: number | null;
  /** L + P per desa (null when either is missing). */
  pendudukLP: (number | null)[];
  pendudukTotal: number | null;
  lahan: { perkebunanHa: Dec; pertanianHa: Dec; perumahanHa: Dec } | null;
  /** Land use share of the total luas wilayah (%), exact; null without land data or area. */
  persenLahan: { perkebunan: Dec; pertanian: Dec; perumahan: Dec } | null;
}

function jumlahBulat(desa: readonly DesaSumber[], f: (d: DesaSumber) => number | null): number | null {
  const xs = desa.map(f);
  return xs.some((x) => x === null) ? null : xs.reduce<number>((a, b) => a + (b ?? 0), 0);
}

/** Σ per column; L+P = L + P per desa; land share = Σ land use / Σ luas × 100. */
export function hitungProfil(p: ProfilSumber): TotalProfil {
  const luasHa = p.desa.every((d) => d.luasHa !== null) ? sum(p.desa.map((d) => d.luasHa!)) : null;
  const pendudukL = jumlahBulat(p.desa, (d) => d.pendudukL);
  const pendudukP = jumlahBulat(p.desa, (d) => d.pendudukP);
  const adaLahan = p.desa.length > 0 && p.desa.every((d) => d.lahan !== null);
  const lahan = adaLahan
    ? {
        perkebunanHa: sum(p.desa.map((d) => d.lahan!.perkebunanHa)),
        pertanianHa: sum(p.desa.map((d) => d.lahan!.pertanianHa)),
        perumahanHa: sum(p.desa.map((d) => d.lahan!.perumahanHa)),
      }
    : null;
  const bagi = (x: Dec): Dec => x.div(luasHa!).times(100);
  return {
    luasHa,
    dusun: jumlahBulat(p.desa, (d) => d.dusun),
    kk: jumlahBulat(p.desa, (d) => d.kk),
    pendudukL,
    pendudukP,
    pendudukLP: p.desa.map((d) => (d.pendudukL === null || d.pendudukP === null ? null : d.pendudukL + d.pendudukP)),
    pendudukTotal: pendudukL === null || pendudukP === null ? null : pendudukL + pendudukP,
    lahan,
    persenLahan:
      lahan && luasHa && !luasHa.isZero()
        ? {
            perkebunan: bagi(lahan.perkebunanHa),
            pertanian: bagi(lahan.pertanianHa),
            perumahan: bagi(lahan.perumahanHa),
          }
        : null,
  };
}
