import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../database";
import { catatanSumber, pembanding, pembandingNilai } from "../schema";

export type PembandingRow = typeof pembanding.$inferSelect;
export type PembandingNilaiRow = typeof pembandingNilai.$inferSelect;
export type CatatanSumberRow = typeof catatanSumber.$inferSelect;
export type CatatanSumberBaru = Omit<typeof catatanSumber.$inferInsert, "id">;

export async function getPembanding(db: Db, opdId: string): Promise<PembandingRow | undefined> {
  const rows = await db.select().from(pembanding).where(eq(pembanding.opdId, opdId));
  return rows[0];
}

export async function listPembandingNilai(db: Db, opdId: string): Promise<PembandingNilaiRow[]> {
  return db
    .select()
    .from(pembandingNilai)
    .where(eq(pembandingNilai.opdId, opdId))
    .orderBy(asc(pembandingNilai.indikatorKode), asc(pembandingNilai.tahun));
}

export async function replacePembanding(
  db: Db,
  row: typeof pembanding.$inferInsert,
  nilai: Array<Omit<PembandingNilaiRow, "pemdaId" | "opdId">>,
): Promise<void> {
  const { opdId: _o, ...set } = row;
  await db.insert(pembanding).values(row).onConflictDoUpdate({ target: pembanding.opdId, set });
  await db.delete(pembandingNilai).where(eq(pembandingNilai.opdId, row.opdId));
  if (nilai.length) {
    await db.insert(pembandingNilai).values(nilai.map((n) => ({ ...n, pemdaId: row.pemdaId, opdId: row.opdId })));
  }
}

export async function listCatatanSumber(db: Db, pemdaId: string, opdId?: string): Promise<CatatanSumberRow[]> {
  return db
    .select()
    .from(catatanSumber)
    .where(
      opdId === undefined
        ? eq(catatanSumber.pemdaId, pemdaId)
        : and(eq(catatanSumber.pemdaId, pemdaId), eq(catatanSumber.opdId, opdId)),
    )
    .orderBy(asc(catatanSumber.kode));
}

export async function upsertCatatanSumber(db: Db, row: CatatanSumberBaru): Promise<void> {
  const { pemdaId: _p, kode: _k, ...set } = row;
  await db
    .insert(catatanSumber)
    .values(row)
    .onConflictDoUpdate({ target: [catatanSumber.pemdaId, catatanSumber.kode], set });
}
