/**
 * What every use case receives: the database and a clock (passed in so tests are deterministic).
 * The API and the CLI build one per process; authorisation data joins it with the access issue.
 */
import type { Database, Db, Engine } from "../storage/database";

export interface ServiceContext {
  db: Db;
  engine: Engine;
  now: () => Date;
}

export function createContext(database: Database, now: () => Date = () => new Date()): ServiceContext {
  return { db: database.db, engine: database.engine, now };
}
