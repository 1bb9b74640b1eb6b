/**
 * Saves one Perjanjian Kinerja (parties, place, date, kinerja rows, budget rows) as a document: one audit entry.
 * Rows are keyed by their position ("1", "1.2"), or by `kodeAsal` when the input is an edited read-back, so ids of
 * kept rows — and the cascade links that point at them from subordinate PKs — stay stable; removing a row that a
 * subordinate PK still points at is refused, and so is a change of year or level of a PK whose rows are cascade
 * parents. A cascade parent (indukKaskade) must be a top row of a PK of a higher level in the same year, set on a top
 * row of a PK below Kepala OPD (kandidat-induk.ts). Lock: pk of the PK's year.
 * NOTE: regulations.md §3.1 — PK cascaded down to the lowest eselon; only top rows take part in the cascade.
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
import { ConflictError } from "../errors";
import { pastikanVersi, tolakBilaBeda } from "../bersama/versi";
import { bacaSemua, type PkKanon, syaratPk, versiPk } from "./kanon-pk";
import {
  type AnggaranDatar,
  asalKinerja,
  datarAnggaran,
  datarKinerja,
  type KinerjaDatar,
  type PkMasukan,
} from "./masukan";
import { LABEL_LEVEL, PERINGKAT_LEVEL } from "./pohon";

/**
 * `versi`: the version the edit was based on (If-Match; VERSI_KOSONG for a new PK); checked again inside the write's
 * transaction under the PK's lock, so of two saves based on the same version exactly one is stored (ADR 0016).
 */
export async function simpanPk(ctx: ServiceContext, lingkup: LingkupOpd, m: PkMasukan, versi?: string) {
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
  if (kedua.id === pertama.id)
    throw new DomainError(
      "pihak_sama",
      `pihak kedua "${m.pihakKeduaKode}": tidak boleh pejabat yang sama dengan Pihak Pertama; ` +
        "pihak kedua adalah atasan yang menyupervisi",
      { field: "pihakKeduaKode" },
    );
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
  const syarat = (db: Db) => syaratPk(db, { opdId, pemdaId }, m.kode, versi);
  // a stale version is refused even when the save would change nothing: the client has not seen the current data
  tolakBilaBeda(syarat(ctx.db), lama);
  if (lama && samaData(lama, baru)) return { id: ada!.id, diubah: false, versi: versiPk(lama) };
  return mutasi(ctx, { entity: "pk", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await pastikanVersi(tx, syarat(tx));
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahun, modul: "pk" });
    if (ada && ada.tahun !== m.tahun) await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: ada.tahun, modul: "pk" });
    if (ada && (ada.tahun !== m.tahun || ada.level !== m.level)) await pastikanTanpaTurunan(tx, ada, m);
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
    await simpanBarisKinerja(
      tx,
      { pemdaId, opdId, pkId: row.id },
      { tahun: m.tahun, level: m.level },
      baru.kinerja,
      indikatorId,
      asalKinerja(m.kinerja),
    );
    await simpanBarisAnggaran(tx, { pemdaId, opdId, pkId: row.id }, baru.anggaran);
    const tersimpan = await syarat(tx).baca();
    return {
      entityId: row.id,
      before: lama,
      after: baru,
      result: { id: row.id, diubah: true, versi: versiPk(tersimpan) },
    };
  });
}

type Kunci = { pemdaId: string; opdId: string; pkId: string };

/**
 * The year and level of a PK are what its subordinates' cascade links were checked against: while rows of other PKs
 * point at its rows, changing either is refused (409), as is removing such a row.
 */
