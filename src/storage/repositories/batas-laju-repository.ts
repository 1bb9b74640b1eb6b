/**
 * Sliding-window rate limit in the database (ADR 0031): the same rule as the in-memory JendelaGeser
 * (domain/skm-publik/pembatas.ts), counted over every app server. Each key is serialised by a transaction-level
 * advisory lock, so two servers cannot both take the last place.
 */
import { and, asc, desc, eq, gt, like, lte, sql } from "drizzle-orm";
import type { Db } from "../database";
import { batasLaju } from "../schema";

export interface HasilBatasLaju {
  boleh: boolean;
  tungguMs: number;
}

export async function cobaBatasLaju(
  db: Db,
  kunci: string,
  batas: number,
  jendelaMs: number,
  sekarang: number,
): Promise<HasilBatasLaju> {
  if (batas <= 0) return { boleh: true, tungguMs: 0 };
  const batasBawah = sekarang - jendelaMs;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`batas-laju:${kunci}`}))`);
    await tx.delete(batasLaju).where(and(eq(batasLaju.kunci, kunci), lte(batasLaju.waktuMs, batasBawah)));
    const ada = await tx
      .select({ waktuMs: batasLaju.waktuMs })
      .from(batasLaju)
      .where(and(eq(batasLaju.kunci, kunci), gt(batasLaju.waktuMs, batasBawah)))
      .orderBy(asc(batasLaju.waktuMs))
      .limit(batas);
    if (ada.length >= batas) {
      const tertua = ada[0]?.waktuMs ?? sekarang;
      return { boleh: false, tungguMs: Math.max(1, tertua + jendelaMs - sekarang) };
    }
    await tx.insert(batasLaju).values({ kunci, waktuMs: sekarang });
    return { boleh: true, tungguMs: 0 };
  });
}

/**
 * Drops the events older than `sebelumMs` of the keys starting with `awalan` (each limiter prunes its own keys with
 * its own window: the sign-in throttle keeps 15 minutes, the SKM limits one); returns how many.
 */
export async function pangkasBatasLaju(db: Db, sebelumMs: number, awalan: string): Promise<number> {
  const hapus = await db
    .delete(batasLaju)
    .where(and(like(batasLaju.kunci, `${polaLike(awalan)}%`), lte(batasLaju.waktuMs, sebelumMs)))
    .returning({ id: batasLaju.id });
  return hapus.length;
}

/** Records one event of a key (no limit check: the caller decides from `waktuTerbaru`). */
export async function catatBatasLaju(db: Db, kunci: string, waktuMs: number): Promise<void> {
  await db.insert(batasLaju).values({ kunci, waktuMs });
}

/** The newest `maks` event times of a key after `sejakMs`, newest first. */
export async function waktuTerbaru(db: Db, kunci: string, sejakMs: number, maks: number): Promise<number[]> {
  const rows = await db
    .select({ waktuMs: batasLaju.waktuMs })
    .from(batasLaju)
    .where(and(eq(batasLaju.kunci, kunci), gt(batasLaju.waktuMs, sejakMs)))
    .orderBy(desc(batasLaju.waktuMs))
    .limit(maks);
  return rows.map((r) => r.waktuMs);
}

/** The newest event after `sejakMs` among the keys starting with `awalan`: its whole key, or null. */
export async function kunciTerbaruAwalan(db: Db, awalan: string, sejakMs: number): Promise<string | null> {
  const [row] = await db
    .select({ kunci: batasLaju.kunci })
    .from(batasLaju)
    .where(and(like(batasLaju.kunci, `${polaLike(awalan)}%`), gt(batasLaju.waktuMs, sejakMs)))
    .orderBy(desc(batasLaju.waktuMs), desc(batasLaju.id))
    .limit(1);
  return row?.kunci ?? null;
}

function polaLike(teks: string): string {
  return teks.replace(/[\\%_]/g, (c) => `\\${c}`);
}
