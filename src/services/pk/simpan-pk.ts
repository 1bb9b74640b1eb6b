/**
 * Saves one Perjanjian Kinerja (parties, place, date, kinerja rows, budget rows) as a document: one audit entry.
 * Rows are keyed by their position ("1", "1.2") so ids of unchanged rows — and the cascade links that point at
 * them from subordinate PKs — stay stable. Lock: pk of the PK's year.
 */
import { DomainError } from "../../domain/shared/errors";
import { listIndikator } from "../../storage/repositories/indikator-repository";
import { listPejabatUntukOpd } from "../../storage/repositories/pejabat-repository";
import {
  deleteAnggaranPk,
  deleteKinerja,
  insertAnggaranPk,
  insertKinerja,
  listAnggaranPk,
  listKinerjaOpd,
  listPk,
  type PkRow,
  updateAnggaranPk,
  updateKinerja,
  upsertPk,
} from "../../storage/repositories/pk-repository";
import { parseTanggalIso } from "../../domain/format/tanggal";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import type { Db } from "../../storage/database";
import { type AnggaranDatar, datarAnggaran, datarKinerja, type KinerjaDatar, type PkMasukan } from "./masukan";

interface PkKanon {
  kepala: Omit<PkMasukan, "kinerja" | "anggaran">;
  kinerja: KinerjaDatar[];
  anggaran: AnggaranDatar[];
}

/** The OPD's stored PKs in the canonical input form, with the lookups a save needs. */
async function bacaSemua(db: Db, opdId: string, pemdaId: string) {
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

export async function simpanPk(ctx: ServiceContext, lingkup: LingkupOpd, m: PkMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.ubah");
  parseTanggalIso(m.tanggal, "tanggal PK");
  if (!m.tempat.trim()) throw new DomainError("tempat_wajib", "tempat PK: wajib diisi", { field: "tempat" });
  const baru: PkKanon = {
    kepala: {
      kode: m.kode,
      tahun: m.tahun,
      jenis: m.jenis,
      level: m.level,
      pihakPertamaKode: m.pihakPertamaKode,
      pihakKeduaKode: m.pihakKeduaKode,
      tempat: m.tempat.trim(),
      tanggal: m.tanggal,
      sumber: m.sumber ?? null,
    },
    kinerja: datarKinerja(m.kinerja),
    anggaran: datarAnggaran(m.anggaran),
  };
  const semua = await bacaSemua(ctx.db, opdId, pemdaId);
  const pertama = semua.pejabat.find((p) => p.kode === m.pihakPertamaKode && p.opdId === opdId);
  const kedua = semua.pejabat.find((p) => p.kode === m.pihakKeduaKode);
  if (!pertama)
    throw new DomainError(
      "pihak_tidak_ada",
      `pihak pertama "${m.pihakPertamaKode}" bukan pejabat perangkat daerah ini`,
      { field: "pihakPertamaKode" },
    );
  if (!kedua)
    throw new DomainError("pihak_tidak_ada", `pihak kedua "${m.pihakKeduaKode}" tidak ditemukan`, {
      field: "pihakKeduaKode",
    });
  const indikatorId = new Map(semua.indikator.map((i) => [i.kode, i.id]));
  for (const k of baru.kinerja) {
    if (k.indikatorKode && !indikatorId.has(k.indikatorKode)) {
      throw new DomainError(
        "indikator_tidak_ada",
        `kinerja baris ${k.kode}: indikator Renstra "${k.indikatorKode}" tidak ada`,
        { baris: k.kode },
      );
    }
  }
  const ada = semua.pks.find((p) => p.kode === m.kode);
  const lama = ada ? semua.kanon(ada) : null;
  if (lama && samaData(lama, baru)) return { id: ada!.id, diubah: false };
  return mutasi(ctx, { entity: "pk", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahun, modul: "pk" });
    if (ada && ada.tahun !== m.tahun) await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: ada.tahun, modul: "pk" });
    const row = await upsertPk(tx, {
      pemdaId,
      opdId,
      kode: m.kode,
      tahun: m.tahun,
      jenis: m.jenis,
      level: m.level,
      pihakPertamaId: pertama.id,
      pihakKeduaId: kedua.id,
      tempat: baru.kepala.tempat,
      tanggal: m.tanggal,
      sumber: baru.kepala.sumber ?? null,
    });
    await simpanBarisKinerja(tx, { pemdaId, opdId, pkId: row.id }, baru.kinerja, indikatorId);
    await simpanBarisAnggaran(tx, { pemdaId, opdId, pkId: row.id }, baru.anggaran);
    return { entityId: row.id, before: lama, after: baru, result: { id: row.id, diubah: true } };
  });
}

