/** The desa table of an OPD saved as a whole set keyed by desa name (one audit entry with the changed rows). */
import { DomainError } from "../../domain/shared/errors";
import {
  deleteDesa,
  type DesaRow,
  insertDesa,
  listDesa,
  updateDesa,
} from "../../storage/repositories/organisasi-profil-repository";
import { rencanakan } from "../../storage/repositories/kumpulan";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { type DesaMasukan, type DesaNormal, normalDesa } from "./desa";

export function bentukDesa(r: DesaRow): DesaNormal {
  const { id: _i, pemdaId: _p, opdId: _o, ...rest } = r;
  return rest;
}

export async function simpanDesa(ctx: ServiceContext, lingkup: LingkupOpd, daftar: DesaMasukan[]) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.ubah");
  const baru = daftar.map((d, i) => normalDesa(d, i + 1));
  const nama = new Set<string>();
  baru.forEach((d, i) => {
    const k = d.nama.toLowerCase();
    if (nama.has(k))
      throw new DomainError("nama_ganda", `Desa baris ${i + 1}: nama "${d.nama}" ganda`, { baris: i + 1 });
    nama.add(k);
  });
  const lama = await listDesa(ctx.db, opdId);
  const rencana = rencanakan(
    lama,
    baru,
    (r) => r.nama.toLowerCase(),
    (r) => r.nama.toLowerCase(),
    (a, b) => samaData(bentukDesa(a), b),
  );
  if (!rencana.tambah.length && !rencana.ubah.length && !rencana.hapus.length) return { diubah: 0 };
  return mutasi(ctx, { entity: "desa", action: "simpan-daftar", pemdaId, opdId }, async (tx) => {
    for (const d of rencana.tambah) await insertDesa(tx, { ...d, pemdaId, opdId });
    for (const { lama: l, baru: b } of rencana.ubah) await updateDesa(tx, l.id, b);
    await deleteDesa(
      tx,
      rencana.hapus.map((r) => r.id),
    );
    return {
      entityId: opdId,
      before: [...rencana.ubah.map((u) => bentukDesa(u.lama)), ...rencana.hapus.map(bentukDesa)],
      after: [...rencana.tambah, ...rencana.ubah.map((u) => u.baru)],
      result: { diubah: rencana.tambah.length + rencana.ubah.length + rencana.hapus.length },
    };
  });
}
