/**
 * Deletes one whole Perjanjian Kinerja (rows and budget rows with it): one audit entry holding the document as it was.
 * Refused (409) while rows of a subordinate PK point at its rows (indukKaskade) or while the year's pk is not draft.
 */
import { deletePk, listKinerjaOpd } from "../../storage/repositories/pk-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { pastikanVersi, tolakBilaBeda } from "../bersama/versi";
import { bacaSemua, syaratPk } from "./kanon-pk";

/** `versi`: the version the deletion was based on (If-Match, ADR 0016); a PK changed since then is not deleted. */
export async function hapusPk(ctx: ServiceContext, lingkup: LingkupOpd, kode: string, versi?: string) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.ubah");
  const semua = await bacaSemua(ctx.db, opdId, pemdaId);
  const pk = semua.pks.find((p) => p.kode === kode);
  if (!pk) throw new NotFoundError(`Perjanjian Kinerja "${kode}" tidak ditemukan`);
  const before = semua.kanon(pk);
  tolakBilaBeda(syaratPk(ctx.db, { opdId, pemdaId }, kode, versi), before);
  return mutasi(ctx, { entity: "pk", action: "hapus", pemdaId, opdId }, async (tx) => {
    await pastikanVersi(tx, syaratPk(tx, { opdId, pemdaId }, kode, versi));
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: pk.tahun, modul: "pk" });
    const baris = await listKinerjaOpd(tx, opdId);
    const milik = new Map(baris.filter((k) => k.pkId === pk.id).map((k) => [k.id, k]));
    const perujuk = baris.filter((k) => k.pkId !== pk.id && k.indukKaskadeId && milik.has(k.indukKaskadeId));
    if (perujuk.length) {
      const pkKode = new Map(semua.pks.map((p) => [p.id, p.kode]));
      const daftar = [...new Set(perujuk.map((k) => `"${pkKode.get(k.pkId) ?? k.pkId}"`))].join(", ");
      throw new ConflictError(
        `Perjanjian Kinerja "${kode}" tidak dapat dihapus: ${perujuk.length} baris PK bawahan (${daftar}) ` +
          "masih menjadi turunan kaskade baris-barisnya; ubah dulu induk kaskade PK bawahan tersebut.",
      );
    }
    await deletePk(tx, pk.id);
    return { entityId: pk.id, before, after: null, result: { id: pk.id, kode, dihapus: true as const } };
  });
}
