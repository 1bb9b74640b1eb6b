import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../database";
import { pejabat } from "../schema";

export type PejabatRow = typeof pejabat.$inferSelect;
export type PejabatBaru = Omit<typeof pejabat.$inferInsert, "id">;

/** Pejabat of one scope: an OPD, or the Pemda level (opdId null: Kepala Daerah). */
export async function listPejabat(db: Db, pemdaId: string, opdId: string | null): Promise<PejabatRow[]> {
  return db
    .select()
    .from(pejabat)
    .where(and(eq(pejabat.pemdaId, pemdaId), opdId === null ? isNull(pejabat.opdId) : eq(pejabat.opdId, opdId)))
    .orderBy(asc(pejabat.kode));
}

/** Every pejabat a PK of this OPD may name: its own and the Pemda-level ones. */
export async function listPejabatUntukOpd(db: Db, pemdaId: string, opdId: string): Promise<PejabatRow[]> {
  const [own, pemda] = await Promise.all([listPejabat(db, pemdaId, opdId), listPejabat(db, pemdaId, null)]);
  return [...own, ...pemda];
}

export async function getPejabat(db: Db, pemdaId: string, id: string): Promise<PejabatRow | undefined> {
  const rows = await db
    .select()
    .from(pejabat)
    .where(and(eq(pejabat.pemdaId, pemdaId), eq(pejabat.id, id)));
  return rows[0];
}

export async function insertPejabat(db: Db, row: PejabatBaru): Promise<PejabatRow> {
  const [saved] = await db.insert(pejabat).values(row).returning();
  if (!saved) throw new Error("insertPejabat: no row");
  return saved;
}

export async function updatePejabat(db: Db, id: string, set: Partial<PejabatBaru>): Promise<void> {
  await db.update(pejabat).set(set).where(eq(pejabat.id, id));
}

export async function deletePejabat(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(pejabat).where(inArray(pejabat.id, ids));
}
