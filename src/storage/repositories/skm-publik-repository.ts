/** One-time codes and the "wajib kode" setting of the public SKM survey (ADR 0021); every query scoped by Pemda. */
import { and, count, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../database";
import { pemda, skmKodeSekali, skmLayanan, skmLayananPublik } from "../schema";

export type KodeSekaliBaru = typeof skmKodeSekali.$inferInsert;

export async function insertKodeSekali(db: Db, rows: KodeSekaliBaru[]): Promise<void> {
  if (rows.length) await db.insert(skmKodeSekali).values(rows);
}

export type HasilPakai = { status: "ok"; id: string } | { status: "terpakai" } | { status: "tidak-ada" };

/**
 * Marks a code used by the submission `kunci`, in one statement (two concurrent submissions cannot both take it).
 * The same `kunci` again (a replay) finds it already its own and passes.
 */
export async function pakaiKodeSekali(
  db: Db,
  k: { pemdaId: string; layananKode: string; kodeHash: string; kunci: string; waktu: Date },
): Promise<HasilPakai> {
  const cocok = and(
    eq(skmKodeSekali.pemdaId, k.pemdaId),
    eq(skmKodeSekali.layananKode, k.layananKode),
    eq(skmKodeSekali.kodeHash, k.kodeHash),
  );
  const rows = await db
    .update(skmKodeSekali)
    .set({ dipakaiPada: sql`coalesce(${skmKodeSekali.dipakaiPada}, ${k.waktu})`, kunci: k.kunci })
    .where(and(cocok, or(isNull(skmKodeSekali.dipakaiPada), eq(skmKodeSekali.kunci, k.kunci))))
    .returning({ id: skmKodeSekali.id });
  if (rows[0]) return { status: "ok", id: rows[0].id };
  const ada = await db.select({ id: skmKodeSekali.id }).from(skmKodeSekali).where(cocok);
  return ada.length ? { status: "terpakai" } : { status: "tidak-ada" };
}

/** Frees a code taken by a submission the intake then refused. */
export async function lepasKodeSekali(db: Db, pemdaId: string, id: string, kunci: string): Promise<void> {
  await db
    .update(skmKodeSekali)
    .set({ dipakaiPada: null, kunci: null })
    .where(and(eq(skmKodeSekali.pemdaId, pemdaId), eq(skmKodeSekali.id, id), eq(skmKodeSekali.kunci, kunci)));
}

export async function hitungKodeSekali(
  db: Db,
  pemdaId: string,
  layananKode: string,
): Promise<{ jumlah: number; terpakai: number }> {
  const [r] = await db
    .select({
      jumlah: count(),
      terpakai: sql<number>`count(${skmKodeSekali.dipakaiPada})::int`,
    })
    .from(skmKodeSekali)
    .where(and(eq(skmKodeSekali.pemdaId, pemdaId), eq(skmKodeSekali.layananKode, layananKode)));
  return { jumlah: Number(r?.jumlah ?? 0), terpakai: Number(r?.terpakai ?? 0) };
}

export async function getWajibKode(db: Db, pemdaId: string, layananKode: string): Promise<boolean> {
  const rows = await db
    .select({ wajib: skmLayananPublik.wajibKode })
    .from(skmLayananPublik)
    .where(and(eq(skmLayananPublik.pemdaId, pemdaId), eq(skmLayananPublik.layananKode, layananKode)));
  return rows[0]?.wajib ?? false;
}

export async function setWajibKode(
  db: Db,
  row: { pemdaId: string; opdId: string; layananKode: string; wajibKode: boolean; waktu: Date },
): Promise<void> {
  await db
    .insert(skmLayananPublik)
    .values({ ...row, diubahPada: row.waktu })
    .onConflictDoUpdate({
      target: [skmLayananPublik.pemdaId, skmLayananPublik.layananKode],
      set: { wajibKode: row.wajibKode, opdId: row.opdId, diubahPada: row.waktu },
    });
}

/** The Pemda (slugs) that have a service with this kode (the short link /s/{kode}). */
export async function pemdaDenganKodeLayanan(db: Db, kode: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ slug: pemda.slug })
    .from(skmLayanan)
    .innerJoin(pemda, eq(pemda.id, skmLayanan.pemdaId))
    .where(eq(skmLayanan.kode, kode))
    .limit(2);
  return rows.map((r) => r.slug);
}
