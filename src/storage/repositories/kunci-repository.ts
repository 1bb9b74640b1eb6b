import { sql } from "drizzle-orm";
import type { Db } from "../database";

/**
 * Takes a transaction-scoped advisory lock on a named resource (e.g. "pk:<opd>:<kode>"), held until commit or
 * rollback. Writers of the same resource queue here, so a version read after it sees the last committed write
 * (ADR 0016). A resource that does not exist yet (a new PK, an empty realisasi cell) can be locked too, which a
 * row lock (SELECT … FOR UPDATE) cannot do. A 64-bit hash collision only makes two writers wait for each other.
 */
export async function kunciTransaksi(tx: Db, kunci: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${kunci}, 0))`);
}
