/** Inline edit of one PK kinerja row (sasaran, indikator, satuan, target); lock: pk of the PK's year. */
import { DomainError } from "../../domain/shared/errors";
import { listKinerjaOpd, listPk, updateKinerja } from "../../storage/repositories/pk-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { periksaTarget } from "../perencanaan/simpan-indikator";

export interface UbahBarisPk {
  sasaran?: string;
  indikator?: string;
  satuan?: string;
  target?: string | null;
}

export async function ubahBarisPk(ctx: ServiceContext, lingkup: LingkupOpd, barisId: string, m: UbahBarisPk) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.ubah");
  const baris = (await listKinerjaOpd(ctx.db, opdId)).find((k) => k.id === barisId);
  if (!baris) throw new NotFoundError("Baris PK tidak ditemukan");
  const pk = (await listPk(ctx.db, opdId)).find((p) => p.id === baris.pkId)!;
  const set: Partial<typeof baris> = {};
  for (const f of ["sasaran", "indikator", "satuan"] as const) {
    const v = m[f];
    if (v === undefined) continue;
    if (!v.trim()) throw new DomainError(`${f}_wajib`, `${f}: wajib diisi`, { field: f });
    set[f] = v.trim();
  }
  if (m.target !== undefined) set.targetTeks = m.target?.trim() ? periksaTarget(m.target, "target") : null;
  const before = Object.fromEntries(Object.keys(set).map((k) => [k, baris[k as keyof typeof baris]]));
  return mutasi(ctx, { entity: "pk_kinerja", action: "ubah", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: pk.tahun, modul: "pk" });
    await updateKinerja(tx, barisId, set);
    return { entityId: barisId, before, after: set, result: { id: barisId, ...set } };
  });
}
