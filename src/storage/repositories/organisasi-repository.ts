import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../database";
import { opd, opdProfil, pemda } from "../schema";

export interface PemdaRow {
  id: string;
  slug: string;
  nama: string;
  jenis: "kabupaten" | "kota";
  provinsi: string;
}

export interface OpdRow {
  id: string;
  pemdaId: string;
  slug: string;
  nama: string;
  jenis: typeof opd.$inferSelect.jenis;
  kode: string | null;
  urutan: number | null;
}

export async function listPemda(db: Db): Promise<PemdaRow[]> {
  return db
    .select({ id: pemda.id, slug: pemda.slug, nama: pemda.nama, jenis: pemda.jenis, provinsi: pemda.provinsi })
    .from(pemda)
    .orderBy(asc(pemda.nama));
}

export async function upsertPemda(db: Db, row: Omit<PemdaRow, "id">): Promise<PemdaRow> {
  const [saved] = await db
    .insert(pemda)
    .values(row)
    .onConflictDoUpdate({ target: pemda.slug, set: { nama: row.nama, jenis: row.jenis, provinsi: row.provinsi } })
    .returning();
  if (!saved) throw new Error("upsertPemda: no row returned");
  return saved;
}

/** OPDs of one Pemda, in recap order. Every query on tenant data is scoped by pemdaId. */
export async function listOpd(db: Db, pemdaId: string): Promise<OpdRow[]> {
  return db
    .select({
      id: opd.id,
      pemdaId: opd.pemdaId,
      slug: opd.slug,
      nama: opd.nama,
      jenis: opd.jenis,
      kode: opd.kode,
      urutan: opd.urutan,
    })
    .from(opd)
    .where(eq(opd.pemdaId, pemdaId))
    .orderBy(sql`${opd.urutan} asc nulls last`, asc(opd.nama));
}

export async function upsertOpd(db: Db, row: Omit<OpdRow, "id">): Promise<OpdRow> {
  const [saved] = await db
    .insert(opd)
    .values(row)
    .onConflictDoUpdate({
      target: [opd.pemdaId, opd.slug],
      set: { nama: row.nama, jenis: row.jenis, kode: row.kode, urutan: row.urutan },
    })
    .returning();
  if (!saved) throw new Error("upsertOpd: no row returned");
  return saved;
}

export async function countOpdPerPemda(db: Db): Promise<Array<{ pemdaSlug: string; jumlah: number }>> {
  return db
    .select({ pemdaSlug: pemda.slug, jumlah: sql<number>`cast(count(${opd.id}) as integer)` })
    .from(pemda)
    .leftJoin(opd, eq(opd.pemdaId, pemda.id))
    .groupBy(pemda.slug)
    .orderBy(asc(pemda.slug));
}

/** An OPD with its address (opd_profil.alamat), for the admin's list. */
export interface OpdRinciRow extends OpdRow {
  alamat: string | null;
}

/** OPDs of one Pemda with their address, in recap order. */
export async function listOpdRinci(db: Db, pemdaId: string): Promise<OpdRinciRow[]> {
  return db
    .select({
      id: opd.id,
      pemdaId: opd.pemdaId,
      slug: opd.slug,
      nama: opd.nama,
      jenis: opd.jenis,
      kode: opd.kode,
      urutan: opd.urutan,
      alamat: opdProfil.alamat,
    })
    .from(opd)
    .leftJoin(opdProfil, eq(opdProfil.opdId, opd.id))
    .where(eq(opd.pemdaId, pemdaId))
    .orderBy(sql`${opd.urutan} asc nulls last`, asc(opd.nama));
}

/** Inserts a new OPD (the caller has checked that its slug is free in the Pemda). */
export async function insertOpd(db: Db, row: Omit<OpdRow, "id">): Promise<OpdRow> {
  const [saved] = await db.insert(opd).values(row).returning();
  if (!saved) throw new Error("insertOpd: no row returned");
  return saved;
}

/** Updates an OPD's fields (never its slug or Pemda), scoped by Pemda. */
export async function updateOpd(
  db: Db,
  pemdaId: string,
  id: string,
  set: Partial<Pick<OpdRow, "nama" | "jenis" | "kode" | "urutan">>,
): Promise<void> {
  await db
    .update(opd)
    .set(set)
    .where(and(eq(opd.pemdaId, pemdaId), eq(opd.id, id)));
}
