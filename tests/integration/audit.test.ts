/** Every mutation writes exactly one audit entry in its transaction; the audit table refuses UPDATE/DELETE. */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mutasi } from "../../src/services/audit/mutasi";
import { queryRows } from "../../src/storage/database";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { upsertPemda } from "../../src/storage/repositories/organisasi-repository";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe("audit trail", () => {
  it("records one entry with before/after for a successful write", async () => {
    const saved = await mutasi(t.ctx, { entity: "pemda", action: "buat", pemdaId: null }, async (tx) => {
      const row = await upsertPemda(tx, {
        slug: "uji-audit",
        nama: "Kabupaten Uji",
        jenis: "kabupaten",
        provinsi: "Sumatera Utara",
      });
      return { entityId: row.id, before: null, after: row, result: row };
    });
    const entries = await listAudit(t.ctx.db, { pemdaId: null, entity: "pemda", entityId: saved.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "buat",
      actorNama: "sistem",
      actorPeran: "sistem",
      after: { slug: "uji-audit" },
    });
  });

  it("leaves neither the write nor an entry when the change fails", async () => {
    const before = await listAudit(t.ctx.db, { pemdaId: null });
    await expect(
      mutasi(t.ctx, { entity: "pemda", action: "buat", pemdaId: null }, async (tx) => {
        await upsertPemda(tx, { slug: "gagal", nama: "Gagal", jenis: "kabupaten", provinsi: "X" });
        throw new Error("sengaja gagal");
      }),
    ).rejects.toThrow("sengaja gagal");
    expect(await listAudit(t.ctx.db, { pemdaId: null })).toHaveLength(before.length);
    const rows = await queryRows(t.ctx.db, sql`select 1 from pemda where slug = 'gagal'`);
    expect(rows).toHaveLength(0);
  });

  it("refuses to alter or delete an audit row", async () => {
    for (const statement of [
      sql`update audit_log set action = 'palsu'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      const error = await t.ctx.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      // drizzle wraps the database error; the trigger's message is in the cause.
      expect(String((error as { cause?: Error } | null)?.cause?.message)).toMatch(/append-only/);
    }
    const rows = await listAudit(t.ctx.db, { pemdaId: null });
    expect(rows.every((r) => r.action !== "palsu")).toBe(true);
  });
});
