/**
 * The same migrations and the same queries on both engines: this file runs on PGlite in `npm test` and on
 * PostgreSQL in `npm run test:pg`; the expected values are the same literals in both runs.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo";
import { listOpdOfPemda } from "../../src/services/organisasi/list-opd";
import { queryRows } from "../../src/storage/database";
import { countOpdPerPemda } from "../../src/storage/repositories/organisasi-repository";
import { openTestDatabase, type TestDatabase, testEngine } from "../support/test-database";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe(`storage on ${testEngine()}`, () => {
  it("runs on the engine under test", () => {
    expect(t.database.engine).toBe(testEngine());
  });

  it("has applied every migration and re-applying is a no-op", async () => {
    const tables = await queryRows<{ table_name: string }>(
      t.ctx.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = tables.map((r) => r.table_name);
    expect(names).toEqual(expect.arrayContaining(["app_meta", "opd", "pemda"]));
    await t.database.migrate();
    const again = await queryRows(
      t.ctx.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(again[0]).toEqual({ n: names.length });
  });

  it("gives exact NUMERIC results as strings on both engines", async () => {
    // SEED Tabel 3.2: 80,50 / 85,00 × 100 = 94,7058… → 94,71 with half-up rounding.
    const result = await queryRows<{ capaian: string; total: string }>(
      t.ctx.db,
      sql`select round(80.50 / 85.00 * 100, 2)::text as capaian, (2476764410.00 + 457164999.00)::numeric(18,2)::text as total`,
    );
    expect(result[0]).toEqual({ capaian: "94.71", total: "2933929409.00" });
  });

  it("loads the demo idempotently and scopes OPD queries by Pemda", async () => {
    const first = await loadDemo(t.ctx);
    const second = await loadDemo(t.ctx);
    expect(first.firstLoad).toBe(true);
    expect(second.firstLoad).toBe(false);
    const counts = await countOpdPerPemda(t.ctx.db);
    expect(counts).toEqual([{ pemdaSlug: "batu-bara", jumlah: first.opd }]);
    const opd = await listOpdOfPemda(t.ctx, "batu-bara");
    expect(opd.map((o) => o.slug)).toContain("kecamatan-sei-balai");
    await expect(listOpdOfPemda(t.ctx, "tidak-ada")).rejects.toThrow(/tidak ditemukan/);
  }, 240_000); // the whole demo, twice: over the default 30 s on a loaded 2-core machine (seen under test:pg)
});