type Kunci = { pemdaId: string; opdId: string; pkId: string };

async function simpanBarisKinerja(tx: Db, key: Kunci, rows: KinerjaDatar[], indikatorId: Map<string, string>) {
  const semuaBaris = await listKinerjaOpd(tx, key.opdId);
  const pks = await listPk(tx, key.opdId);
  const lama = semuaBaris.filter((k) => k.pkId === key.pkId);
  const id = new Map(lama.map((k) => [k.kode, k.id]));
  const rujukan = (r: KinerjaDatar): string | null => {
    if (!r.indukKaskade) return null;
    const p = pks.find((x) => x.kode === r.indukKaskade!.pkKode);
    const b =
      p && p.id !== key.pkId
        ? semuaBaris.find((k) => k.pkId === p.id && k.kode === r.indukKaskade!.barisKode)
        : undefined;
    if (!b) {
      throw new DomainError(
        "induk_kaskade_tidak_ada",
        `kinerja baris ${r.kode}: baris induk ${r.indukKaskade.pkKode}/${r.indukKaskade.barisKode} tidak ditemukan`,
        { baris: r.kode },
      );
    }
    return b.id;
  };
  for (const r of rows) {
    const isi = {
      nomor: r.nomor,
      tingkat: r.tingkat,
      sasaran: r.sasaran,
      indikator: r.indikator,
      satuan: r.satuan,
      targetTeks: r.targetTeks,
      indikatorId: r.indikatorKode ? (indikatorId.get(r.indikatorKode) ?? null) : null,
      indukKaskadeId: rujukan(r),
      urutan: r.urutan,
      sumber: r.sumber,
    };
    const ada = id.get(r.kode);
    if (ada) await updateKinerja(tx, ada, isi);
    else id.set(r.kode, (await insertKinerja(tx, { ...key, kode: r.kode, ...isi })).id);
  }
  for (const r of rows)
    await updateKinerja(tx, id.get(r.kode)!, { indukId: r.indukKode ? id.get(r.indukKode)! : null });
  const dipakai = new Set(rows.map((r) => r.kode));
  await deleteKinerja(
    tx,
    lama.filter((k) => !dipakai.has(k.kode)).map((k) => k.id),
  );
}

async function simpanBarisAnggaran(tx: Db, key: Kunci, rows: AnggaranDatar[]) {
  const lama = await listAnggaranPk(tx, [key.pkId]);
  const id = new Map(lama.map((k) => [k.kode, k.id]));
  for (const { kode, indukKode: _i, ...isi } of rows) {
    const ada = id.get(kode);
    if (ada) await updateAnggaranPk(tx, ada, isi);
    else id.set(kode, (await insertAnggaranPk(tx, { ...key, kode, ...isi })).id);
  }
  for (const r of rows)
    await updateAnggaranPk(tx, id.get(r.kode)!, { indukId: r.indukKode ? id.get(r.indukKode)! : null });
  const dipakai = new Set(rows.map((r) => r.kode));
  await deleteAnggaranPk(
    tx,
    lama.filter((k) => !dipakai.has(k.kode)).map((k) => k.id),
  );
}
