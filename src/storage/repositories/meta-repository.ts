import { eq, sql } from "drizzle-orm";
import { appliedCount, type Db, migrationCount } from "../database";
import { appMeta } from "../schema";

export async function getMeta(db: Db, key: string): Promise<string | undefined> {
  const rows = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
  return rows[0]?.value;
}

export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: sql`now()` } });
}

/** Round-trip to the database; throws when it is not reachable. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Every migration shipped with this build is applied (drizzle's log has at least as many rows as the journal). */
export async function migrasiSelesai(db: Db): Promise<boolean> {
  return (await appliedCount(db)) >= migrationCount();
}
