/**
 * `sakip demo` twice gives the same database: same row count in every table and the same content hash (every
 * row of every table, ordered). The second run writes nothing and therefore audits nothing.
 */
import { sql } from "drizzle-orm";
import { runCli } from "../../src/cli/program";
import { openDatabase } from "../../src/storage/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo";
import { queryRows } from "../../src/storage/database";
import { AKUN_DEMO } from "../../src/demo/akun-demo";
import { openCliTestEnv, openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function potret(db = t.ctx.db): Promise<Record<string, { baris: number; hash: string }>> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const hasil: Record<string, { baris: number; hash: string }> = {};
  for (const { table_name } of tables) {
    const [row] = await queryRows<{ baris: number; hash: string | null }>(
      db,
      sql.raw(
        `select cast(count(*) as integer) as baris, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from "${table_name}" x`,
      ),
    );
    hasil[table_name] = { baris: row?.baris ?? 0, hash: row?.hash ?? "" };
  }
  return hasil;
}

// The demo grows with every module and loads twice per case: on a loaded 2-core box that takes minutes.
describe("sakip demo is idempotent", { timeout: 240_000 }, () => {
  it("gives the same tables, row counts and content the second time", async () => {
    const pertama = await loadDemo(t.ctx);
    expect(pertama).toMatchObject({ pemda: "batu-bara", opd: 38, firstLoad: true, pk: 7, indikator: 2 });
    const a = await potret();
    const kedua = await loadDemo(t.ctx);
    expect(kedua.firstLoad).toBe(false);
    const b = await potret();
    expect(b).toEqual(a);
    expect(a.opd?.baris).toBe(38);
    expect(a.pk?.baris).toBe(7);
    // 37 OPD of the recap + Sei Balai 2019–2023 + its 2023 component targets
    expect(a.hasil_evaluasi_akip?.baris).toBe(37 + 5 + 1);
    expect(a.audit_log?.baris).toBeGreaterThan(50);
  });

  it("`sakip demo` twice on a new database gives the same database (CLI; with the demo accounts when embedded)", async () => {
    // the engine under test: a new data folder, or a new PostgreSQL database under `npm run test:pg`
    const env = await openCliTestEnv("sakip-demo");
    const io = { out: () => undefined, err: () => undefined };
    const hash = async () => {
      const db = await openDatabase(env.databaseUrl ? { databaseUrl: env.databaseUrl } : { dataDir: env.dir });
      try {
        return await potret(db.db);
      } finally {
        await db.close();
      }
    };
    try {
      expect(await runCli(["demo", "--json"], io)).toBe(0);
      const a = await hash();
      expect(await runCli(["demo", "--json"], io)).toBe(0);
      expect(await hash()).toEqual(a);
      expect(a.pk_kinerja?.baris).toBeGreaterThan(40);
      // the accounts with public passwords only on the embedded engine (ADR 0008)
      expect(a.auth_user?.baris ?? 0).toBe(env.databaseUrl ? 0 : AKUN_DEMO.length);
    } finally {
      await env.close();
    }
  });
});
