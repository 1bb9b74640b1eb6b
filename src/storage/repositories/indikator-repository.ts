import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { indikator, indikatorTarget } from "../schema";

export type IndikatorRow = typeof indikator.$inferSelect;
export type IndikatorBaru = Omit<typeof indikator.$inferInsert, "id">;
export type TargetRow = typeof indikatorTarget.$inferSelect;

export async function listIndikator(db: Db, opdId: string): Promise<IndikatorRow[]> {
  return db
    .select()
    .from(indikator)
    .where(eq(indikator.opdId, opdId))
    .orderBy(asc(indikator.urutan), asc(indikator.kode));
}

export async function getIndikator(db: Db, opdId: string, id: string): Promise<IndikatorRow | undefined> {
  const rows = await db
    .select()
    .from(indikator)
    .where(and(eq(indikator.opdId, opdId), eq(indikator.id, id)));
  return rows[0];
}

export async function upsertIndikator(db: Db, row: IndikatorBaru): Promise<IndikatorRow> {
  const { pemdaId: _p, opdId: _o, kode: _k, ...set } = row;
  const [saved] = await db
    .insert(indikator)
    .values(row)
    .onConflictDoUpdate({ target: [indikator.opdId, indikator.kode], set })
    .returning();
  if (!saved) throw new Error("upsertIndikator: no row");
  return saved;
}

export async function listTarget(db: Db, opdId: string): Promise<TargetRow[]> {
  return db.select().from(indikatorTarget).where(eq(indikatorTarget.opdId, opdId)).orderBy(asc(indikatorTarget.tahun));
}

export async function setTarget(db: Db, row: typeof indikatorTarget.$inferInsert): Promise<void> {
  await db
    .insert(indikatorTarget)
    .values(row)
    .onConflictDoUpdate({
      target: [indikatorTarget.indikatorId, indikatorTarget.tahun],
      set: { targetTeks: row.targetTeks, sumber: row.sumber },
    });
}

export async function deleteTarget(db: Db, indikatorId: string, tahun: number[]): Promise<void> {
  if (tahun.length) {
    await db
      .delete(indikatorTarget)
      .where(and(eq(indikatorTarget.indikatorId, indikatorId), inArray(indikatorTarget.tahun, tahun)));
  }
}
