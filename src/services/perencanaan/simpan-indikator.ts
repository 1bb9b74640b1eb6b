/**
 * Indicators of a Renstra sasaran with their target per year, stored as written and validated with
 * domain/capaian/target.ts ("85,00", "80-90", "BB (75,00)"). Locks: the definition follows perencanaan of the
 * Renstra's first year; each target follows perencanaan of its own year.
 */
import { parseTarget } from "../../domain/capaian/target";
import { DomainError } from "../../domain/shared/errors";
import type { POLARITAS, RUMUS_NEGATIF, SUMBER_REALISASI } from "../../storage/schema";
import {
  deleteTarget,
  getIndikator,
  type IndikatorRow,
  listIndikator,
  listTarget,
  setTarget,
  upsertIndikator,
} from "../../storage/repositories/indikator-repository";
import { listUnitKerja } from "../../storage/repositories/organisasi-profil-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { bacaRenstraMasukan } from "./simpan-renstra";

export interface TargetMasukan {
  teks: string;
  sumber?: string | null;
}

export interface IndikatorMasukan {
  kode: string;
  renstraTahunAwal: number;
  sasaranKode: string;
  nama: string;
  iku: boolean;
  definisiOperasional?: string;
  formula?: string;
  satuan: string;
  polaritas: (typeof POLARITAS)[number];
  rumusNegatif?: (typeof RUMUS_NEGATIF)[number];
  sumberData?: string;
  unitKode?: string | null;
  sumberRealisasi: (typeof SUMBER_REALISASI)[number];
  urutan?: number;
  target: Record<number, TargetMasukan>;
}

/** Validates a target as written; returns it trimmed. */
export function periksaTarget(teks: string, field: string): string {
  parseTarget(teks, field);
  return teks.trim();
}

export async function simpanIndikator(ctx: ServiceContext, lingkup: LingkupOpd, m: IndikatorMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "perencanaan.ubah");
  const renstra = await bacaRenstraMasukan(ctx, opdId, m.renstraTahunAwal);
  if (!renstra)
    throw new DomainError("renstra_tidak_ada", `Renstra ${m.renstraTahunAwal} belum ada`, { field: "renstra" });
  const sasaran = renstra.sasaran.find((s) => s.kode === m.sasaranKode);
  if (!sasaran)
    throw new DomainError("sasaran_tidak_ada", `sasaran "${m.sasaranKode}" tidak ada dalam Renstra`, {
      field: "sasaranKode",
    });
  for (const w of ["kode", "nama", "satuan"] as const) {
    if (!m[w]?.trim()) throw new DomainError(`${w}_wajib`, `indikator: ${w} wajib diisi`, { field: w });
  }
  const { tahunAwal, tahunAkhir } = renstra.renstra;
  const target: Record<string, { teks: string; sumber: string | null }> = {};
  for (const [tahunTeks, t] of Object.entries(m.target)) {
    const tahun = Number(tahunTeks);
    if (tahun < tahunAwal || tahun > tahunAkhir) {
      throw new DomainError(
        "tahun_di_luar_periode",
        `target ${tahun}: di luar periode Renstra ${tahunAwal}–${tahunAkhir}`,
        { field: "target" },
      );
    }
    target[tahunTeks] = { teks: periksaTarget(t.teks, `target ${tahun}`), sumber: t.sumber ?? null };
  }
  const units = await listUnitKerja(ctx.db, opdId);
  const unitId = m.unitKode ? units.find((u) => u.kode === m.unitKode)?.id : null;
  if (unitId === undefined)
    throw new DomainError("unit_tidak_ada", `unit "${m.unitKode}" tidak ada`, { field: "unitKode" });
  const definisi = {
    sasaranId: sasaran.id,
    kode: m.kode.trim(),
    nama: m.nama.trim(),
    iku: m.iku,
    definisiOperasional: m.definisiOperasional ?? "",
    formula: m.formula ?? "",
    satuan: m.satuan.trim(),
    polaritas: m.polaritas,
    rumusNegatif: m.rumusNegatif ?? "2t-r",
    sumberData: m.sumberData ?? "",
    unitId,
    sumberRealisasi: m.sumberRealisasi,
    urutan: m.urutan ?? 0,
  };
  const ada = (await listIndikator(ctx.db, opdId)).find((i) => i.kode === definisi.kode);
  const targetLama = ada ? await targetIndikator(ctx, opdId, ada.id) : {};
  const definisiLama = ada ? bentukDefinisi(ada) : null;
  if (samaData(definisiLama, definisi) && samaData(targetLama, target)) return { id: ada!.id, diubah: false };
  return mutasi(ctx, { entity: "indikator", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    if (!samaData(definisiLama, definisi))
      await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: tahunAwal, modul: "perencanaan" });
    const row = await upsertIndikator(tx, { pemdaId, opdId, ...definisi });
    for (const [tahun, t] of Object.entries(target)) {
      if (samaData(targetLama[tahun], t)) continue;
      await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: Number(tahun), modul: "perencanaan" });
      await setTarget(tx, {
        pemdaId,
        opdId,
        indikatorId: row.id,
        tahun: Number(tahun),
        targetTeks: t.teks,
        sumber: t.sumber,
      });
    }
    const hapus = Object.keys(targetLama)
      .filter((t) => !(t in target))
      .map(Number);
    for (const tahun of hapus) await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "perencanaan" });
    await deleteTarget(tx, row.id, hapus);
    return {
      entityId: row.id,
      before: ada ? { ...definisiLama, target: targetLama } : null,
      after: { ...definisi, target },
      result: { id: row.id, diubah: true },
    };
  });
}

function bentukDefinisi(i: IndikatorRow) {
  const { id: _i, pemdaId: _p, opdId: _o, ...rest } = i;
  return rest;
}

async function targetIndikator(ctx: ServiceContext, opdId: string, indikatorId: string) {
  const rows = (await listTarget(ctx.db, opdId)).filter((t) => t.indikatorId === indikatorId);
  return Object.fromEntries(rows.map((t) => [String(t.tahun), { teks: t.targetTeks, sumber: t.sumber }]));
}

/** Inline edit of one target (null removes it). */
export async function ubahTarget(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  indikatorId: string,
  tahun: number,
  teks: string | null,
) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "perencanaan.ubah");
  const ind = await getIndikator(ctx.db, opdId, indikatorId);
  if (!ind) throw new NotFoundError("Indikator tidak ditemukan");
  const baru = teks === null || teks.trim() === "" ? null : periksaTarget(teks, `target ${tahun}`);
  const lama = (await targetIndikator(ctx, opdId, indikatorId))[String(tahun)] ?? null;
  return mutasi(ctx, { entity: "indikator_target", action: "ubah", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "perencanaan" });
    if (baru === null) await deleteTarget(tx, indikatorId, [tahun]);
    else await setTarget(tx, { pemdaId, opdId, indikatorId, tahun, targetTeks: baru, sumber: null });
    return {
      entityId: `${indikatorId}/${tahun}`,
      before: lama,
      after: baru === null ? null : { teks: baru, sumber: null },
      result: { indikatorId, tahun, target: baru },
    };
  });
}
