import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { renstra, renstraArah, renstraSasaran, renstraTujuan, rpjmd, rpjmdMisi } from "../schema";

export type RpjmdRow = typeof rpjmd.$inferSelect;
export type RpjmdMisiRow = typeof rpjmdMisi.$inferSelect;
export type RenstraRow = typeof renstra.$inferSelect;
export type TujuanRow = typeof renstraTujuan.$inferSelect;
export type SasaranRow = typeof renstraSasaran.$inferSelect;
export type ArahRow = typeof renstraArah.$inferSelect;

export async function listRpjmd(db: Db, pemdaId: string): Promise<RpjmdRow[]> {
  return db.select().from(rpjmd).where(eq(rpjmd.pemdaId, pemdaId)).orderBy(asc(rpjmd.tahunAwal));
}

export async function listMisi(db: Db, rpjmdId: string): Promise<RpjmdMisiRow[]> {
  return db.select().from(rpjmdMisi).where(eq(rpjmdMisi.rpjmdId, rpjmdId)).orderBy(asc(rpjmdMisi.nomor));
}

export async function upsertRpjmd(db: Db, row: Omit<typeof rpjmd.$inferInsert, "id">): Promise<RpjmdRow> {
  const { pemdaId: _p, tahunAwal: _t, ...set } = row;
  const [saved] = await db
    .insert(rpjmd)
    .values(row)
    .onConflictDoUpdate({ target: [rpjmd.pemdaId, rpjmd.tahunAwal], set })
    .returning();
  if (!saved) throw new Error("upsertRpjmd: no row");
  return saved;
}

export async function replaceMisi(
  db: Db,
  key: { pemdaId: string; rpjmdId: string },
  misi: Array<{ nomor: number; teks: string }>,
): Promise<void> {
  await db.delete(rpjmdMisi).where(eq(rpjmdMisi.rpjmdId, key.rpjmdId));
  if (misi.length) await db.insert(rpjmdMisi).values(misi.map((m) => ({ ...key, ...m })));
}

export async function listRenstra(db: Db, opdId: string): Promise<RenstraRow[]> {
  return db.select().from(renstra).where(eq(renstra.opdId, opdId)).orderBy(asc(renstra.tahunAwal));
}

export async function upsertRenstra(db: Db, row: Omit<typeof renstra.$inferInsert, "id">): Promise<RenstraRow> {
  const { opdId: _o, tahunAwal: _t, pemdaId: _p, ...set } = row;
  const [saved] = await db
    .insert(renstra)
    .values(row)
    .onConflictDoUpdate({ target: [renstra.opdId, renstra.tahunAwal], set })
    .returning();
  if (!saved) throw new Error("upsertRenstra: no row");
  return saved;
}

export async function listTujuan(db: Db, renstraId: string): Promise<TujuanRow[]> {
  return db
    .select()
    .from(renstraTujuan)
    .where(eq(renstraTujuan.renstraId, renstraId))
    .orderBy(asc(renstraTujuan.urutan));
}

export async function listSasaranOpd(db: Db, opdId: string): Promise<SasaranRow[]> {
  return db.select().from(renstraSasaran).where(eq(renstraSasaran.opdId, opdId)).orderBy(asc(renstraSasaran.urutan));
}

export async function listArahOpd(db: Db, opdId: string): Promise<ArahRow[]> {
  return db.select().from(renstraArah).where(eq(renstraArah.opdId, opdId)).orderBy(asc(renstraArah.urutan));
}

export async function upsertTujuan(db: Db, row: Omit<typeof renstraTujuan.$inferInsert, "id">): Promise<TujuanRow> {
  const [saved] = await db
    .insert(renstraTujuan)
    .values(row)
    .onConflictDoUpdate({
      target: [renstraTujuan.renstraId, renstraTujuan.kode],
      set: { teks: row.teks, urutan: row.urutan, sumber: row.sumber },
    })
    .returning();
  if (!saved) throw new Error("upsertTujuan: no row");
  return saved;
}

export async function upsertSasaran(db: Db, row: Omit<typeof renstraSasaran.$inferInsert, "id">): Promise<SasaranRow> {
  const [saved] = await db
    .insert(renstraSasaran)
    .values(row)
    .onConflictDoUpdate({
      target: [renstraSasaran.opdId, renstraSasaran.tujuanId, renstraSasaran.kode],
      set: { teks: row.teks, urutan: row.urutan, sumber: row.sumber },
    })
    .returning();
  if (!saved) throw new Error("upsertSasaran: no row");
  return saved;
}

export async function replaceArah(
  db: Db,
  key: { pemdaId: string; opdId: string; sasaranId: string },
  rows: Array<Pick<ArahRow, "jenis" | "kode" | "teks" | "urutan">>,
): Promise<void> {
  await db.delete(renstraArah).where(eq(renstraArah.sasaranId, key.sasaranId));
  if (rows.length) await db.insert(renstraArah).values(rows.map((r) => ({ ...key, ...r })));
}

export async function deleteTujuan(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(renstraTujuan).where(inArray(renstraTujuan.id, ids));
}

export async function deleteSasaran(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(renstraSasaran).where(inArray(renstraSasaran.id, ids));
}

export async function getSasaran(db: Db, opdId: string, id: string): Promise<SasaranRow | undefined> {
  const rows = await db
    .select()
    .from(renstraSasaran)
    .where(and(eq(renstraSasaran.opdId, opdId), eq(renstraSasaran.id, id)));
  return rows[0];
}
