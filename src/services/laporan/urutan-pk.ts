/**
 * Order of the Perjanjian Kinerja in the report's appendix, the same from the demo dataset and from the database:
 * by level (Kepala Daerah, Kepala OPD, eselon III, eselon IV), then by the position of the Pihak Pertama's unit in
 * the organisation (sekretariat and its subbagian before the seksi), then awal before perubahan, then kode.
 * NOTE: regulations.md §3.1 (levels of the cascade); SEED 1044-1705 (appendix order by level).
 */
import type { PkSumber } from "../../reports/model/sumber";

const LEVEL: Record<PkSumber["level"], number> = {
  "kepala-daerah": 0,
  "kepala-opd": 1,
  "eselon-iii": 2,
  "eselon-iv": 3,
};
const VERSI: Record<PkSumber["versi"], number> = { awal: 0, perubahan: 1 };

/** A sorted copy; `urutanPejabat` gives the unit position of a pejabat kode (unknown: last). */
export function urutkanPk(pk: readonly PkSumber[], urutanPejabat: (kode: string) => number | undefined): PkSumber[] {
  const u = (p: PkSumber) => urutanPejabat(p.pihakPertamaKode) ?? Number.MAX_SAFE_INTEGER;
  return [...pk].sort(
    (a, b) =>
      a.tahun - b.tahun ||
      LEVEL[a.level] - LEVEL[b.level] ||
      u(a) - u(b) ||
      VERSI[a.versi] - VERSI[b.versi] ||
      (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0),
  );
}
