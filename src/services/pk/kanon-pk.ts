/**
 * The canonical form of stored Perjanjian Kinerja (header + flat rows keyed by position), shared by the save (to skip
 * writes that change nothing) and the read-back (GET returns exactly what the PUT accepts).
 */
import { listIndikator } from "../../storage/repositories/indikator-repository";
import { listPejabatUntukOpd } from "../../storage/repositories/pejabat-repository";
import { listAnggaranPk, listKinerjaOpd, listPk, type PkRow } from "../../storage/repositories/pk-repository";
import type { Db } from "../../storage/database";
import { type SyaratVersi, versiDari } from "../bersama/versi";
import type { AnggaranDatar, BarisAnggaranMasukan, BarisKinerjaMasukan, KinerjaDatar, PkMasukan } from "./masukan";

export interface PkKanon {
  kepala: Omit<PkMasukan, "kinerja" | "anggaran">;
  kinerja: KinerjaDatar[];
  anggaran: AnggaranDatar[];
}

/** The OPD's stored PKs in the canonical input form, with the lookups a save needs. */
export async function bacaSemua(db: Db, opdId: string, pemdaId: string) {
  const [pks, kinerja, pejabat, indikator] = await Promise.all([
    listPk(db, opdId),
    listKinerjaOpd(db, opdId),
    listPejabatUntukOpd(db, pemdaId, opdId),
    listIndikator(db, opdId),
  ]);
  const anggaran = await listAnggaranPk(
    db,
    pks.map((p) => p.id),
  );
  const pkById = new Map(pks.map((p) => [p.id, p]));
  const barisById = new Map(kinerja.map((k) => [k.id, k]));
  const kodePejabat = new Map(pejabat.map((p) => [p.id, p.kode]));
  const kodeIndikator = new Map(indikator.map((i) => [i.id, i.kode]));
  const kanon = (p: PkRow): PkKanon => ({
    kepala: {
      kode: p.kode,
      tahun: p.tahun,
      jenis: p.jenis,
      level: p.level,
      pihakPertamaKode: kodePejabat.get(p.pihakPertamaId) ?? "",
      pihakKeduaKode: kodePejabat.get(p.pihakKeduaId) ?? "",
      tempat: p.tempat,
      tanggal: p.tanggal,
      sumber: p.sumber,
    },
    kinerja: kinerja
      .filter((k) => k.pkId === p.id)
      .map((k) => {
        const induk = k.indukKaskadeId ? barisById.get(k.indukKaskadeId) : undefined;
        return {
          kode: k.kode,
          indukKode: k.indukId ? (barisById.get(k.indukId)?.kode ?? null) : null,
          urutan: k.urutan,
          nomor: k.nomor,
          tingkat: k.tingkat,
          sasaran: k.sasaran,
          indikator: k.indikator,
          satuan: k.satuan,
          targetTeks: k.targetTeks,
          indikatorKode: k.indikatorId ? (kodeIndikator.get(k.indikatorId) ?? null) : null,
          indukKaskade: induk ? { pkKode: pkById.get(induk.pkId)?.kode ?? "", barisKode: induk.kode } : null,
          sumber: k.sumber,
        };
      }),
    anggaran: anggaran
      .filter((a) => a.pkId === p.id)
      .map((a) => ({
        kode: a.kode,
        indukKode: a.indukId ? (anggaran.find((x) => x.id === a.indukId)?.kode ?? null) : null,
        urutan: a.urutan,
        nomor: a.nomor,
        tingkat: a.tingkat,
        uraian: a.uraian,
        kodeDppa: a.kodeDppa,
        anggaran: a.anggaran,
        keterangan: a.keterangan,
        sumber: a.sumber,
      })),
  });
  return { pks, kinerja, anggaran, pejabat, indikator, kanon };
}

/** Flat rows (kode, indukKode, urutan) back to the nested input form, children in their stored order. */
function pohon<T extends { kode: string; indukKode: string | null; urutan: number }, R extends { anak: R[] }>(
  rows: readonly T[],
  ubah: (r: T) => R,
): R[] {
  const urut = [...rows].sort((a, b) => a.urutan - b.urutan);
  const simpul = new Map(urut.map((r) => [r.kode, ubah(r)]));
  const akar: R[] = [];
  for (const r of urut) {
    const s = simpul.get(r.kode)!;
    const induk = r.indukKode ? simpul.get(r.indukKode) : undefined;
    if (induk) induk.anak.push(s);
    else akar.push(s);
  }
  return akar;
}

/**
 * A stored PK in exactly the input form the PUT accepts (kinerja rows carry `kodeAsal`, their stored position, so a
 * moved row keeps its id and the cascade links that point at it).
 */
export function masukanDariKanon(k: PkKanon): PkMasukan {
  return {
    ...k.kepala,
    sumber: k.kepala.sumber ?? null,
    kinerja: pohon(k.kinerja, (r): BarisKinerjaMasukan => ({
      kodeAsal: r.kode,
      nomor: r.nomor,
      tingkat: r.tingkat,
      sasaran: r.sasaran,
      indikator: r.indikator,
      satuan: r.satuan,
      target: r.targetTeks,
      indikatorKode: r.indikatorKode,
      indukKaskade: r.indukKaskade,
      sumber: r.sumber,
      anak: [],
    })),
    anggaran: pohon(k.anggaran, (r): BarisAnggaranMasukan => ({
      nomor: r.nomor,
      tingkat: r.tingkat,
      uraian: r.uraian,
      kodeDppa: r.kodeDppa,
      anggaran: r.anggaran,
      keterangan: r.keterangan,
      sumber: r.sumber,
      anak: [],
    })),
  };
}

/** The version (ETag) of one stored PK: the hash of its canonical form (ADR 0016); a missing PK has VERSI_KOSONG. */
export function versiPk(k: PkKanon | null): string {
  return versiDari(k);
}

/** The precondition of a write to PK `kode` (lock name shared by the document PUT, the row PATCH and the delete). */
export function syaratPk(
  db: Db,
  ids: { opdId: string; pemdaId: string },
  kode: string,
  versi: string | undefined,
): SyaratVersi<PkKanon> {
  return {
    kunci: `pk:${ids.opdId}:${kode}`,
    versi,
    uraian: `Perjanjian Kinerja "${kode}"`,
    baca: async () => {
      const semua = await bacaSemua(db, ids.opdId, ids.pemdaId);
      const pk = semua.pks.find((p) => p.kode === kode);
      return pk ? semua.kanon(pk) : null;
    },
    tampil: (k) => (k ? masukanDariKanon(k) : null),
  };
}
