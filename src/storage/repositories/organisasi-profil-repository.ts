import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { desa, opdButir, opdProfil, pemdaProfil, unitKerja } from "../schema";

export type PemdaProfilRow = typeof pemdaProfil.$inferSelect;
export type OpdProfilRow = typeof opdProfil.$inferSelect;
export type UnitKerjaRow = typeof unitKerja.$inferSelect;
export type OpdButirRow = typeof opdButir.$inferSelect;
export type DesaRow = typeof desa.$inferSelect;
export type DesaBaru = Omit<typeof desa.$inferInsert, "id">;

export async function getPemdaProfil(db: Db, pemdaId: string): Promise<PemdaProfilRow | undefined> {
  const rows = await db.select().from(pemdaProfil).where(eq(pemdaProfil.pemdaId, pemdaId));
  return rows[0];
}

export async function upsertPemdaProfil(db: Db, row: typeof pemdaProfil.$inferInsert): Promise<void> {
  const { pemdaId: _id, ...set } = row;
  await db.insert(pemdaProfil).values(row).onConflictDoUpdate({ target: pemdaProfil.pemdaId, set });
}

export async function getOpdProfil(db: Db, opdId: string): Promise<OpdProfilRow | undefined> {
  const rows = await db.select().from(opdProfil).where(eq(opdProfil.opdId, opdId));
  return rows[0];
}

export async function upsertOpdProfil(db: Db, row: typeof opdProfil.$inferInsert): Promise<void> {
  const { opdId: _id, ...set } = row;
  await db.insert(opdProfil).values(row).onConflictDoUpdate({ target: opdProfil.opdId, set });
}

export async function listUnitKerja(db: Db, opdId: string): Promise<UnitKerjaRow[]> {
  return db
    .select()
    .from(unitKerja)
    .where(eq(unitKerja.opdId, opdId))
    .orderBy(asc(unitKerja.urutan), asc(unitKerja.kode));
}

export async function insertUnitKerja(db: Db, row: Omit<typeof unitKerja.$inferInsert, "id">): Promise<UnitKerjaRow> {
  const [saved] = await db.insert(unitKerja).values(row).returning();
  if (!saved) throw new Error("insertUnitKerja: no row");
  return saved;
}

export async function updateUnitKerja(db: Db, id: string, set: Partial<typeof unitKerja.$inferInsert>): Promise<void> {
  await db.update(unitKerja).set(set).where(eq(unitKerja.id, id));
}

export async function deleteUnitKerja(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(unitKerja).where(inArray(unitKerja.id, ids));
}

export async function listButir(db: Db, opdId: string): Promise<OpdButirRow[]> {
  return db.select().from(opdButir).where(eq(opdButir.opdId, opdId)).orderBy(asc(opdButir.jenis), asc(opdButir.nomor));
}

/** Replaces the items of one list (fungsi / dasar-hukum / inovasi) of an OPD. */
export async function replaceButir(
  db: Db,
  key: { pemdaId: string; opdId: string; jenis: OpdButirRow["jenis"] },
  rows: Array<Pick<OpdButirRow, "nomor" | "judul" | "teks" | "sumber">>,
): Promise<void> {
  await db.delete(opdButir).where(and(eq(opdButir.opdId, key.opdId), eq(opdButir.jenis, key.jenis)));
  if (rows.length) await db.insert(opdButir).values(rows.map((r) => ({ ...key, ...r })));
}

export async function listDesa(db: Db, opdId: string): Promise<DesaRow[]> {
  return db.select().from(desa).where(eq(desa.opdId, opdId)).orderBy(asc(desa.nomor), asc(desa.nama));
}

export async function insertDesa(db: Db, row: DesaBaru): Promise<void> {
  await db.insert(desa).values(row);
}

export async function updateDesa(db: Db, id: string, set: Partial<DesaBaru>): Promise<void> {
  await db.update(desa).set(set).where(eq(desa.id, id));
}

export async function deleteDesa(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(desa).where(inArray(desa.id, ids));
}
