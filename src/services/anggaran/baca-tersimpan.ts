/**
 * The stored forms of the two budget inputs saved whole (ADR 0016): the OPD-level breakdown per belanja account and
 * one sasaran's supporting codes. The GET of each answers exactly this form with its ETag; the PUT checks If-Match
 * against it.
 */
import { bacaKelasOpd, bacaSasaran, type KelasOpdRow } from "../../storage/repositories/anggaran-repository";
import { authorize } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { type LingkupAnggaran, resolveLingkup } from "./lingkup";

export async function bacaKelasOpdTersimpan(
  ctx: ServiceContext,
  m: LingkupAnggaran,
): Promise<{ baris: KelasOpdRow[] }> {
  const l = await resolveLingkup(ctx, m);
  authorize(ctx, "anggaran.baca", { pemdaId: l.pemda.id, opdId: l.opd.id });
  return { baris: await bacaKelasOpd(ctx.db, l.kunci) };
}

export async function bacaSasaranTersimpan(
  ctx: ServiceContext,
  m: LingkupAnggaran & { sasaranKode: string },
): Promise<{ sasaranKode: string; kode: string[] }> {
  const l = await resolveLingkup(ctx, m);
  authorize(ctx, "anggaran.baca", { pemdaId: l.pemda.id, opdId: l.opd.id });
  const sasaranKode = m.sasaranKode.trim();
  const kode = (await bacaSasaran(ctx.db, l.kunci))
    .filter((s) => s.sasaranKode === sasaranKode)
    .map((s) => s.kode)
    .sort();
  return { sasaranKode, kode };
}
