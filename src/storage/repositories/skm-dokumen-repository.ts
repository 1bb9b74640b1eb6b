/** Reads the SKM documents need beyond the survey repository (skm-repository.ts): respondents per channel. */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../database";
import { skmResponden } from "../schema/skm";

/** Respondents (not voided) per channel (online, qr, kiosk, kertas, impor) of a period, most first. */
export async function jumlahPerSaluran(db: Db, periodeId: string): Promise<{ saluran: string; jumlah: number }[]> {
  const rows = await db
    .select({ saluran: skmResponden.saluran, n: sql<string>`count(*)` })
    .from(skmResponden)
    .where(and(eq(skmResponden.periodeId, periodeId), isNull(skmResponden.dibatalkanPada)))
    .groupBy(skmResponden.saluran);
  return rows.map((r) => ({ saluran: r.saluran, jumlah: Number(r.n) })).sort((a, b) => b.jumlah - a.jumlah);
}
