/**
 * Plt./Plh. assignments of an OPD's officials (issue 17): recorded with organisasi.ubah (audited), read with the
 * OPD's pejabat. The position filled is printed "Plt. <jabatan>" on documents the official signs in the period.
 */
import { type JenisPenugasan, periksaPenugasan } from "../../domain/pejabat/penugasan";
import { DomainError } from "../../domain/shared/errors";
import { getPejabat } from "../../storage/repositories/pejabat-repository";
import {
  akhiriPenugasanRow,
  insertPenugasan,
  listPenugasanPejabat,
  type PenugasanRow,
} from "../../storage/repositories/penugasan-pejabat-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

export interface PenugasanMasukan {
  pejabatId: string;
  jenis: JenisPenugasan;
  jabatanDiisi: string;
  nomorSk: string;
  mulai: string;
  selesai?: string | null | undefined;
}

export interface PenugasanDto {
  id: string;
  pejabatId: string;
  jenis: JenisPenugasan;
  jabatanDiisi: string;
  nomorSk: string;
  mulai: string;
  selesai: string | null;
}

const dto = (r: PenugasanRow): PenugasanDto => ({
  id: r.id,
  pejabatId: r.pejabatId,
  jenis: r.jenis,
  jabatanDiisi: r.jabatanDiisi,
  nomorSk: r.nomorSk,
  mulai: r.mulai,
  selesai: r.selesai,
});

async function pejabatOpd(ctx: ServiceContext, pemdaId: string, opdId: string, id: string) {
  const p = await getPejabat(ctx.db, pemdaId, id);
  if (!p || p.opdId !== opdId) throw new NotFoundError(`pejabat ${id} tidak ditemukan di perangkat daerah ini`);
  return p;
}

/** Records one Plt./Plh. assignment; an overlapping one of the same official and kind is refused. */
export async function tambahPenugasan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  m: PenugasanMasukan,
): Promise<PenugasanDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.ubah");
  await pejabatOpd(ctx, pemdaId, opdId, m.pejabatId);
  const p = periksaPenugasan({
    jenis: m.jenis,
    jabatanDiisi: m.jabatanDiisi,
    nomorSk: m.nomorSk,
    mulai: m.mulai,
    selesai: m.selesai ?? null,
  });
  const ada = await listPenugasanPejabat(ctx.db, pemdaId, m.pejabatId);
  const tumpang = ada.find(
    (x) => x.jenis === p.jenis && x.mulai <= (p.selesai ?? "9999-12-31") && (x.selesai ?? "9999-12-31") >= p.mulai,
  );
  if (tumpang)
    throw new DomainError(
      "penugasan_tumpang_tindih",
      `mulai: periode bertumpang tindih dengan penugasan ${tumpang.jenis === "plt" ? "Plt." : "Plh."} ${tumpang.jabatanDiisi} (SK ${tumpang.nomorSk}, mulai ${tumpang.mulai})`,
      { field: "mulai" },
    );
  return mutasi(ctx, { entity: "pejabat_penugasan", action: "tambah", pemdaId, opdId }, async (tx) => {
    const row = await insertPenugasan(tx, { pemdaId, opdId, pejabatId: m.pejabatId, ...p });
    return { entityId: row.id, before: null, after: dto(row), result: dto(row) };
  });
}

/** Assignments of one official of the OPD. */
export async function daftarPenugasan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  pejabatId: string,
): Promise<PenugasanDto[]> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.baca");
  await pejabatOpd(ctx, pemdaId, opdId, pejabatId);
  return (await listPenugasanPejabat(ctx.db, pemdaId, pejabatId)).map(dto);
}

/**
 * Ends an assignment on `selesai` (ISO date, inclusive): the SK of its end is in the audit entry's reason. A date
 * before its start, or after an end already set, is refused naming the field (an end is moved earlier, never later:
 * a later end would be a new SK, recorded as a new assignment).
 */
export async function akhiriPenugasan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  pejabatId: string,
  penugasanId: string,
  selesai: string,
): Promise<PenugasanDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.ubah");
  await pejabatOpd(ctx, pemdaId, opdId, pejabatId);
  const lama = (await listPenugasanPejabat(ctx.db, pemdaId, pejabatId)).find((x) => x.id === penugasanId);
  if (!lama) throw new NotFoundError(`penugasan ${penugasanId} tidak ditemukan pada pejabat ini`);
  periksaPenugasan({ ...lama, selesai });
  if (lama.selesai !== null && selesai > lama.selesai)
    throw new DomainError(
      "penugasan_sudah_berakhir",
      `selesai: penugasan ini sudah berakhir ${lama.selesai}; perpanjangan dicatat sebagai penugasan baru (SK baru)`,
      { field: "selesai" },
    );
  return mutasi(ctx, { entity: "pejabat_penugasan", action: "akhiri", pemdaId, opdId }, async (tx) => {
    const row = await akhiriPenugasanRow(tx, pemdaId, pejabatId, penugasanId, selesai);
    if (!row) throw new NotFoundError(`penugasan ${penugasanId} tidak ditemukan pada pejabat ini`);
    return { entityId: row.id, before: dto(lama), after: dto(row), result: dto(row) };
  });
}