async function pastikanTanpaTurunan(tx: Db, ada: PkRow, m: Pick<PkMasukan, "kode" | "tahun" | "level">) {
  const baris = await listKinerjaOpd(tx, ada.opdId);
  const milik = new Set(baris.filter((k) => k.pkId === ada.id).map((k) => k.id));
  const perujuk = baris.filter((k) => k.pkId !== ada.id && k.indukKaskadeId && milik.has(k.indukKaskadeId));
  if (!perujuk.length) return;
  const pkKode = new Map((await listPk(tx, ada.opdId)).map((p) => [p.id, p.kode]));
  const daftar = [...new Set(perujuk.map((k) => `"${pkKode.get(k.pkId) ?? k.pkId}"`))].join(", ");
  const ubah = [
    ada.tahun !== m.tahun ? `tahun ${ada.tahun} → ${m.tahun}` : null,
    ada.level !== m.level ? `level ${LABEL_LEVEL[ada.level]} → ${LABEL_LEVEL[m.level]}` : null,
  ].filter(Boolean);
  throw new ConflictError(
    `Perjanjian Kinerja "${m.kode}": tahun dan level tidak dapat diubah (${ubah.join(", ")}) selama ` +
      `${perujuk.length} baris PK bawahan (${daftar}) masih menjadi turunan kaskade baris-barisnya; ` +
      "ubah dulu induk kaskade PK bawahan tersebut.",
  );
}

/**
 * Rows keep their id by position, or — when the input carries `kodeAsal` (a read-back edited in the UI) — by the
 * stored position they came from, so a moved row keeps its id and the cascade links of subordinate PKs follow it;
 * rows without a known `kodeAsal` in such an input are new. A stored row that disappears while rows of another PK still
 * point at it (indukKaskade) is refused (409) instead of silently unlinking them.
 */
async function simpanBarisKinerja(
  tx: Db,
  key: Kunci,
  pk: { tahun: number; level: PkRow["level"] },
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
  /**
   * The row a cascade link points at, checked against the cascade rules (kandidat-induk.ts): no link on a Kepala OPD
   * PK nor on a sub-row; the parent is a top row of another PK of the OPD, of a higher level, in the same year.
   */
  const rujukan = (r: KinerjaDatar): string | null => {
    if (!r.indukKaskade) return null;
    const awal = `kinerja baris ${r.kode}: baris induk ${r.indukKaskade.pkKode}/${r.indukKaskade.barisKode}`;
    const tolak = (kode: string, alasan: string): never => {
      throw new DomainError(kode, `${awal} ${alasan}`, { baris: r.kode, field: "indukKaskade" });
    };
    if (pk.level === "kepala-opd")
      tolak(
        "induk_kaskade_kepala_opd",
        "tidak boleh diisi pada PK Kepala Perangkat Daerah: induknya misi RPJMD Kepala Daerah, yang tidak disimpan sebagai PK",
      );
    if (r.indukKode)
      tolak(
        "induk_kaskade_baris_rincian",
        `tidak boleh diisi: hanya baris utama yang ikut kaskade; isi induk kaskade pada baris ${r.indukKode}`,
      );
    const p = pks.find((x) => x.kode === r.indukKaskade!.pkKode);
    const b =
      p && p.id !== key.pkId
        ? semuaBaris.find((k) => k.pkId === p.id && k.kode === r.indukKaskade!.barisKode)
        : undefined;
    if (!p || !b) return tolak("induk_kaskade_tidak_ada", "tidak ditemukan");
    if (p.tahun !== pk.tahun) tolak("induk_kaskade_beda_tahun", `adalah PK tahun ${p.tahun}, bukan ${pk.tahun}`);
    if (PERINGKAT_LEVEL[p.level] >= PERINGKAT_LEVEL[pk.level])
      tolak(
        "induk_kaskade_bukan_atasan",
        `bukan PK tingkat di atas ${LABEL_LEVEL[pk.level]} (PK "${p.kode}" tingkat ${LABEL_LEVEL[p.level]})`,
      );
    if (b.indukId !== null)
      tolak(
        "induk_kaskade_bukan_baris_utama",
        `bukan baris utama PK "${p.kode}": hanya baris utama yang menjadi induk kaskade`,
      );
    return b.id;
  };
  // every link is checked before anything is written
  const indukKaskadeId = new Map(rows.map((r) => [r.kode, rujukan(r)]));
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
      indukKaskadeId: indukKaskadeId.get(r.kode) ?? null,
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
