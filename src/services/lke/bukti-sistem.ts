/**
 * Evidence the system already holds, offered per kriteria with a link (issue 13). A pluggable list: each source
 * names the kriteria it evidences and checks its own data; a module added later (the SKM survey with its RTL) adds
 * its source with `daftarkanSumberBukti` without touching this file's callers.
 */
import type { Db } from "../../storage/database";

export interface KunciBuktiSistem {
  pemdaId: string;
  opdId: string;
  tahun: number;
  pemdaSlug: string;
  opdSlug: string;
}

export interface BuktiSistem {
  kodeKriteria: string;
  jenis: string;
  ada: boolean;
  uraian: string;
  tautan: string | null;
}

export interface SumberBuktiSistem {
  jenis: string;
  /** The kriteria this source can evidence (88/2021 codes). */
  kriteria: readonly string[];
  periksa: (db: Db, k: KunciBuktiSistem) => Promise<{ ada: boolean; uraian: string; tautan: string | null }>;
}

const SUMBER: SumberBuktiSistem[] = [];

export function daftarkanSumberBukti(s: SumberBuktiSistem): void {
  if (!SUMBER.some((x) => x.jenis === s.jenis)) SUMBER.push(s);
}

export function sumberBuktiSistem(): readonly SumberBuktiSistem[] {
  return SUMBER;
}

/** Every source's answer, one row per kriteria it evidences. */
export async function buktiSistemOpd(db: Db, k: KunciBuktiSistem): Promise<BuktiSistem[]> {
  const out: BuktiSistem[] = [];
  for (const s of SUMBER) {
    const r = await s.periksa(db, k);
    for (const kode of s.kriteria) out.push({ kodeKriteria: kode, jenis: s.jenis, ...r });
  }
  return out;
}
