/**
 * Reminders (schema/pengingat.ts, ADR 0035): notifications and e-mail deliveries, each keyed by a unique `kunci`
 * so a second insert of the same reminder is a no-op. Scoped by pemda_id; a delivery is claimed by id under a row
 * lock (`for update`) in the caller's transaction, so two workers never send the same row.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Peran } from "../../domain/akses/izin";
import type { Db } from "../database";
import type { STATUS_KIRIMAN } from "../schema";
import { authUser, kirimanSurel, pemberitahuan, pemda } from "../schema";

export type PemberitahuanRow = typeof pemberitahuan.$inferSelect;
export type KirimanSurelRow = typeof kirimanSurel.$inferSelect;
export type StatusKiriman = (typeof STATUS_KIRIMAN)[number];

export async function listPemdaId(db: Db): Promise<Array<{ id: string; slug: string }>> {
  return db.select({ id: pemda.id, slug: pemda.slug }).from(pemda).orderBy(asc(pemda.slug));
}

export async function listPenerima(
  db: Db,
  pemdaId: string,
): Promise<Array<{ id: string; nama: string; email: string; peran: Peran; opdId: string | null; aktif: boolean }>> {
  return db
    .select({
      id: authUser.id,
      nama: authUser.name,
      email: authUser.email,
      peran: authUser.peran,
      opdId: authUser.opdId,
      aktif: authUser.aktif,
    })
    .from(authUser)
    .where(eq(authUser.pemdaId, pemdaId));
}

/** Inserts the notification unless its key exists; returns the new row, or null when it existed. */
export async function insertPemberitahuan(
  db: Db,
  row: typeof pemberitahuan.$inferInsert,
): Promise<PemberitahuanRow | null> {
  const [r] = await db
    .insert(pemberitahuan)
    .values(row)
    .onConflictDoNothing({ target: pemberitahuan.kunci })
    .returning();
  return r ?? null;
}

/** Inserts the delivery unless its key exists; returns its id when new. */
export async function insertKiriman(db: Db, row: typeof kirimanSurel.$inferInsert): Promise<string | null> {
  const [r] = await db
    .insert(kirimanSurel)
    .values(row)
    .onConflictDoNothing({ target: kirimanSurel.kunci })
    .returning({ id: kirimanSurel.id });
  return r?.id ?? null;
}

export async function listPemberitahuan(
  db: Db,
  pemdaId: string,
  penggunaId: string,
  batas: number,
): Promise<PemberitahuanRow[]> {
  return db
    .select()
    .from(pemberitahuan)
    .where(and(eq(pemberitahuan.pemdaId, pemdaId), eq(pemberitahuan.penggunaId, penggunaId)))
    .orderBy(desc(pemberitahuan.dibuatPada), desc(pemberitahuan.kunci))
    .limit(batas);
}

export async function hitungBelumDibaca(db: Db, pemdaId: string, penggunaId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pemberitahuan)
    .where(
      and(
        eq(pemberitahuan.pemdaId, pemdaId),
        eq(pemberitahuan.penggunaId, penggunaId),
        isNull(pemberitahuan.dibacaPada),
      ),
    );
  return Number(r?.n ?? 0);
}

/** Marks the user's own unread notifications read (one by id, or all); returns how many. */
export async function tandaiDibaca(
  db: Db,
  pemdaId: string,
  penggunaId: string,
  id: string | undefined,
  now: Date,
): Promise<number> {
  const rows = await db
    .update(pemberitahuan)
    .set({ dibacaPada: now })
    .where(
      and(
        eq(pemberitahuan.pemdaId, pemdaId),
        eq(pemberitahuan.penggunaId, penggunaId),
        isNull(pemberitahuan.dibacaPada),
        ...(id ? [eq(pemberitahuan.id, id)] : []),
      ),
    )
    .returning({ id: pemberitahuan.id });
  return rows.length;
}

/** Locks the delivery row for this transaction (a second worker waits, then sees it sent). */
export async function klaimKiriman(db: Db, id: string): Promise<KirimanSurelRow | undefined> {
  const [r] = await db.select().from(kirimanSurel).where(eq(kirimanSurel.id, id)).for("update");
  return r;
}

export async function ubahKiriman(
  db: Db,
  id: string,
  patch: { status: StatusKiriman; percobaan?: number; galat?: string | null; terkirimPada?: Date | null },
  now: Date,
): Promise<void> {
  await db
    .update(kirimanSurel)
    .set({ ...patch, diubahPada: now })
    .where(eq(kirimanSurel.id, id));
}

/** Deliveries still waiting (all Pemdas): re-queued by every run, so a crash between insert and send loses none. */
export async function listKirimanMenunggu(db: Db, batas: number): Promise<Array<{ id: string }>> {
  return db
    .select({ id: kirimanSurel.id })
    .from(kirimanSurel)
    .where(eq(kirimanSurel.status, "menunggu"))
    .orderBy(asc(kirimanSurel.dibuatPada))
    .limit(batas);
}

export async function listKiriman(
  db: Db,
  pemdaId: string,
  status: readonly StatusKiriman[],
  batas: number,
): Promise<KirimanSurelRow[]> {
  return db
    .select()
    .from(kirimanSurel)
    .where(and(eq(kirimanSurel.pemdaId, pemdaId), inArray(kirimanSurel.status, [...status])))
    .orderBy(desc(kirimanSurel.diubahPada), desc(kirimanSurel.kunci))
    .limit(batas);
}

export async function hitungKiriman(db: Db, pemdaId: string): Promise<Record<StatusKiriman, number>> {
  const rows = await db
    .select({ status: kirimanSurel.status, n: sql<number>`count(*)::int` })
    .from(kirimanSurel)
    .where(eq(kirimanSurel.pemdaId, pemdaId))
    .groupBy(kirimanSurel.status);
  const hasil: Record<StatusKiriman, number> = { menunggu: 0, terkirim: 0, gagal: 0 };
  for (const r of rows) hasil[r.status] = Number(r.n);
  return hasil;
}

export async function findKiriman(db: Db, pemdaId: string, id: string): Promise<KirimanSurelRow | undefined> {
  const [r] = await db
    .select()
    .from(kirimanSurel)
    .where(and(eq(kirimanSurel.pemdaId, pemdaId), eq(kirimanSurel.id, id)));
  return r;
}

/** Which of these notification keys exist already. */
export async function kunciPemberitahuanAda(db: Db, kunci: readonly string[]): Promise<Set<string>> {
  if (!kunci.length) return new Set();
  const rows = await db
    .select({ kunci: pemberitahuan.kunci })
    .from(pemberitahuan)
    .where(inArray(pemberitahuan.kunci, [...kunci]));
  return new Set(rows.map((r) => r.kunci));
}
