/**
 * Questionnaire wording per layanan (skm.baca / skm.ubah): the newest saved version, else the standard questionnaire
 * of 14/2017 (id + en). Saving a changed wording adds a new version (answers keep the version they were given on).
 */
import { type ButirKuesioner, kuesionerBawaan, periksaKuesioner } from "../../domain/skm";
import { UNSUR } from "../../domain/ikm/unsur";
import { insertKuesioner, kuesionerTerbaru } from "../../storage/repositories/skm-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { layananOpd } from "./umum";

export interface KuesionerSkmDto {
  layanan: string;
  versi: number | null;
  bawaan: boolean;
  butir: Array<ButirKuesioner & { nama: string }>;
}

const dto = (layanan: string, versi: number | null, butir: ButirKuesioner[]): KuesionerSkmDto => ({
  layanan,
  versi,
  bawaan: versi === null,
  butir: butir.map((b) => ({ ...b, nama: UNSUR[b.unsur].nama })),
});

export async function bacaKuesionerSkm(ctx: ServiceContext, lingkup: LingkupOpd, layanan: string) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const l = await layananOpd(ctx, pemdaId, opdId, layanan);
  const k = await kuesionerTerbaru(ctx.db, l.id);
  return k ? dto(l.kode, k.versi, k.butir as ButirKuesioner[]) : dto(l.kode, null, kuesionerBawaan());
}

export async function simpanKuesionerSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  layanan: string,
  butir: Array<Partial<Record<keyof ButirKuesioner, unknown>>>,
): Promise<KuesionerSkmDto & { diubah: boolean }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const l = await layananOpd(ctx, pemdaId, opdId, layanan);
  const sah = periksaKuesioner(butir);
  const k = await kuesionerTerbaru(ctx.db, l.id);
  const lama = k ? (k.butir as ButirKuesioner[]) : kuesionerBawaan();
  if (samaData(lama, sah)) return { ...dto(l.kode, k?.versi ?? null, lama), diubah: false };
  const versi = (k?.versi ?? 0) + 1;
  return mutasi(ctx, { entity: "skm_kuesioner", action: "buat", pemdaId, opdId }, async (tx) => {
    const row = await insertKuesioner(tx, { pemdaId, opdId, layananId: l.id, versi, butir: sah }, ctx.now());
    return {
      entityId: row.id,
      before: lama,
      after: { layanan: l.kode, versi, butir: sah },
      result: { ...dto(l.kode, versi, sah), diubah: true },
    };
  });
}
