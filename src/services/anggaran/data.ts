/**
 * The stored budget of an OPD and year as plain data, its content hash, and its tree (domain roll-up).
 */
import {
  bangunPohon,
  type DataTersimpan,
  type LabelInput,
  type NodeData,
  type PohonAnggaran,
  type SubKegiatanInput,
} from "../../domain/anggaran";
import type { Db } from "../../storage/database";
import {
  bacaNode,
  bacaRealisasiBulan,
  bacaRealisasiTerakhir,
  hashAnggaran,
  bacaRincian,
  bacaSasaran,
  type KunciAnggaran,
} from "../../storage/repositories/anggaran-repository";

/** What an import of month `bulan` is compared with. */
export async function bacaTersimpan(db: Db, k: KunciAnggaran, bulan: number): Promise<DataTersimpan> {
  return {
    nodes: await bacaNode(db, k),
    realisasi: await bacaRealisasiBulan(db, k, bulan),
    rincian: await bacaRincian(db, k),
    sasaran: await bacaSasaran(db, k),
  };
}

/**
 * SHA-256 of everything stored for the OPD and year (nodes, realisasi of every month, rincian, sasaran links, OPD
 * breakdown by akun), in a canonical order. Equal hashes = equal budget data ("a file twice is the same as once").
 */
export async function hashDataAnggaran(db: Db, k: KunciAnggaran): Promise<string> {
  return hashAnggaran(db, k);
}

/** Roll-up tree of stored nodes with each sub-kegiatan's cumulative realisasi. */
export function pohonDari(
  nodes: readonly NodeData[],
  realisasi: ReadonlyMap<string, { pegawai: string; barangJasa: string; modal: string }>,
): PohonAnggaran {
  const label: LabelInput[] = [];
  const leaves: SubKegiatanInput[] = [];
  for (const n of nodes) {
    if (n.level !== "sub-kegiatan") {
      label.push({ kode: n.kode, uraian: n.uraian });
      continue;
    }
    const r = realisasi.get(n.kode);
    leaves.push({
      kode: n.kode,
      uraian: n.uraian,
      anggaranMurni: n.anggaranMurni,
      anggaranPerubahan: n.anggaranPerubahan,
      realisasi: r ? { pegawai: r.pegawai, barangJasa: r.barangJasa, modal: r.modal } : {},
    });
  }
  return bangunPohon(leaves, label);
}

export interface PohonTersimpan {
  nodes: NodeData[];
  pohon: PohonAnggaran;
  /** Latest month with realisasi (≤ the asked month), null when none. */
  bulan: number | null;
}

/** The stored tree with realisasi up to `sampaiBulan` (default: latest). */
export async function bacaPohonTersimpan(db: Db, k: KunciAnggaran, sampaiBulan?: number): Promise<PohonTersimpan> {
  const nodes = await bacaNode(db, k);
  const real = await bacaRealisasiTerakhir(db, k, sampaiBulan ?? 12);
  const bulan = real.reduce<number | null>((m, r) => (m === null || r.bulan > m ? r.bulan : m), null);
  return { nodes, pohon: pohonDari(nodes, new Map(real.map((r) => [r.kode, r]))), bulan };
}
