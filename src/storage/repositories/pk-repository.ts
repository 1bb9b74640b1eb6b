import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { pk, pkAnggaran, pkKinerja } from "../schema";

export type PkRow = typeof pk.$inferSelect;
export type PkBaru = Omit<typeof pk.$inferInsert, "id">;
export type PkKinerjaRow = typeof pkKinerja.$inferSelect;
export type PkKinerjaBaru = Omit<typeof pkKinerja.$inferInsert, "id">;
export type PkAnggaranRow = typeof pkAnggaran.$inferSelect;
export type PkAnggaranBaru = Omit<typeof pkAnggaran.$inferInsert, "id">;

export async function listPk(db: Db, opdId: string, tahun?: number): Promise<PkRow[]> {
  return db
    .select()
    .from(pk)
    .where(tahun === undefined ? eq(pk.opdId, opdId) : and(eq(pk.opdId, opdId), eq(pk.tahun, tahun)))
    .orderBy(asc(pk.tahun), asc(pk.kode));
}

export async function upsertPk(db: Db, row: PkBaru): Promise<PkRow> {
  const { opdId: _o, kode: _k, pemdaId: _p, ...set } = row;
  const [saved] = await db
    .insert(pk)
    .values(row)
    .onConflictDoUpdate({ target: [pk.opdId, pk.kode], set })
    .returning();
  if (!saved) throw new Error("upsertPk: no row");
  return saved;
}

export async function listKinerja(db: Db, pkIds: string[]): Promise<PkKinerjaRow[]> {
  if (!pkIds.length) return [];
  return db.select().from(pkKinerja).where(inArray(pkKinerja.pkId, pkIds)).orderBy(asc(pkKinerja.urutan));
}

export async function listKinerjaOpd(db: Db, opdId: string): Promise<PkKinerjaRow[]> {
  return db.select().from(pkKinerja).where(eq(pkKinerja.opdId, opdId)).orderBy(asc(pkKinerja.urutan));
}

export async function listAnggaranPk(db: Db, pkIds: string[]): Promise<PkAnggaranRow[]> {
  if (!pkIds.length) return [];
  return db.select().from(pkAnggaran).where(inArray(pkAnggaran.pkId, pkIds)).orderBy(asc(pkAnggaran.urutan));
}

export async function insertKinerja(db: Db, row: PkKinerjaBaru): Promise<PkKinerjaRow> {
  const [saved] = await db.insert(pkKinerja).values(row).returning();
  if (!saved) throw new Error("insertKinerja: no row");
  return saved;
}

export async function updateKinerja(db: Db, id: string, set: Partial<PkKinerjaBaru>): Promise<void> {
  await db.update(pkKinerja).set(set).where(eq(pkKinerja.id, id));
}

export async function deleteKinerja(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(pkKinerja).where(inArray(pkKinerja.id, ids));
}

export async function insertAnggaranPk(db: Db, row: PkAnggaranBaru): Promise<PkAnggaranRow> {
  const [saved] = await db.insert(pkAnggaran).values(row).returning();
  if (!saved) throw new Error("insertAnggaranPk: no row");
  return saved;
}

export async function updateAnggaranPk(db: Db, id: string, set: Partial<PkAnggaranBaru>): Promise<void> {
  await db.update(pkAnggaran).set(set).where(eq(pkAnggaran.id, id));
}

export async function deleteAnggaranPk(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(pkAnggaran).where(inArray(pkAnggaran.id, ids));
}

/** Deletes one PK; its kinerja and budget rows go with it (ON DELETE CASCADE). */
export async function deletePk(db: Db, id: string): Promise<void> {
  await db.delete(pk).where(eq(pk.id, id));
}
