/** The report's free texts, edited paragraphs and signatures of an OPD and year (schema/laporan.ts). */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { laporanNarasi, laporanPenandatangan, laporanTeks } from "../schema";

export type TeksLaporanRow = typeof laporanTeks.$inferSelect;
export type NarasiLaporanRow = typeof laporanNarasi.$inferSelect;
export type PenandatanganLaporanRow = typeof laporanPenandatangan.$inferSelect;

export interface KunciLaporan {
  opdId: string;
  tahun: number;
}

export async function listTeksLaporan(db: Db, k: KunciLaporan): Promise<TeksLaporanRow[]> {
  return db
    .select()
    .from(laporanTeks)
    .where(and(eq(laporanTeks.opdId, k.opdId), eq(laporanTeks.tahun, k.tahun)))
    .orderBy(asc(laporanTeks.kode));
}

export async function upsertTeksLaporan(db: Db, row: TeksLaporanRow): Promise<void> {
  const { opdId: _o, tahun: _t, kode: _k, ...set } = row;
  await db
    .insert(laporanTeks)
    .values(row)
    .onConflictDoUpdate({ target: [laporanTeks.opdId, laporanTeks.tahun, laporanTeks.kode], set });
}

export async function deleteTeksLaporan(db: Db, k: KunciLaporan, kode: string): Promise<void> {
  await db
    .delete(laporanTeks)
    .where(and(eq(laporanTeks.opdId, k.opdId), eq(laporanTeks.tahun, k.tahun), eq(laporanTeks.kode, kode)));
}

export async function listNarasiLaporan(db: Db, k: KunciLaporan): Promise<NarasiLaporanRow[]> {
  return db
    .select()
    .from(laporanNarasi)
    .where(and(eq(laporanNarasi.opdId, k.opdId), eq(laporanNarasi.tahun, k.tahun)))
    .orderBy(asc(laporanNarasi.kunci));
}

export async function upsertNarasiLaporan(db: Db, row: NarasiLaporanRow): Promise<void> {
  const { opdId: _o, tahun: _t, kunci: _k, ...set } = row;
  await db
    .insert(laporanNarasi)
    .values(row)
    .onConflictDoUpdate({ target: [laporanNarasi.opdId, laporanNarasi.tahun, laporanNarasi.kunci], set });
}

export async function deleteNarasiLaporan(db: Db, k: KunciLaporan, kunci: string): Promise<void> {
  await db
    .delete(laporanNarasi)
    .where(and(eq(laporanNarasi.opdId, k.opdId), eq(laporanNarasi.tahun, k.tahun), eq(laporanNarasi.kunci, kunci)));
}

export async function listPenandatanganLaporan(db: Db, k: KunciLaporan): Promise<PenandatanganLaporanRow[]> {
  return db
    .select()
    .from(laporanPenandatangan)
    .where(and(eq(laporanPenandatangan.opdId, k.opdId), eq(laporanPenandatangan.tahun, k.tahun)))
    .orderBy(asc(laporanPenandatangan.dokumen));
}

export async function upsertPenandatanganLaporan(db: Db, row: PenandatanganLaporanRow): Promise<void> {
  const { opdId: _o, tahun: _t, dokumen: _d, ...set } = row;
  await db
    .insert(laporanPenandatangan)
    .values(row)
    .onConflictDoUpdate({
      target: [laporanPenandatangan.opdId, laporanPenandatangan.tahun, laporanPenandatangan.dokumen],
      set,
    });
}

export async function deletePenandatanganLaporan(
  db: Db,
  k: KunciLaporan,
  dokumen: PenandatanganLaporanRow["dokumen"],
): Promise<void> {
  await db
    .delete(laporanPenandatangan)
    .where(
      and(
        eq(laporanPenandatangan.opdId, k.opdId),
        eq(laporanPenandatangan.tahun, k.tahun),
        eq(laporanPenandatangan.dokumen, dokumen),
      ),
    );
}

/** The stored signatures (any OPD, any year) that name one of these pejabat, oldest year first. */
export async function listPenandatanganPejabat(
  db: Db,
  pemdaId: string,
  pejabatIds: readonly string[],
): Promise<PenandatanganLaporanRow[]> {
  if (!pejabatIds.length) return [];
  return db
    .select()
    .from(laporanPenandatangan)
    .where(and(eq(laporanPenandatangan.pemdaId, pemdaId), inArray(laporanPenandatangan.pejabatId, [...pejabatIds])))
    .orderBy(asc(laporanPenandatangan.tahun), asc(laporanPenandatangan.dokumen));
}
