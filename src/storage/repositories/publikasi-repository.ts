/** Published items of the public portal (ADR 0029); every query scoped by Pemda (and OPD). */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../database";
import { publikasi, type JenisPublikasi } from "../schema";

export type PublikasiRow = typeof publikasi.$inferSelect;
export type PublikasiBaru = typeof publikasi.$inferInsert;
/** A published item without its file bytes (lists and pages). */
export type PublikasiRingkas = Omit<PublikasiRow, "berkas"> & { ukuranBerkas: number | null };

const kolomRingkas = {
  id: publikasi.id,
  pemdaId: publikasi.pemdaId,
  opdId: publikasi.opdId,
  tahun: publikasi.tahun,
  jenis: publikasi.jenis,
  judul: publikasi.judul,
  data: publikasi.data,
  namaBerkas: publikasi.namaBerkas,
  jenisMime: publikasi.jenisMime,
  diterbitkanPada: publikasi.diterbitkanPada,
  diterbitkanOleh: publikasi.diterbitkanOleh,
  ukuranBerkas: sql<number | null>`octet_length(${publikasi.berkas})`.mapWith((v) => (v === null ? null : Number(v))),
};

/** Items of one OPD (all years, or one year), without file bytes. */
export async function listPublikasiOpd(
  db: Db,
  pemdaId: string,
  opdId: string,
  tahun?: number,
): Promise<PublikasiRingkas[]> {
  const syarat = [eq(publikasi.pemdaId, pemdaId), eq(publikasi.opdId, opdId)];
  if (tahun !== undefined) syarat.push(eq(publikasi.tahun, tahun));
  return db
    .select(kolomRingkas)
    .from(publikasi)
    .where(and(...syarat))
    .orderBy(asc(publikasi.tahun), asc(publikasi.jenis));
}

/** Per OPD of the Pemda: how many items and which years are published (the portal's OPD list). */
export async function ringkasPublikasiPemda(
  db: Db,
  pemdaId: string,
): Promise<Array<{ opdId: string; tahun: number; jumlah: number }>> {
  const rows = await db
    .select({ opdId: publikasi.opdId, tahun: publikasi.tahun, jumlah: sql<number>`count(*)`.mapWith(Number) })
    .from(publikasi)
    .where(eq(publikasi.pemdaId, pemdaId))
    .groupBy(publikasi.opdId, publikasi.tahun)
    .orderBy(asc(publikasi.tahun));
  return rows;
}

/** One item with its file bytes. */
export async function getPublikasi(
  db: Db,
  pemdaId: string,
  opdId: string,
  tahun: number,
  jenis: JenisPublikasi,
): Promise<PublikasiRow | undefined> {
  const [row] = await db
    .select()
    .from(publikasi)
    .where(
      and(
        eq(publikasi.pemdaId, pemdaId),
        eq(publikasi.opdId, opdId),
        eq(publikasi.tahun, tahun),
        eq(publikasi.jenis, jenis),
      ),
    );
  return row;
}

/** Publishes (or republishes: replaces the frozen copy) one item. */
export async function simpanPublikasi(db: Db, row: PublikasiBaru): Promise<PublikasiRow> {
  const [saved] = await db
    .insert(publikasi)
    .values(row)
    .onConflictDoUpdate({
      target: [publikasi.opdId, publikasi.tahun, publikasi.jenis],
      set: {
        judul: row.judul,
        data: row.data,
        berkas: row.berkas ?? null,
        namaBerkas: row.namaBerkas ?? null,
        jenisMime: row.jenisMime ?? null,
        diterbitkanPada: row.diterbitkanPada ?? sql`now()`,
        diterbitkanOleh: row.diterbitkanOleh,
      },
    })
    .returning();
  if (!saved) throw new Error("simpanPublikasi: no row returned");
  return saved;
}

/** Withdraws one item; answers whether it existed. */
export async function hapusPublikasi(db: Db, pemdaId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(publikasi)
    .where(and(eq(publikasi.pemdaId, pemdaId), eq(publikasi.id, id)))
    .returning({ id: publikasi.id });
  return rows.length > 0;
}
