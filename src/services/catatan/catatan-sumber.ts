/**
 * Source notes: where a source contradicts itself, what was stored and why (shown next to the data and to the
 * validator). Saved as a set keyed by kode within the Pemda (OPD-specific notes carry the OPD).
 */
import { DomainError } from "../../domain/shared/errors";
import { listOpd } from "../../storage/repositories/organisasi-repository";
import { listCatatanSumber, upsertCatatanSumber } from "../../storage/repositories/pembanding-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd, otorisasiPemda } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";

export interface CatatanSumberMasukan {
  kode: string;
  opdSlug: string | null;
  jenis: string;
  fakta: string;
  nilai: Array<{ teks: string; sumber: string }>;
  dipilih: string | null;
  alasan: string;
  terkait: string | null;
}

/** Adds or updates source notes of a Pemda (admin: pemda.kelola). */
export async function simpanCatatanSumber(ctx: ServiceContext, pemdaSlug: string, daftar: CatatanSumberMasukan[]) {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const opd = new Map((await listOpd(ctx.db, pemdaId)).map((o) => [o.slug, o.id]));
  const baru = daftar.map((c, i) => {
    if (!c.kode.trim() || !c.alasan.trim())
      throw new DomainError("wajib", `catatan baris ${i + 1}: kode dan alasan wajib diisi`, { baris: i + 1 });
    const opdId = c.opdSlug ? opd.get(c.opdSlug) : null;
    if (opdId === undefined)
      throw new DomainError("opd_tidak_ada", `catatan baris ${i + 1}: OPD "${c.opdSlug}" tidak ada`, { baris: i + 1 });
    return {
      kode: c.kode,
      opdId,
      jenis: c.jenis,
      fakta: c.fakta,
      nilai: c.nilai,
      dipilih: c.dipilih,
      alasan: c.alasan,
      terkait: c.terkait,
    };
  });
  const lama = new Map((await listCatatanSumber(ctx.db, pemdaId)).map(({ id: _i, pemdaId: _p, ...r }) => [r.kode, r]));
  const berubah = baru.filter((b) => !samaData(lama.get(b.kode) ?? null, b));
  if (!berubah.length) return { diubah: 0 };
  return mutasi(ctx, { entity: "catatan_sumber", action: "simpan-daftar", pemdaId }, async (tx) => {
    for (const b of berubah) await upsertCatatanSumber(tx, { pemdaId, ...b });
    return {
      entityId: pemdaId,
      before: berubah.map((b) => lama.get(b.kode) ?? null),
      after: berubah,
      result: { diubah: berubah.length },
    };
  });
}

export async function bacaCatatanSumber(ctx: ServiceContext, lingkup: LingkupOpd) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
  return (await listCatatanSumber(ctx.db, pemdaId, opdId)).map(({ id: _i, pemdaId: _p, opdId: _o, ...r }) => r);
}
