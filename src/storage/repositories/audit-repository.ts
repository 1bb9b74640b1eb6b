import { and, desc, eq, gte, like, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../database";
import { auditLog } from "../schema";

export type AuditRow = typeof auditLog.$inferSelect;
/** `at`: the instant of the write on the app's clock (ServiceContext.now); absent = the database's now(). */
export type NewAudit = Omit<typeof auditLog.$inferInsert, "id" | "at"> & { at?: Date };

export async function insertAudit(db: Db, entry: NewAudit): Promise<void> {
  await db.insert(auditLog).values(entry);
}

export interface AuditFilter {
  /** Tenant scope; null = all Pemda (system actor only). */
  pemdaId: string | null;
  opdId?: string;
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  dari?: Date;
  sampai?: Date;
  limit?: number;
  offset?: number;
}

export async function listAudit(db: Db, filter: AuditFilter): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.pemdaId !== null) where.push(eq(auditLog.pemdaId, filter.pemdaId));
  if (filter.opdId) where.push(eq(auditLog.opdId, filter.opdId));
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorUserId) where.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.dari) where.push(gte(auditLog.at, filter.dari));
  if (filter.sampai) where.push(lte(auditLog.at, filter.sampai));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(filter.limit ?? 100, 10_000))
    .offset(filter.offset ?? 0);
}

/**
 * The audit entries of an OPD's realisasi writes of one year, newest first: one cell's edit
 * ("{indikatorId}/{tahun}/{periode}") and the XLSX imports of the year ("{opdId}/{tahun}").
 */
export async function listAuditRealisasi(
  db: Db,
  opdId: string,
  tahun: number,
): Promise<Array<Pick<AuditRow, "id" | "at" | "actorNama" | "entityId" | "action" | "after">>> {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorNama: auditLog.actorNama,
      entityId: auditLog.entityId,
      action: auditLog.action,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, "realisasi"),
        eq(auditLog.opdId, opdId),
        or(like(auditLog.entityId, `%/${tahun}/%`), eq(auditLog.entityId, `${opdId}/${tahun}`)),
      ),
    )
    .orderBy(desc(auditLog.id));
}
