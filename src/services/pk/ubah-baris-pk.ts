/**
 * Inline edit of one PK kinerja row (sasaran, indikator, satuan, target); lock: pk of the PK's year. The row's version
 * (`versi` on each row of the PK list) covers the four editable fields; the write takes the same lock as a save of the
 * whole PK, so a row edit and a document save cannot overwrite each other unseen (ADR 0016).
 */
import { DomainError } from "../../domain/shared/errors";
import { listKinerjaOpd, listPk, type PkKinerjaRow, updateKinerja } from "../../storage/repositories/pk-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { pastikanVersi, versiDari } from "../bersama/versi";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { periksaTarget } from "../perencanaan/simpan-indikator";

export interface UbahBarisPk {
  sasaran?: string;
  indikator?: string;
  satuan?: string;
  target?: string | null;
}

type IsiBaris = Pick<PkKinerjaRow, "sasaran" | "indikator" | "satuan" | "targetTeks">;

/** The version of a PK kinerja row: the hash of the fields the inline edit changes. */
export function versiBarisPk(b: IsiBaris | null): string {
  return versiDari(b && { sasaran: b.sasaran, indikator: b.indikator, satuan: b.satuan, targetTeks: b.targetTeks });
}

export async function ubahBarisPk(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  barisId: string,
  m: UbahBarisPk,
  versi?: string,
) {
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
  const uraian = `Baris ${baris.kode} Perjanjian Kinerja "${pk.kode}"`;
  return mutasi(ctx, { entity: "pk_kinerja", action: "ubah", pemdaId, opdId }, async (tx) => {
    const kini = await pastikanVersi<IsiBaris>(tx, {
      kunci: `pk:${opdId}:${pk.kode}`,
      versi,
      uraian,
      baca: async () => {
        const b = (await listKinerjaOpd(tx, opdId)).find((k) => k.id === barisId);
        return b ? isiBaris(b) : null;
      },
      tampil: (b) => b && { id: barisId, ...isiBaris(b) },
    });
    const asal = kini ?? baris;
    const before = Object.fromEntries(Object.keys(set).map((k) => [k, asal[k as keyof IsiBaris]]));
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: pk.tahun, modul: "pk" });
    await updateKinerja(tx, barisId, set);
    const sesudah = { ...isiBaris(asal), ...set } as IsiBaris;
    return {
      entityId: barisId,
      before,
      after: set,
      result: { id: barisId, ...set, versi: versiBarisPk(sesudah) },
    };
  });
}

function isiBaris(b: IsiBaris): IsiBaris {
  return { sasaran: b.sasaran, indikator: b.indikator, satuan: b.satuan, targetTeks: b.targetTeks };
}
