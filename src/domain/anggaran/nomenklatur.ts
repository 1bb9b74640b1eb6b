/**
 * Nomenclature by version (issue 17, ADR 0040): the program/kegiatan/sub-kegiatan code lists of Permendagri 90/2019
 * and its Kepmendagri updates, each in force from a budget year (referensi/nomenklatur, generated into
 * nomenklatur-data.ts). A lookup by budget year picks the version in force; imported codes and names are checked
 * against it: a code inside the version's coverage that is not in the list → finding `kode_tidak_dikenal`, a known
 * code whose name differs → `nama_berbeda` with the official name. Both are warnings: the import is not refused.
 */
import type { KodeLevel } from "./kode";
import { VERSI_NOMENKLATUR } from "./nomenklatur-data";
import type { EntriNomenklatur, VersiNomenklatur } from "./nomenklatur-tipe";
import type { Temuan } from "./pengawasan-types";

export type { EntriNomenklatur, VersiNomenklatur } from "./nomenklatur-tipe";

/** The version in force for a budget year: the latest whose mulaiTahun ≤ tahun; null before the first one. */
export function versiBerlaku(
  tahun: number,
  daftar: readonly VersiNomenklatur[] = VERSI_NOMENKLATUR,
): VersiNomenklatur | null {
  let pilih: VersiNomenklatur | null = null;
  for (const v of daftar) if (v.mulaiTahun <= tahun && (!pilih || v.mulaiTahun > pilih.mulaiTahun)) pilih = v;
  return pilih;
}

/** Official entry of a code in the version in force for `tahun`, or null (unknown code or no version). */
export function cariKode(
  kode: string,
  tahun: number,
  daftar: readonly VersiNomenklatur[] = VERSI_NOMENKLATUR,
): EntriNomenklatur | null {
  return versiBerlaku(tahun, daftar)?.entri.find((e) => e.kode === kode.toUpperCase()) ?? null;
}

/** Names compared without case, repeated spaces, spaces around "/" and "-", and a leading "PROGRAM". */
export function samakanNama(s: string): string {
  return s
    .toUpperCase()
    .replace(/\s+/g, " ")
    .replace(/\s*([/-])\s*/g, "$1")
    .replace(/^PROGRAM\s+/, "")
    .replace(/[.,;:]+$/, "")
    .trim();
}

export interface NodeDiperiksa {
  kode: string;
  level: KodeLevel;
  uraian: string;
}

function dalamCakupan(kode: string, v: VersiNomenklatur): boolean {
  return v.cakupan.some((c) => kode === c || kode.startsWith(`${c}.`));
}

/** Findings of imported nodes against the version in force for `tahun` (none when no version is in force). */
export function periksaNomenklatur(
  nodes: readonly NodeDiperiksa[],
  tahun: number,
  daftar: readonly VersiNomenklatur[] = VERSI_NOMENKLATUR,
): Temuan[] {
  const v = versiBerlaku(tahun, daftar);
  if (!v) return [];
  const indeks = new Map(v.entri.map((e) => [e.kode, e]));
  const out: Temuan[] = [];
  for (const n of nodes) {
    const kode = n.kode.toUpperCase();
    if (!dalamCakupan(kode, v)) continue;
    const resmi = indeks.get(kode);
    if (!resmi) {
      const daftarNya = v.lengkap ? "nomenklatur" : "nomenklatur yang dimuat (daftar sebagian)";
      out.push({
        jenis: "kode_tidak_dikenal",
        baris: null,
        kolom: "KODE",
        kode,
        nilaiCetak: n.uraian,
        nilaiHitung: null,
        pesan: `Kode ${n.level} ${kode} ("${n.uraian}") tidak ada dalam daftar ${daftarNya} ${v.judul}, berlaku TA ${tahun}`,
      });
    } else if (samakanNama(resmi.nama) !== samakanNama(n.uraian)) {
      out.push({
        jenis: "nama_berbeda",
        baris: null,
        kolom: "URAIAN",
        kode,
        nilaiCetak: n.uraian,
        nilaiHitung: resmi.nama,
        pesan: `Nama ${n.level} ${kode} di berkas "${n.uraian}" berbeda dengan nama resmi "${resmi.nama}" (${v.judul})`,
      });
    }
  }
  return out;
}
