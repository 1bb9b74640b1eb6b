/**
 * Rencana tindak lanjut (RTL) of an OPD's SKM (skm.baca / skm.ubah): per period and unsur, item, penanggung jawab,
 * tenggat, status, bukti. Open items of earlier periods are listed with `terbuka: true` for the next report.
 * NOTE: regulations.md §1.8 (RTL for the lowest-NRR unsur, reported in the next SKM).
 */
import { isKodeUnsur, labelUnsur, UNSUR } from "../../domain/ikm/unsur";
import { parseTanggalIso } from "../../domain/format/tanggal";
import { DomainError } from "../../domain/shared/errors";
import {
  deleteRtl,
  insertRtl,
  listPeriode,
  listRtl,
  type SkmRtlRow,
  updateRtl,
} from "../../storage/repositories/skm-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { periodeOpd } from "./umum";

export type StatusRtl = "rencana" | "berjalan" | "selesai";

export interface RtlDto {
  id: string;
  periode: string;
  unsur: string;
  namaUnsur: string;
  item: string;
  penanggungJawab: string;
  tenggat: string | null;
  status: StatusRtl;
  bukti: string | null;
}

export interface MasukanRtl {
  periode: string;
  unsur: string;
  item: string;
  penanggungJawab: string;
  tenggat?: string | null | undefined;
  status?: StatusRtl | undefined;
  bukti?: string | null | undefined;
}

function dto(r: SkmRtlRow, kodePeriode: Map<string, string>): RtlDto {
  return {
    id: r.id,
    periode: kodePeriode.get(r.periodeId) ?? "",
    unsur: r.unsur,
    namaUnsur: isKodeUnsur(r.unsur) ? UNSUR[r.unsur].nama : r.unsur,
    item: r.item,
    penanggungJawab: r.penanggungJawab,
    tenggat: r.tenggat,
    status: r.status,
    bukti: r.bukti,
  };
}

/** RTL items of the OPD; with `periode`: that period's items plus the still-open items of earlier periods. */
export async function daftarRtlSkm(ctx: ServiceContext, lingkup: LingkupOpd, periodeKode?: string) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const periode = await listPeriode(ctx.db, opdId);
  const kode = new Map(periode.map((p) => [p.id, p.kode]));
  const semua = (await listRtl(ctx.db, opdId)).map((r) => ({ r, d: dto(r, kode) }));
  if (!periodeKode) return semua.map(({ d }) => d);
  const p = await periodeOpd(ctx, opdId, periodeKode);
  const sebelum = new Set(periode.filter((x) => x.mulai < p.mulai).map((x) => x.id));
  return semua
    .filter(({ r }) => r.periodeId === p.id || (sebelum.has(r.periodeId) && r.status !== "selesai"))
    .map(({ d }) => d);
}

function periksa(m: MasukanRtl) {
  if (!isKodeUnsur(m.unsur)) {
    throw new DomainError("unsur_tidak_dikenal", `unsur "${m.unsur}" tidak dikenal (u1..u9)`, { field: "unsur" });
  }
  const item = m.item.trim();
  const pj = m.penanggungJawab.trim();
  if (!item)
    throw new DomainError("item_kosong", `rencana tindak lanjut untuk ${labelUnsur(m.unsur)} wajib diisi`, {
      field: "item",
    });
  if (!pj) throw new DomainError("pj_kosong", "penanggung jawab wajib diisi", { field: "penanggungJawab" });
  if (m.tenggat) parseTanggalIso(m.tenggat, "tenggat");
  return {
    unsur: m.unsur,
    item,
    penanggungJawab: pj,
    tenggat: m.tenggat || null,
    status: m.status ?? ("rencana" as const),
    bukti: m.bukti?.trim() || null,
  };
}

export async function buatRtlSkm(ctx: ServiceContext, lingkup: LingkupOpd, m: MasukanRtl): Promise<RtlDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const p = await periodeOpd(ctx, opdId, m.periode);
  const v = periksa(m);
  return mutasi(ctx, { entity: "skm_rtl", action: "buat", pemdaId, opdId }, async (tx) => {
    const row = await insertRtl(tx, { pemdaId, opdId, periodeId: p.id, ...v, diubahPada: ctx.now() });
    return { entityId: row.id, before: null, after: v, result: dto(row, new Map([[p.id, p.kode]])) };
  });
}

async function rtlOpd(ctx: ServiceContext, opdId: string, id: string): Promise<SkmRtlRow> {
  const r = (await listRtl(ctx.db, opdId)).find((x) => x.id === id);
  if (!r) throw new NotFoundError("rencana tindak lanjut tidak ditemukan di perangkat daerah ini");
  return r;
}

export async function bacaRtlSkm(ctx: ServiceContext, lingkup: LingkupOpd, id: string): Promise<RtlDto> {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const r = await rtlOpd(ctx, opdId, id);
  const kode = new Map((await listPeriode(ctx.db, opdId)).map((p) => [p.id, p.kode]));
  return dto(r, kode);
}

export async function ubahRtlSkm(ctx: ServiceContext, lingkup: LingkupOpd, id: string, m: MasukanRtl): Promise<RtlDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const r = await rtlOpd(ctx, opdId, id);
  const p = await periodeOpd(ctx, opdId, m.periode);
  const v = periksa(m);
  return mutasi(ctx, { entity: "skm_rtl", action: "ubah", pemdaId, opdId }, async (tx) => {
    await updateRtl(tx, r.id, { periodeId: p.id, ...v, diubahPada: ctx.now() });
    return {
      entityId: r.id,
      before: dto(r, new Map()),
      after: v,
      result: dto({ ...r, ...v, periodeId: p.id }, new Map([[p.id, p.kode]])),
    };
  });
}

export async function hapusRtlSkm(ctx: ServiceContext, lingkup: LingkupOpd, id: string): Promise<void> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const r = await rtlOpd(ctx, opdId, id);
  await mutasi(ctx, { entity: "skm_rtl", action: "hapus", pemdaId, opdId }, async (tx) => {
    await deleteRtl(tx, r.id);
    return { entityId: r.id, before: dto(r, new Map()), after: null, result: undefined };
  });
}
