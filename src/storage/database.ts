/**
 * Opens the database: embedded PGlite in a data folder by default, or a PostgreSQL server when a
 * `postgres://` URL is given (ADR 0002). Both get the same schema and the same migrations.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PoolClient } from "pg";
import { acquireDataDirLock } from "./data-dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = "pglite" | "postgres";

export interface Database {
  db: Db;
  engine: Engine;
  /**
   * Applies pending migrations (idempotent). On PostgreSQL under an advisory lock, so several app servers starting
   * at once on one database run them once (ADR 0031); returns how many this call applied.
   */
  migrate(): Promise<number>;
  /** True when every migration of this build is applied (for /readyz). */
  migrationsDone(): Promise<boolean>;
  close(): Promise<void>;
  /**
   * Raw SQL for the job queue (pg-boss, src/storage/antrian-tugas.ts; ADR 0035): parameters through `query`, a
   * parameterless multi-statement block through PGlite's `exec` (rows of every result flattened).
   */
  sqlMentah(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Runs `fn` while this process holds PostgreSQL session advisory lock `key` (on a connection of its own), so app
   * servers starting together on one database do it one after the other; on PGlite (one process) it just runs `fn`.
   */
  denganKunciSesi<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Told when a stale lock of a dead process is taken over (default: standard error). */
  onWarning?: (message: string) => void;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (!options.dataDir) throw new Error("dataDir wajib diisi untuk PGlite");
  return openPglite(options.dataDir, options.onWarning ?? ((m) => process.stderr.write(`${m}\n`)));
}

async function openPglite(dataDir: string, onWarning: (message: string) => void): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  fs.mkdirSync(dataDir, { recursive: true });
  // Before PGlite reads a single page: a second process on the folder would work on its own copy (ADR 0017).
  const lock = acquireDataDirLock(dataDir, onWarning);
  let client: InstanceType<typeof PGlite>;
  try {
    client = await PGlite.create(dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Db,
    engine: "pglite",
    migrate: async () => {
      const before = await appliedCount(db as unknown as Db);
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
      return (await appliedCount(db as unknown as Db)) - before;
    },
    migrationsDone: async () => (await appliedCount(db as unknown as Db)) >= migrationCount(),
    sqlMentah: async (text, values) => {
      if (values?.length) return client.query(text, values);
      const hasil = await client.exec(text);
      return { rows: hasil.flatMap((h) => h.rows) };
    },
    denganKunciSesi: (_key, fn) => fn(),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock.release();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pg = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  // NUMERIC stays a string (exact); see ADR 0004.
  const pool = new pg.default.Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool, { schema });
  /** Runs `fn` while a connection of its own holds session advisory lock `key`; the lock ends with the session. */
  const kunciSesi = async <T>(key: string, fn: (client: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [key]);
      try {
        return await fn(client);
      } finally {
        await client.query("select pg_advisory_unlock($1)", [key]);
      }
    } finally {
      client.release();
    }
  };
  return {
    db: db as unknown as Db,
    engine: "postgres",
    // One connection holds a session-level advisory lock and migrates through itself; the others wait on it, then
    // find nothing left to apply. The lock ends with the session even if this process is killed.
    migrate: () =>
      kunciSesi(MIGRATION_LOCK_KEY, async (client) => {
        const locked = drizzle(client, { schema });
        const before = await appliedCount(locked as unknown as Db);
        await migrate(locked, { migrationsFolder: MIGRATIONS_DIR });
        return (await appliedCount(locked as unknown as Db)) - before;
      }),
    migrationsDone: async () => (await appliedCount(db as unknown as Db)) >= migrationCount(),
    sqlMentah: async (text, values) => {
      const hasil = (await pool.query(text, values)) as unknown as { rows: unknown[] } | Array<{ rows: unknown[] }>;
      return Array.isArray(hasil) ? { rows: hasil.flatMap((h) => h.rows) } : hasil;
    },
    denganKunciSesi: (key, fn) => kunciSesi(key, () => fn()),
    close: () => pool.end(),
  };
}

/** pg_advisory_lock key of the migrations: "SAKIPMIG" read as a 64-bit integer. */
export const MIGRATION_LOCK_KEY = "5999158956886149447";

/** Migrations shipped with this build (drizzle's journal). */
export function migrationCount(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Rows of drizzle's migration log; 0 before the first migration. */
export async function appliedCount(db: Db): Promise<number> {
  const exists = await queryRows<{ t: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!exists[0]?.t) return 0;
  const rows = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Runs raw SQL and returns its rows; both drivers answer `{ rows }`. Use only inside src/storage (and tests). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * queryRows as a named prepared statement: on PostgreSQL each pooled connection parses and plans the statement
 * `nama` once instead of on every call (for the public SKM intake's insert, planning took longer than running it:
 * ~0,6 vs ~0,4 ms of the database's CPU, ADR 0055). PGlite runs it as queryRows does. The text behind one name must
 * never change: every value of `query` must be a parameter (drizzle's `${…}`), never spliced SQL (`sql.raw`).
 */
export async function queryRowsBernama<T>(db: Db, nama: string, query: SQL): Promise<T[]> {
  // drizzle's own path for db.execute, with the statement name it leaves out (PgDatabase keeps its dialect and
  // session on the instance; a transaction's db has its own session)
  const d = db as unknown as {
    dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
    _: {
      session: {
        prepareQuery(q: { sql: string; params: unknown[] }, f: undefined, nama: string, a: false): PreparedQuery;
      };
    };
  };
  const result = await d._.session.prepareQuery(d.dialect.sqlToQuery(query), undefined, nama, false).execute();
  return (result as { rows: T[] }).rows;
}

interface PreparedQuery {
  execute(): Promise<unknown>;
}
