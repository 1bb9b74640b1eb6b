/**
 * What every use case receives: the database, a clock (passed in so tests are deterministic), the acting user
 * (null when not signed in), the request id that ties audit entries to a request, and the limits of an uploaded
 * file (SAKIP_IMPOR_* settings).
 */
import { AKTOR_SISTEM, type Aktor } from "../domain/akses/aktor";
import type { Database, Db, Engine } from "../storage/database";
import { BATAS_IMPOR_BAWAAN, type BatasImpor } from "./berkas/batas-impor";
import type { PrasyaratTulis } from "./bersama/versi";

export interface ServiceContext {
  db: Db;
  engine: Engine;
  now: () => Date;
  aktor: Aktor | null;
  requestId: string | null;
  batasImpor: BatasImpor;
  /** A save's optimistic-concurrency precondition, checked by mutasi inside its transaction (ADR 0016). */
  prasyarat?: PrasyaratTulis;
  /**
   * An import's check of the row versions its file was downloaded with (ADR 0016, src/services/tabel/versi-baris.ts),
   * run by mutasi inside its transaction before the change, once per import.
   */
  prasyaratBaris?: PrasyaratBaris;
}

export interface PrasyaratBaris {
  periksa: (tx: Db) => Promise<void>;
  /** Set by mutasi: checked once (a second write of the same import is its own continuation). */
  diperiksa?: boolean;
}

/** A context for the local operator (CLI, demo loader): the system actor. */
export function createContext(
  database: Database,
  now: () => Date = () => new Date(),
  batasImpor: BatasImpor = BATAS_IMPOR_BAWAAN,
): ServiceContext {
  return { db: database.db, engine: database.engine, now, aktor: AKTOR_SISTEM, requestId: null, batasImpor };
}

/** The same context acting as someone else (per HTTP request). */
export function withAktor(ctx: ServiceContext, aktor: Aktor | null, requestId: string | null): ServiceContext {
  return { ...ctx, aktor, requestId };
}
