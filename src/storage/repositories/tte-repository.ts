/**
 * The signing log (issue 17, ADR 0032): insert and read only. There is deliberately no update or delete: a signed
 * document is immutable and the log is append-only.
 */
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../database";
import { pejabat, pemda, tteTandaTangan, ttePengaturan } from "../schema";

export type TteTandaTanganRow = typeof tteTandaTangan.$inferSelect;
export type TteTandaTanganBaru = typeof tteTandaTangan.$inferInsert;
export type TtePengaturanRow = typeof ttePengaturan.$inferSelect;

export async function insertTandaTangan(db: Db, row: TteTandaTanganBaru): Promise<TteTandaTanganRow> {
  const [r] = await db.insert(tteTandaTangan).values(row).returning();
  if (!r) throw new Error("insert tte_tanda_tangan returned no row");
  return r;
}

/** By the public code, over all Pemda (the verification page needs no sign-in), with the Pemda's name. */
export async function cariTandaTanganKode(
  db: Db,
  kode: string,
): Promise<(TteTandaTanganRow & { pemdaNama: string }) | undefined> {
  const rows = await db
    .select({ t: tteTandaTangan, pemdaNama: pemda.nama })
    .from(tteTandaTangan)
    .innerJoin(pemda, eq(pemda.id, tteTandaTangan.pemdaId))
    .where(eq(tteTandaTangan.kode, kode));
  const r = rows[0];
  return r ? { ...r.t, pemdaNama: r.pemdaNama } : undefined;
}

/** The signatures whose final PDF has this SHA-256 (over all Pemda: a file is what it is), newest first. */
export async function cariTandaTanganSha(
  db: Db,
  sha256: string,
): Promise<Array<TteTandaTanganRow & { pemdaNama: string }>> {
  const rows = await db
    .select({ t: tteTandaTangan, pemdaNama: pemda.nama })
    .from(tteTandaTangan)
    .innerJoin(pemda, eq(pemda.id, tteTandaTangan.pemdaId))
    .where(eq(tteTandaTangan.sha256, sha256))
    .orderBy(desc(tteTandaTangan.ditandatanganiPada));
  return rows.map((r) => ({ ...r.t, pemdaNama: r.pemdaNama }));
}

/** A Pemda's signing log (or one OPD's), newest first, without the files. */
export async function listTandaTangan(db: Db, pemdaId: string, opdId: string | null) {
  const t = tteTandaTangan;
  const syarat = opdId ? and(eq(t.pemdaId, pemdaId), eq(t.opdId, opdId)) : eq(t.pemdaId, pemdaId);
  return db
    .select({
      kode: t.kode,
      penyedia: t.penyedia,
      jenisDokumen: t.jenisDokumen,
      judul: t.judul,
      namaBerkas: t.namaBerkas,
      sha256: t.sha256,
      penandatanganNama: t.penandatanganNama,
      penandatanganNip: t.penandatanganNip,
      penandatanganJabatan: t.penandatanganJabatan,
      ditandatanganiPada: t.ditandatanganiPada,
      olehNama: t.olehNama,
    })
    .from(t)
    .where(syarat)
    .orderBy(desc(t.ditandatanganiPada))
    .limit(500);
}

/** The signed file of a code within a Pemda (download). */
export async function getBerkasTandaTangan(db: Db, pemdaId: string, kode: string) {
  const rows = await db
    .select({ berkas: tteTandaTangan.berkas, namaBerkas: tteTandaTangan.namaBerkas, opdId: tteTandaTangan.opdId })
    .from(tteTandaTangan)
    .where(and(eq(tteTandaTangan.pemdaId, pemdaId), eq(tteTandaTangan.kode, kode)));
  return rows[0];
}

export async function getTtePengaturan(db: Db, pemdaId: string): Promise<TtePengaturanRow | undefined> {
  const rows = await db.select().from(ttePengaturan).where(eq(ttePengaturan.pemdaId, pemdaId));
  return rows[0];
}

export async function upsertTtePengaturan(db: Db, row: typeof ttePengaturan.$inferInsert): Promise<void> {
  const { pemdaId: _id, ...set } = row;
  await db.insert(ttePengaturan).values(row).onConflictDoUpdate({ target: ttePengaturan.pemdaId, set });
}

/** The officials of a Pemda with this NIP (normalised, 18 digits). */
export async function cariPejabatNip(db: Db, pemdaId: string, nip: string) {
  return db
    .select()
    .from(pejabat)
    .where(and(eq(pejabat.pemdaId, pemdaId), isNotNull(pejabat.nip), eq(pejabat.nip, nip)));
}
