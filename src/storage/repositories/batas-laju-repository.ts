/**
 * Sliding-window rate limit in the database (ADR 0031): the same rule as the in-memory JendelaGeser
 * (domain/skm-publik/pembatas.ts), counted over every app server. Each key is serialised by a transaction-level
 * advisory lock, so two servers cannot both take the last place.
 */
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
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

/** Drops every event older than the window (all keys); returns how many. */
export async function pangkasBatasLaju(db: Db, sebelumMs: number): Promise<number> {
  const hapus = await db.delete(batasLaju).where(lte(batasLaju.waktuMs, sebelumMs)).returning({ id: batasLaju.id });
  return hapus.length;
}
