/** Browsing the audit trail: filtered, newest first, with the OPD's slug and name and the total count. */
import { and, desc, eq, gte, like, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../database";
import { auditLog, opd } from "../schema";

export interface FilterJelajahAudit {
  pemdaId: string;
  opdId?: string | undefined;
  /** Exact entity ("pengguna") or, ending in ".*", every entity with that prefix ("status_periode.*"). */
  entity?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  dari?: Date | undefined;
  /** Exclusive upper bound. */
  sebelum?: Date | undefined;
  limit: number;
  offset: number;
}

export interface BarisAudit {
  id: number;
  at: Date;
  opdId: string | null;
  opdSlug: string | null;
  opdNama: string | null;
  actorUserId: string | null;
  actorNama: string;
  actorPeran: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  alasan: string | null;
  requestId: string | null;
}

function kondisi(f: FilterJelajahAudit): SQL | undefined {
  const where: SQL[] = [eq(auditLog.pemdaId, f.pemdaId)];
  if (f.opdId) where.push(eq(auditLog.opdId, f.opdId));
  if (f.entity) {
    where.push(
      f.entity.endsWith(".*") ? like(auditLog.entity, `${f.entity.slice(0, -1)}%`) : eq(auditLog.entity, f.entity),
    );
  }
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.actorUserId) where.push(eq(auditLog.actorUserId, f.actorUserId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.dari) where.push(gte(auditLog.at, f.dari));
  if (f.sebelum) where.push(lt(auditLog.at, f.sebelum));
  return and(...where);
}

export async function jelajahiAudit(db: Db, f: FilterJelajahAudit): Promise<{ baris: BarisAudit[]; total: number }> {
  const where = kondisi(f);
  const baris = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      opdId: auditLog.opdId,
      opdSlug: opd.slug,
      opdNama: opd.nama,
      actorUserId: auditLog.actorUserId,
      actorNama: auditLog.actorNama,
      actorPeran: auditLog.actorPeran,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      alasan: auditLog.alasan,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .leftJoin(opd, eq(opd.id, auditLog.opdId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(f.limit, 10_000))
    .offset(f.offset);
  const [count] = await db
    .select({ n: sql<number>`cast(count(*) as integer)` })
    .from(auditLog)
    .where(where);
  return { baris, total: count?.n ?? 0 };
}

/** Distinct entity names and actors of a Pemda's audit trail, for the browser's filter lists. */
export async function opsiFilterAudit(
  db: Db,
  pemdaId: string,
  opdId?: string,
): Promise<{ entity: string[]; aktor: Array<{ userId: string | null; nama: string }> }> {
  const where = and(eq(auditLog.pemdaId, pemdaId), opdId ? eq(auditLog.opdId, opdId) : undefined);
  const entity = await db
    .selectDistinct({ entity: auditLog.entity })
    .from(auditLog)
    .where(where)
    .orderBy(auditLog.entity);
  const aktor = await db
    .selectDistinct({ userId: auditLog.actorUserId, nama: auditLog.actorNama })
    .from(auditLog)
    .where(where)
    .orderBy(auditLog.actorNama);
  return { entity: entity.map((e) => e.entity), aktor };
}
