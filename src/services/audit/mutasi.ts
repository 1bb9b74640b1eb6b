/**
 * Every write goes through `mutasi`: the change and exactly one audit entry commit in the same transaction, so a
 * failed write leaves no entry and no write is ever unaudited.
 */
import type { Db } from "../../storage/database";
import { insertAudit } from "../../storage/repositories/audit-repository";
import { catatVersiBaru, periksaPrasyarat } from "../bersama/versi";
import type { ServiceContext } from "../context";
import { UnauthenticatedError } from "../errors";

export interface MutasiMeta {
  entity: string;
  action: string;
  pemdaId: string | null;
  opdId?: string | null;
  alasan?: string | null;
}

export interface MutasiHasil<T> {
  entityId: string;
  before: unknown;
  after: unknown;
  result: T;
}

export async function mutasi<T>(
  ctx: ServiceContext,
  meta: MutasiMeta,
  change: (tx: Db) => Promise<MutasiHasil<T>>,
): Promise<T> {
  const aktor = ctx.aktor;
  if (!aktor) throw new UnauthenticatedError();
  return ctx.db.transaction(async (tx) => {
    // a save based on a version (If-Match) is checked under the resource's lock, in this transaction (ADR 0016)
    const p = ctx.prasyarat;
    if (p) await periksaPrasyarat(tx as unknown as Db, p);
    const pb = ctx.prasyaratBaris;
    if (pb && !pb.diperiksa) {
      pb.diperiksa = true;
      await pb.periksa(tx as unknown as Db);
    }
    const outcome = await change(tx as unknown as Db);
    await insertAudit(tx as unknown as Db, {
      // the app's clock, as every other time the write records (a test's fixed clock included)
      at: ctx.now(),
      pemdaId: meta.pemdaId,
      opdId: meta.opdId ?? null,
      actorUserId: aktor.userId,
      actorNama: aktor.nama,
      actorPeran: aktor.jenis === "sistem" ? "sistem" : aktor.peran,
      entity: meta.entity,
      entityId: outcome.entityId,
      action: meta.action,
      before: toJson(outcome.before),
      after: toJson(outcome.after),
      alasan: meta.alasan ?? null,
      requestId: ctx.requestId,
    });
    if (p) await catatVersiBaru(tx as unknown as Db, p);
    return outcome.result;
  });
}

/** Dates and Decimals become their JSON form; undefined becomes null. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
