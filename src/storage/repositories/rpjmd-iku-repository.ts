/**
 * The RPJMD IKU of a Pemda (schema/rpjmd-iku.ts): read the whole tree of one RPJMD, replace it in the caller's
 * transaction, and find OPD indicators by OPD slug + code for links. Every query scoped by Pemda.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { indikator, opd, rpjmdIku, rpjmdIkuTautan, rpjmdSasaran, rpjmdTujuan } from "../schema";

export type RpjmdTujuanRow = typeof rpjmdTujuan.$inferSelect;
export type RpjmdSasaranRow = typeof rpjmdSasaran.$inferSelect;
export type RpjmdIkuRow = typeof rpjmdIku.$inferSelect;

export interface TautanIkuRow {
  ikuId: string;
  indikatorId: string;
  utama: boolean;
  opdId: string;
  opdSlug: string;
  opdNama: string;
  indikatorKode: string;
  indikatorNama: string;
  satuan: string;
}

export interface PohonIkuRows {
  tujuan: RpjmdTujuanRow[];
  sasaran: RpjmdSasaranRow[];
  iku: RpjmdIkuRow[];
  tautan: TautanIkuRow[];
}

export async function bacaPohonIku(db: Db, pemdaId: string, rpjmdId: string): Promise<PohonIkuRows> {
  const tujuan = await db
    .select()
    .from(rpjmdTujuan)
    .where(and(eq(rpjmdTujuan.pemdaId, pemdaId), eq(rpjmdTujuan.rpjmdId, rpjmdId)))
    .orderBy(asc(rpjmdTujuan.urutan), asc(rpjmdTujuan.kode));
  const tujuanId = tujuan.map((t) => t.id);
  const sasaran = tujuanId.length
    ? await db
        .select()
        .from(rpjmdSasaran)
        .where(and(eq(rpjmdSasaran.pemdaId, pemdaId), inArray(rpjmdSasaran.tujuanId, tujuanId)))
        .orderBy(asc(rpjmdSasaran.urutan), asc(rpjmdSasaran.kode))
    : [];
  const sasaranId = sasaran.map((s) => s.id);
  const iku = sasaranId.length
    ? await db
        .select()
        .from(rpjmdIku)
        .where(and(eq(rpjmdIku.pemdaId, pemdaId), inArray(rpjmdIku.sasaranId, sasaranId)))
        .orderBy(asc(rpjmdIku.urutan), asc(rpjmdIku.kode))
    : [];
  const ikuId = iku.map((i) => i.id);
  const tautan = ikuId.length
    ? await db
        .select({
          ikuId: rpjmdIkuTautan.ikuId,
          indikatorId: rpjmdIkuTautan.indikatorId,
          utama: rpjmdIkuTautan.utama,
          opdId: rpjmdIkuTautan.opdId,
          opdSlug: opd.slug,
          opdNama: opd.nama,
          indikatorKode: indikator.kode,
          indikatorNama: indikator.nama,
          satuan: indikator.satuan,
        })
        .from(rpjmdIkuTautan)
        .innerJoin(indikator, eq(indikator.id, rpjmdIkuTautan.indikatorId))
        .innerJoin(opd, eq(opd.id, rpjmdIkuTautan.opdId))
        .where(and(eq(rpjmdIkuTautan.pemdaId, pemdaId), inArray(rpjmdIkuTautan.ikuId, ikuId)))
        .orderBy(asc(opd.slug), asc(indikator.kode))
    : [];
  return { tujuan, sasaran, iku, tautan };
}

/** The OPD indicators of the Pemda with these (OPD slug, code) pairs: id, OPD and code. */
export async function cariIndikatorOpd(
  db: Db,
  pemdaId: string,
  opdSlug: readonly string[],
): Promise<Array<{ id: string; opdId: string; opdSlug: string; kode: string }>> {
  if (opdSlug.length === 0) return [];
  return db
    .select({ id: indikator.id, opdId: indikator.opdId, opdSlug: opd.slug, kode: indikator.kode })
    .from(indikator)
    .innerJoin(opd, eq(opd.id, indikator.opdId))
    .where(and(eq(indikator.pemdaId, pemdaId), inArray(opd.slug, [...opdSlug])));
}

export interface PohonIkuBaru {
  tujuan: Array<{
    kode: string;
    teks: string;
    misiNomor: number | null;
    sasaran: Array<{
      kode: string;
      teks: string;
      iku: Array<
        Omit<typeof rpjmdIku.$inferInsert, "id" | "pemdaId" | "sasaranId"> & {
          tautan: Array<{ indikatorId: string; opdId: string; utama: boolean }>;
        }
      >;
    }>;
  }>;
}

/** Replaces the RPJMD's tujuan/sasaran/IKU/links (cascade deletes the old tree), in the caller's transaction. */
export async function gantiPohonIku(db: Db, pemdaId: string, rpjmdId: string, p: PohonIkuBaru): Promise<void> {
  await db.delete(rpjmdTujuan).where(and(eq(rpjmdTujuan.pemdaId, pemdaId), eq(rpjmdTujuan.rpjmdId, rpjmdId)));
  for (const [ti, t] of p.tujuan.entries()) {
    const [tr] = await db
      .insert(rpjmdTujuan)
      .values({ pemdaId, rpjmdId, kode: t.kode, teks: t.teks, misiNomor: t.misiNomor, urutan: ti })
      .returning({ id: rpjmdTujuan.id });
    for (const [si, s] of t.sasaran.entries()) {
      const [sr] = await db
        .insert(rpjmdSasaran)
        .values({ pemdaId, tujuanId: tr!.id, kode: s.kode, teks: s.teks, urutan: si })
        .returning({ id: rpjmdSasaran.id });
      for (const [ii, { tautan, ...i }] of s.iku.entries()) {
        const [ir] = await db
          .insert(rpjmdIku)
          .values({ ...i, pemdaId, sasaranId: sr!.id, urutan: ii })
          .returning({ id: rpjmdIku.id });
        if (tautan.length) {
          await db.insert(rpjmdIkuTautan).values(tautan.map((l) => ({ ...l, pemdaId, ikuId: ir!.id })));
        }
      }
    }
  }
}
