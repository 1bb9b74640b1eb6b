/**
 * Serapan per sasaran: the anggaran and realisasi of the programs / kegiatan / sub-kegiatan that support a sasaran.
 * NOTE: SEED Tabel 3.15 (lines 932-937) uses such a serapan; 93,45 % for sasaran 2 is the serapan of the Program
 * Penunjang (regulations.md §0).
 */
import { type Dec, sum } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { parseKode } from "./kode";
import type { NodeAnggaran, NodeSubKegiatan, PohonAnggaran } from "./pohon-types";
import { serapanPersen } from "./serapan";

export interface PemetaanSasaran {
  sasaran: string;
  /** Program, kegiatan or sub-kegiatan codes (canonical or any form parseKode accepts). */
  kode: readonly string[];
}

export interface SerapanSasaran {
  sasaran: string;
  /** Σ anggaran of the distinct sub-kegiatan under the listed codes, Rp. */
  anggaran: Dec;
  /** Σ total realisasi of the same sub-kegiatan, Rp. */
  realisasi: Dec;
  /** realisasi / anggaran × 100, exact; null when anggaran is 0. */
  serapan: Dec | null;
  /** Canonical codes of the sub-kegiatan counted (each once, even when listed via a program and its kegiatan). */
  subKegiatan: string[];
}

/**
 * For each sasaran: anggaran and realisasi summed over the distinct sub-kegiatan below its codes;
 * serapan = realisasi / anggaran × 100. Throws DomainError naming the sasaran and the code not found in the tree.
 */
export function serapanPerSasaran(pohon: PohonAnggaran, pemetaan: readonly PemetaanSasaran[]): SerapanSasaran[] {
  return pemetaan.map(({ sasaran, kode }) => {
    const leaves = new Map<string, NodeSubKegiatan>();
    for (const k of kode) for (const leaf of daun(cari(pohon, sasaran, k))) leaves.set(leaf.kode.canonical, leaf);
    const list = [...leaves.values()];
    const anggaran = sum(list.map((l) => l.anggaran));
    const realisasi = sum(list.map((l) => l.totalRealisasi));
    return {
      sasaran,
      anggaran,
      realisasi,
      serapan: serapanPersen(realisasi, anggaran),
      subKegiatan: [...leaves.keys()],
    };
  });
}

function cari(pohon: PohonAnggaran, sasaran: string, kode: string): NodeAnggaran {
  let node = pohon.indeks.get(kode.trim());
  if (!node) {
    try {
      node = pohon.indeks.get(parseKode(kode).canonical);
    } catch {
      node = undefined;
    }
  }
  if (!node) {
    throw new DomainError(
      "kode_sasaran_tidak_ada",
      `Sasaran "${sasaran}": kode "${kode}" tidak ada dalam data anggaran`,
      {
        field: "kode",
        value: kode,
        sasaran,
      },
    );
  }
  return node;
}

function daun(node: NodeAnggaran): readonly NodeSubKegiatan[] {
  if (node.level === "sub-kegiatan") return [node];
  if (node.level === "kegiatan") return node.subKegiatan;
  return node.kegiatan.flatMap((k) => k.subKegiatan);
}
