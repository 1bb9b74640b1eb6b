/**
 * Saves one Perjanjian Kinerja (parties, place, date, kinerja rows, budget rows) as a document: one audit entry.
 * Rows are keyed by their position ("1", "1.2"), or by `kodeAsal` when the input is an edited read-back, so ids of
 * kept rows — and the cascade links that point at them from subordinate PKs — stay stable; removing a row that a
 * subordinate PK still points at is refused. Lock: pk of the PK's year.
 */
import { DomainError } from "../../domain/shared/errors";
import {
  deleteAnggaranPk,
  deleteKinerja,
  insertAnggaranPk,
  insertKinerja,
  listAnggaranPk,
  listKinerjaOpd,
  listPk,
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
import { ConflictError } from "../errors";
import { bacaSemua, type PkKanon } from "./kanon-pk";
import {
  type AnggaranDatar,
  asalKinerja,
  datarAnggaran,
  datarKinerja,
  type KinerjaDatar,
  type PkMasukan,
} from "./masukan";

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
  const kembar = semua.pks.find(
    (p) => p.kode !== m.kode && p.tahun === m.tahun && p.jenis === m.jenis && p.pihakPertamaId === pertama.id,
  );
  if (kembar) {
    throw new DomainError(
      "pk_ganda",
      `jenis: ${pertama.nama} sudah mempunyai PK ${m.jenis} ${m.tahun} (kode "${kembar.kode}"); ubah PK itu`,
      { field: "jenis" },
    );
  }
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
    await simpanBarisKinerja(tx, { pemdaId, opdId, pkId: row.id }, baru.kinerja, indikatorId, asalKinerja(m.kinerja));
    await simpanBarisAnggaran(tx, { pemdaId, opdId, pkId: row.id }, baru.anggaran);
    return { entityId: row.id, before: lama, after: baru, result: { id: row.id, diubah: true } };
  });
}

type Kunci = { pemdaId: string; opdId: string; pkId: string };

/**
 * Rows keep their id by position, or — when the input carries `kodeAsal` (a read-back edited in the UI) — by the
 * stored position they came from, so a moved row keeps its id and the cascade links of subordinate PKs follow it;
 * rows without a known `kodeAsal` in such an input are new. A stored row that disappears while rows of another PK still
 * point at it (indukKaskade) is refused (409) instead of silently unlinking them.
 */
async function simpanBarisKinerja(
  tx: Db,
  key: Kunci,
  rows: KinerjaDatar[],
  indikatorId: Map<string, string>,
  asal: Map<string, string>,
) {
  const semuaBaris = await listKinerjaOpd(tx, key.opdId);
  const pks = await listPk(tx, key.opdId);
  const lama = semuaBaris.filter((k) => k.pkId === key.pkId);
  const idLama = new Map(lama.map((k) => [k.kode, k.id]));
  const id = new Map<string, string>();
  if (asal.size > 0) {
    const dipakaiAsal = new Set<string>();
    for (const r of rows) {
      const a = asal.get(r.kode);
      const ada = a ? idLama.get(a) : undefined;
      // an unknown or repeated kodeAsal (e.g. a copy of another PK under a new kode) makes a new row
      if (!a || !ada || dipakaiAsal.has(a)) continue;
      dipakaiAsal.add(a);
      id.set(r.kode, ada);
    }
  } else {
    for (const r of rows) if (idLama.has(r.kode)) id.set(r.kode, idLama.get(r.kode)!);
  }
  const tetap = new Set(id.values());
  const hilang = lama.filter((k) => !tetap.has(k.id));
  const hilangId = new Set(hilang.map((k) => k.id));
  const perujuk = semuaBaris.filter((k) => k.pkId !== key.pkId && k.indukKaskadeId && hilangId.has(k.indukKaskadeId));
  if (perujuk.length) {
    const pkKode = new Map(pks.map((p) => [p.id, p.kode]));
    const daftar = perujuk.map((k) => {
      const induk = hilang.find((h) => h.id === k.indukKaskadeId)!;
      return `baris ${induk.kode} dirujuk baris ${k.kode} PK "${pkKode.get(k.pkId)}"`;
    });
    throw new ConflictError(
      `Baris kinerja yang dihapus masih menjadi induk kaskade PK bawahan (${daftar.join("; ")}); ` +
        "ubah dulu induk kaskade PK bawahan tersebut.",
    );
  }
  // only top rows take part in the cascade (pohon.ts): a row that subordinate rows point at must stay a top row
  for (const r of rows) {
    const ada = id.get(r.kode);
    const anak =
      ada && r.indukKode ? semuaBaris.find((k) => k.pkId !== key.pkId && k.indukKaskadeId === ada) : undefined;
    if (anak) {
      const pkKode = pks.find((p) => p.id === anak.pkId)?.kode;
      throw new DomainError(
        "induk_kaskade_bukan_baris_utama",
        `kinerja baris ${r.kode}: menjadi induk kaskade baris ${anak.kode} PK "${pkKode}", jadi harus tetap baris utama`,
        { baris: r.kode },
      );
    }
  }
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
  // Detach every kept row from its parent and park moved rows on a temporary kode, so removing rows cannot cascade
  // into kept children and moves cannot collide on (pk, kode).
  for (const r of rows) {
    const ada = id.get(r.kode);
    if (!ada) continue;
    const lamaKode = lama.find((k) => k.id === ada)!.kode;
    await updateKinerja(tx, ada, lamaKode === r.kode ? { indukId: null } : { indukId: null, kode: `~${ada}` });
  }
  await deleteKinerja(
    tx,
    hilang.map((k) => k.id),
  );
  for (const r of rows) {
    const isi = {
      kode: r.kode,
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
    else id.set(r.kode, (await insertKinerja(tx, { ...key, ...isi })).id);
  }
  for (const r of rows) if (r.indukKode) await updateKinerja(tx, id.get(r.kode)!, { indukId: id.get(r.indukKode)! });
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
