import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { pejabatPenugasan } from "../schema";

export type PenugasanRow = typeof pejabatPenugasan.$inferSelect;
export type PenugasanBaru = Omit<typeof pejabatPenugasan.$inferInsert, "id" | "dibuatPada">;

/** Plt./Plh. assignments of one official, oldest first. */
export async function listPenugasanPejabat(db: Db, pemdaId: string, pejabatId: string): Promise<PenugasanRow[]> {
  return db
    .select()
    .from(pejabatPenugasan)
    .where(and(eq(pejabatPenugasan.pemdaId, pemdaId), eq(pejabatPenugasan.pejabatId, pejabatId)))
    .orderBy(asc(pejabatPenugasan.mulai));
}

export async function insertPenugasan(db: Db, row: PenugasanBaru): Promise<PenugasanRow> {
  const [saved] = await db.insert(pejabatPenugasan).values(row).returning();
  if (!saved) throw new Error("insertPenugasan: no row");
  return saved;
}

/** Plt./Plh. assignments of several officials (the parties of an OPD's PKs), oldest first. */
export async function listPenugasanUntuk(db: Db, pejabatIds: readonly string[]): Promise<PenugasanRow[]> {
  if (pejabatIds.length === 0) return [];
  return db
    .select()
    .from(pejabatPenugasan)
    .where(inArray(pejabatPenugasan.pejabatId, [...pejabatIds]))
    .orderBy(asc(pejabatPenugasan.mulai));
}

/** Sets the end date of one assignment (ending it); undefined when it is not the official's. */
export async function akhiriPenugasanRow(
  db: Db,
  pemdaId: string,
  pejabatId: string,
  id: string,
  selesai: string,
): Promise<PenugasanRow | undefined> {
  const [row] = await db
    .update(pejabatPenugasan)
    .set({ selesai })
    .where(
      and(
        eq(pejabatPenugasan.pemdaId, pemdaId),
        eq(pejabatPenugasan.pejabatId, pejabatId),
        eq(pejabatPenugasan.id, id),
      ),
    )
    .returning();
  return row;
}
