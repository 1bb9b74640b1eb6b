/**
 * One real database per test file, on the engine under test:
 * - PGlite (default): a copy of a migrated template data folder (initdb runs once per migration set, not per file).
 * - PostgreSQL (`TEST_DATABASE_URL` set, `npm run test:pg`): a fresh database per file, dropped afterwards.
 * The CLI tests get the same choice through openCliTestEnv (the CLI opens its database from the environment).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createContext, type ServiceContext } from "../../src/services/context";
import { type Database, MIGRATIONS_DIR, openDatabase } from "../../src/storage/database";

export interface TestDatabase {
  database: Database;
  ctx: ServiceContext;
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

export function testEngine(): "pglite" | "postgres" {
  return process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

function migrationsHash(): string {
  const hash = crypto.createHash("sha256");
  for (const entry of fs.readdirSync(MIGRATIONS_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hash.update(path.relative(MIGRATIONS_DIR, file)).update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Builds (once per migration set, guarded by a lock directory) the migrated PGlite template folder. */
async function pgliteTemplate(): Promise<string> {
  const dir = path.join(ROOT, ".tmp", `pglite-template-${migrationsHash()}`);
  const ready = path.join(dir, ".ready");
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  for (let attempt = 0; !fs.existsSync(ready); attempt++) {
    try {
      fs.mkdirSync(lock, { recursive: false });
    } catch {
      // A lock left by a run that was killed while building would block every later run: build again after 5 min
      // (building takes seconds).
      const umur = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (umur > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (attempt > 600) throw new Error("timeout waiting for the PGlite template");
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!fs.existsSync(ready)) {
        fs.rmSync(dir, { recursive: true, force: true });
        const db = await openDatabase({ dataDir: dir });
        await db.migrate();
        await db.close();
        fs.writeFileSync(ready, new Date().toISOString());
      }
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

let kodeHash: string | undefined;
/** What the demo load depends on: the migrations and the server code (not the web). Cached per process. */
function demoHash(now: Date): string {
  if (!kodeHash) {
    const hash = crypto.createHash("sha256").update(migrationsHash());
    const src = path.join(ROOT, "src");
    const files = fs
      .readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.parentPath.includes(`${path.sep}web`) && /\.(ts|json|csv|txt)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(path.relative(src, file)).update(fs.readFileSync(file));
    kodeHash = hash.digest("hex").slice(0, 16);
  }
  return crypto.createHash("sha256").update(kodeHash).update(now.toISOString()).digest("hex").slice(0, 16);
}

/**
 * Builds (once per code version and clock, guarded like the migrated template) a PGlite folder with the demo loaded
 * through loadDemo, so the ~60 test files that start from the demo copy a folder instead of loading it each time
 * (10–30 s per file on a loaded 2-core machine).
 */
async function pgliteDemoTemplate(now: Date, kunci: string): Promise<string> {
  const dir = path.join(ROOT, ".tmp", `pglite-demo-${kunci}`);
  const ready = path.join(dir, ".ready");
  const lock = `${dir}.lock`;
  // without .tmp (a fresh checkout whose first test opens the demo) the lock's mkdir failed forever: 10 min, then out
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  for (let attempt = 0; !fs.existsSync(ready); attempt++) {
    try {
      fs.mkdirSync(lock, { recursive: false });
    } catch {
      const umur = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (umur > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (attempt > 2400) throw new Error("timeout waiting for the PGlite demo template");
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!fs.existsSync(ready)) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.cpSync(await pgliteTemplate(), dir, { recursive: true });
        fs.rmSync(path.join(dir, ".ready"), { force: true });
        const db = await openDatabase({ dataDir: dir });
        await db.migrate();
        const { loadDemo } = await import("../../src/services/demo/load-demo");
        await loadDemo(createContext(db, () => now));
        await db.close();
        fs.writeFileSync(ready, new Date().toISOString());
      }
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

/**
 * PostgreSQL: a template database with the demo loaded (built once per code version, clock and renderer state, under
 * an advisory lock; made under a temporary name and renamed when complete), copied by CREATE DATABASE … TEMPLATE.
 */
async function pgDemoTemplate(url: string, now: Date, kunci: string): Promise<string> {
  const pg = await import("pg");
  const name = `sakip_demo_${kunci}`;
  const admin = new pg.default.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(715002)");
    const ada = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (ada.rowCount === 0) {
      const sementara = `${name}_tmp`;
      await admin.query(`create database ${sementara}`);
      const dbUrl = new URL(url);
      dbUrl.pathname = `/${sementara}`;
      const db = await openDatabase({ databaseUrl: dbUrl.toString() });
      try {
        await db.migrate();
        const { loadDemo } = await import("../../src/services/demo/load-demo");
        await loadDemo(createContext(db, () => now));
      } finally {
        await db.close();
      }
      for (let i = 0; i < 50; i++) {
        const open = await admin.query("select count(*)::int as n from pg_stat_activity where datname = $1", [
          sementara,
        ]);
        if ((open.rows[0] as { n: number }).n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await admin.query(`alter database ${sementara} rename to ${name}`);
    }
  } finally {
    await admin.query("select pg_advisory_unlock(715002)").catch(() => undefined);
    await admin.end();
  }
  return name;
}

/** The key of a demo template: code version, the demo's clock, and whether document renderers are installed. */
async function kunciDemo(now: Date): Promise<string> {
  const { adaPenyajiDokumen } = await import("../../src/services/laporan/penyaji");
  return crypto
    .createHash("sha256")
    .update(demoHash(now))
    .update(adaPenyajiDokumen() ? "penyaji" : "-")
    .digest("hex")
    .slice(0, 16);
}

/**
 * A test database with the demo loaded: the same as `openTestDatabase(now)` + `loadDemo(t.ctx)` (the demo loaded
 * with that clock, and with the document renderers when the caller installed them), copied from a template built
 * once instead of loaded per file.
 */
export async function openDemoDatabase(
  now: () => Date = () => new Date("2024-02-18T09:00:00+07:00"),
): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  const kunci = await kunciDemo(now());
  if (url) {
    const template = await pgDemoTemplate(url, now(), kunci);
    const pg = await import("pg");
    const name = `sakip_test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.default.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.end();
    }
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: dbUrl.toString() });
    await database.migrate();
    return {
      database,
      ctx: createContext(database, now),
      async close() {
        await database.close();
        await hapusBasisDataPg(url, name);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-test-"));
  await salinDemoPglite(dir, now(), kunci);
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  return {
    database,
    ctx: createContext(database, now),
    async close() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Fills `dir` (a new embedded data folder) with the demo as loaded with clock `now` — for servers under test
 * (tests/e2e) that would otherwise load the demo on their first start.
 */
export async function salinDemoPglite(dir: string, now: Date, kunci?: string): Promise<void> {
  const template = await pgliteDemoTemplate(now, kunci ?? (await kunciDemo(now)));
  fs.cpSync(template, dir, { recursive: true });
}

/** A fresh, empty PostgreSQL database on the server of `url` (a unique name, so parallel runs never share one). */
export async function buatBasisDataPg(url: string): Promise<{ url: string; hapus(): Promise<void> }> {
  const pg = await import("pg");
  const name = `sakip_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.default.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    url: dbUrl.toString(),
    hapus: () => hapusBasisDataPg(url, name),
  };
}

/** Drops test database `name` on the server of `url` once its connections are gone. */
async function hapusBasisDataPg(url: string, name: string): Promise<void> {
  const pg = await import("pg");
  const cleanup = new pg.default.Client({ connectionString: url });
  await cleanup.connect();
  // Let the pool's connections finish terminating first: forcing the drop while a backend is still closing
  // surfaces as an unhandled "57P01 terminating connection" error on a busy machine.
  for (let i = 0; i < 50; i++) {
    const open = await cleanup.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
    if ((open.rows[0] as { n: number }).n === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await cleanup.query(`drop database if exists ${name} with (force)`);
  await cleanup.end();
}

export async function openTestDatabase(
  now: () => Date = () => new Date("2024-02-18T09:00:00+07:00"),
): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const pg = await buatBasisDataPg(url);
    const database = await openDatabase({ databaseUrl: pg.url });
    await database.migrate();
    return {
      database,
      ctx: createContext(database, now),
      async close() {
        await database.close();
        await pg.hapus();
      },
    };
  }
  const template = await pgliteTemplate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-test-"));
  fs.cpSync(template, dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  return {
    database,
    ctx: createContext(database, now),
    async close() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface CliTestEnv {
  /** A temporary folder for the files a test reads and writes (and the PGlite data, on the embedded engine). */
  dir: string;
  /** The PostgreSQL database the commands use (`npm run test:pg`); undefined on the embedded engine. */
  databaseUrl: string | undefined;
  /** Restores the environment and removes the folder and the database. */
  close(): Promise<void>;
}

/**
 * The environment `sakip` commands run in, on the engine under test: the CLI opens its own database from
 * DATABASE_URL (a fresh PostgreSQL database under `npm run test:pg`) or else SAKIP_DATA_DIR (a fresh embedded one,
 * migrated and empty; the test's own files are written beside it).
 * Sets NODE_ENV=test and LOG_LEVEL=silent; `close()` puts process.env back as it was.
 */
export async function openCliTestEnv(prefix: string): Promise<CliTestEnv> {
  const saved = { ...process.env };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const url = process.env.TEST_DATABASE_URL;
  const pg = url ? await buatBasisDataPg(url) : null;
  // Embedded: start from a copy of the migrated template, as openTestDatabase does; an initdb inside the first
  // command takes over 30 s on a loaded 2-core machine.
  if (!pg) fs.cpSync(await pgliteTemplate(), dir, { recursive: true });
  process.env.SAKIP_DATA_DIR = dir;
  if (pg) process.env.DATABASE_URL = pg.url;
  else delete process.env.DATABASE_URL;
  process.env.NODE_ENV = "test";
  process.env.LOG_LEVEL = "silent";
  return {
    dir,
    databaseUrl: pg?.url,
    async close() {
      process.env = saved;
      await pg?.hapus();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
