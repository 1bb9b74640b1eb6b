/**
 * A constraint the database enforces answers 409 in Indonesian, never 500: the real driver errors of PGlite and
 * PostgreSQL (unique_violation 23505, foreign_key_violation 23503, wrapped by drizzle) go through the API's error map.
 */
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemFromError } from "../../src/api/problem";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
  await t.ctx.db.execute(
    sql`insert into pemda (slug, nama, jenis, provinsi) values ('uji-problem', 'Kabupaten Uji', 'kabupaten', 'Uji')`,
  );
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Runs `aksi` behind a route and returns the problem the API answers. */
async function jawaban(aksi: () => Promise<unknown>) {
  const app = new Hono();
  app.onError((e, c) => problemFromError(c, e));
  app.get("/", async (c) => c.json(await aksi()));
  const res = await app.request("/");
  return { status: res.status, body: (await res.json()) as { title: string; detail: string } };
}

const opd = (slug: string) =>
  t.ctx.db.execute(
    sql`insert into opd (pemda_id, slug, nama, jenis, kode)
        select id, ${slug}, ${slug}, 'dinas', '1.01.0.00.0.00.01.0000' from pemda where slug = 'uji-problem'`,
  );

describe("database constraints through the API error map", () => {
  it("a second OPD with the same kode in one Pemda is a 409 (opd_pemda_kode_unique)", async () => {
    await opd("dinas-a");
    const r = await jawaban(() => opd("dinas-b"));
    expect(r.status).toBe(409);
    expect(r.body.title).toBe("Konflik data");
    expect(r.body.detail).toContain("kunci yang sama sudah ada");
  });

  it("a row pointing at a missing parent is a 409, not a 500", async () => {
    const r = await jawaban(() =>
      t.ctx.db.execute(
        sql`insert into opd (pemda_id, slug, nama, jenis) values ('00000000-0000-4000-8000-000000000000', 'x', 'x', 'dinas')`,
      ),
    );
    expect(r.status).toBe(409);
    expect(r.body.detail).toContain("dirujuk");
  });

  it("a number the column cannot hold is a 400 (numeric_value_out_of_range)", async () => {
    const r = await jawaban(() => t.ctx.db.execute(sql`select 99999999999999999999::numeric(18, 2)`));
    expect(r.status).toBe(400);
    expect(r.body.detail).toContain("Angka terlalu besar");
  });

  it("any other error stays a 500 with a generic message", async () => {
    const r = await jawaban(() => t.ctx.db.execute(sql`select 1/0`));
    expect(r.status).toBe(500);
  });
});
