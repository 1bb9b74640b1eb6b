/** Shared lookups of the SKM use cases: layanan/periode by kode within an authorised OPD, and "today" in WIB. */
import { DomainError } from "../../domain/shared/errors";
import {
  getLayananKode,
  getPeriodeKode,
  type SkmLayananRow,
  type SkmPeriodeRow,
} from "../../storage/repositories/skm-repository";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

/** The calendar date in Western Indonesia Time (UTC+7), yyyy-mm-dd: the day a survey period is open on. */
export function tanggalWib(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export async function layananOpd(
  ctx: ServiceContext,
  pemdaId: string,
  opdId: string,
  kode: string,
): Promise<SkmLayananRow> {
  const l = await getLayananKode(ctx.db, pemdaId, kode.trim().toLowerCase());
  if (!l || l.opdId !== opdId)
    throw new NotFoundError(`layanan SKM dengan kode "${kode}" tidak ada di perangkat daerah ini`);
  return l;
}

export async function periodeOpd(ctx: ServiceContext, opdId: string, kode: string): Promise<SkmPeriodeRow> {
  const p = await getPeriodeKode(ctx.db, opdId, kode.trim());
  if (!p) throw new NotFoundError(`periode SKM dengan kode "${kode}" tidak ada di perangkat daerah ini`);
  return p;
}

export function pastikanTerbuka(p: SkmPeriodeRow): void {
  if (p.status !== "terbuka") {
    throw new DomainError("periode_ditutup", `periode SKM "${p.kode}" sudah ditutup; jawaban tidak dapat ditambah`, {
      field: "periode",
    });
  }
}

/** Postgres unique violation → the given Indonesian conflict, else rethrow. */
export function kodeUnik(e: unknown): boolean {
  const kode =
    (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  return kode === "23505";
}
