/**
 * Summary by program (SEED Tabel 2.4 / 3.18, lines 412-422 and 1013-1023): anggaran, realisasi, serapan per program
 * and the JUMLAH row, computed from the tree.
 */
import type { Dec } from "../shared/decimal";
import type { NilaiAnggaran, PohonAnggaran } from "./pohon-types";

export interface BarisRingkasan {
  /** Program canonical code, class id ("operasi", "pegawai", "barangJasa", "modal", "5.2.02", …) or "JUMLAH". */
  id: string;
  uraian: string;
  /** Rp; null when not known (anggaran per class without DPA detail). */
  anggaran: Dec | null;
  /** Rp; null when not known (realisasi per modal sub-class without detail). */
  realisasi: Dec | null;
  /** realisasi / anggaran × 100, exact; null when either is unknown or anggaran is 0. */
  serapan: Dec | null;
}

/** One row per program (anggaran, total realisasi, serapan = realisasi / anggaran × 100) plus JUMLAH. */
export function ringkasanPerProgram(pohon: PohonAnggaran): BarisRingkasan[] {
  const row = (id: string, uraian: string, n: NilaiAnggaran): BarisRingkasan => ({
    id,
    uraian,
    anggaran: n.anggaran,
    realisasi: n.totalRealisasi,
    serapan: n.serapan,
  });
  return [...pohon.program.map((p) => row(p.kode.canonical, p.uraian, p)), row("JUMLAH", "JUMLAH", pohon)];
}
