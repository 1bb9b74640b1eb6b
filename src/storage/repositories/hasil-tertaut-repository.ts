import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { hasilEvaluasiAkip, hasilSurvei } from "../schema";

export type HasilSurveiRow = typeof hasilSurvei.$inferSelect;
export type HasilSurveiBaru = Omit<typeof hasilSurvei.$inferInsert, "id">;
export type HasilAkipRow = typeof hasilEvaluasiAkip.$inferSelect;
export type HasilAkipBaru = Omit<typeof hasilEvaluasiAkip.$inferInsert, "id">;

export async function listHasilSurvei(db: Db, opdIds: string[]): Promise<HasilSurveiRow[]> {
  if (!opdIds.length) return [];
  return db
    .select()
    .from(hasilSurvei)
    .where(inArray(hasilSurvei.opdId, opdIds))
    .orderBy(asc(hasilSurvei.tahun), asc(hasilSurvei.periodeSelesai));
}

export async function upsertHasilSurvei(db: Db, row: HasilSurveiBaru): Promise<HasilSurveiRow> {
  const { opdId: _o, kode: _k, pemdaId: _p, ...set } = row;
  const [saved] = await db
    .insert(hasilSurvei)
    .values(row)
    .onConflictDoUpdate({ target: [hasilSurvei.opdId, hasilSurvei.kode], set })
    .returning();
  if (!saved) throw new Error("upsertHasilSurvei: no row");
  return saved;
}

export async function listHasilAkip(db: Db, opdIds: string[]): Promise<HasilAkipRow[]> {
  if (!opdIds.length) return [];
  return db
    .select()
    .from(hasilEvaluasiAkip)
    .where(inArray(hasilEvaluasiAkip.opdId, opdIds))
    .orderBy(asc(hasilEvaluasiAkip.tahun));
}

export async function listHasilAkipPemda(db: Db, pemdaId: string, tahun: number): Promise<HasilAkipRow[]> {
  return db
    .select()
    .from(hasilEvaluasiAkip)
    .where(
      and(
        eq(hasilEvaluasiAkip.pemdaId, pemdaId),
        eq(hasilEvaluasiAkip.tahun, tahun),
        eq(hasilEvaluasiAkip.jenis, "hasil"),
      ),
    );
}

export async function upsertHasilAkip(db: Db, row: HasilAkipBaru): Promise<HasilAkipRow> {
  const { opdId: _o, tahun: _t, jenis: _j, pemdaId: _p, ...set } = row;
  const [saved] = await db
    .insert(hasilEvaluasiAkip)
    .values(row)
    .onConflictDoUpdate({
      target: [hasilEvaluasiAkip.opdId, hasilEvaluasiAkip.tahun, hasilEvaluasiAkip.jenis],
      set,
    })
    .returning();
  if (!saved) throw new Error("upsertHasilAkip: no row");
  return saved;
}
