import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { analisisSasaran, bukti, indikatorProgram, realisasi } from "../schema";

export type RealisasiRow = typeof realisasi.$inferSelect;
export type RealisasiBaru = Omit<typeof realisasi.$inferInsert, "id">;
export type BuktiRow = typeof bukti.$inferSelect;
export type BuktiInfo = Omit<BuktiRow, "isi">;
export type AnalisisRow = typeof analisisSasaran.$inferSelect;
export type IndikatorProgramRow = typeof indikatorProgram.$inferSelect;
export type IndikatorProgramBaru = Omit<typeof indikatorProgram.$inferInsert, "id">;

export async function listRealisasi(db: Db, opdId: string): Promise<RealisasiRow[]> {
  return db
    .select()
    .from(realisasi)
    .where(eq(realisasi.opdId, opdId))
    .orderBy(asc(realisasi.tahun), asc(realisasi.periode));
}

export async function upsertRealisasi(db: Db, row: RealisasiBaru): Promise<RealisasiRow> {
  const [saved] = await db
    .insert(realisasi)
    .values(row)
    .onConflictDoUpdate({
      target: [realisasi.indikatorId, realisasi.tahun, realisasi.periode],
      set: { nilai: row.nilai, narasi: row.narasi, sumber: row.sumber },
    })
    .returning();
  if (!saved) throw new Error("upsertRealisasi: no row");
  return saved;
}

export async function deleteRealisasi(db: Db, id: string): Promise<void> {
  await db.delete(realisasi).where(eq(realisasi.id, id));
}

const KOLOM_BUKTI = {
  id: bukti.id,
  pemdaId: bukti.pemdaId,
  opdId: bukti.opdId,
  indikatorId: bukti.indikatorId,
  tahun: bukti.tahun,
  periode: bukti.periode,
  namaBerkas: bukti.namaBerkas,
  mime: bukti.mime,
  ukuran: bukti.ukuran,
  sha256: bukti.sha256,
  diunggahOleh: bukti.diunggahOleh,
  diunggahPada: bukti.diunggahPada,
};

/** Evidence metadata of an OPD (without the file bytes). */
export async function listBukti(db: Db, opdId: string, tahun?: number): Promise<BuktiInfo[]> {
  return db
    .select(KOLOM_BUKTI)
    .from(bukti)
    .where(tahun === undefined ? eq(bukti.opdId, opdId) : and(eq(bukti.opdId, opdId), eq(bukti.tahun, tahun)))
    .orderBy(asc(bukti.diunggahPada));
}

export async function getBukti(db: Db, opdId: string, id: string): Promise<BuktiRow | undefined> {
  const rows = await db
    .select()
    .from(bukti)
    .where(and(eq(bukti.opdId, opdId), eq(bukti.id, id)));
  return rows[0];
}

export async function insertBukti(db: Db, row: Omit<typeof bukti.$inferInsert, "id">): Promise<BuktiInfo> {
  const [saved] = await db.insert(bukti).values(row).returning(KOLOM_BUKTI);
  if (!saved) throw new Error("insertBukti: no row");
  return saved;
}

export async function deleteBukti(db: Db, id: string): Promise<void> {
  await db.delete(bukti).where(eq(bukti.id, id));
}

export async function listAnalisis(db: Db, opdId: string, tahun: number): Promise<AnalisisRow[]> {
  return db
    .select()
    .from(analisisSasaran)
    .where(and(eq(analisisSasaran.opdId, opdId), eq(analisisSasaran.tahun, tahun)));
}

export async function upsertAnalisis(db: Db, row: Omit<typeof analisisSasaran.$inferInsert, "id">): Promise<void> {
  const { sasaranId: _s, tahun: _t, pemdaId: _p, opdId: _o, ...set } = row;
  await db
    .insert(analisisSasaran)
    .values(row)
    .onConflictDoUpdate({ target: [analisisSasaran.sasaranId, analisisSasaran.tahun], set });
}

export async function listIndikatorProgram(db: Db, opdId: string, tahun: number): Promise<IndikatorProgramRow[]> {
  return db
    .select()
    .from(indikatorProgram)
    .where(and(eq(indikatorProgram.opdId, opdId), eq(indikatorProgram.tahun, tahun)))
    .orderBy(asc(indikatorProgram.urutan));
}

export async function insertIndikatorProgram(db: Db, row: IndikatorProgramBaru): Promise<void> {
  await db.insert(indikatorProgram).values(row);
}

export async function updateIndikatorProgram(db: Db, id: string, set: Partial<IndikatorProgramBaru>): Promise<void> {
  await db.update(indikatorProgram).set(set).where(eq(indikatorProgram.id, id));
}

export async function deleteIndikatorProgram(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(indikatorProgram).where(inArray(indikatorProgram.id, ids));
}
