/**
 * Issue 16 (ADR 0038): `sakip cadangan buat|pulihkan --format pg_dump` on PostgreSQL. The demo dumped with pg_dump
 * and restored with pg_restore into an empty (migrated) database gives every table's row count and the same audit
 * hash chain; a missing pg_dump is refused with a message naming it and writes nothing. PostgreSQL only.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rantaiAudit } from "../../src/services/cadangan/cadangan";
import { buatCadanganPgDump, pulihkanCadanganPgDump } from "../../src/services/cadangan/pg-dump";
import { createContext, type ServiceContext } from "../../src/services/context";
import { loadDemo } from "../../src/demo/load-demo";
import { ConflictError } from "../../src/services/errors";
import { type Database, openDatabase } from "../../src/storage/database";
import { daftarTabel, jumlahBaris } from "../../src/storage/repositories/cadangan-repository";
import { buatBasisDataPg, testEngine } from "../support/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-pgdump-"));
const berkas = path.join(dir, "demo.dump");
const basis: { url: string; db: Database; ctx: ServiceContext; hapus(): Promise<void> }[] = [];

async function potret(ctx: ServiceContext): Promise<Record<string, number>> {
  const hasil: Record<string, number> = {};
  for (const t of await daftarTabel(ctx.db)) hasil[t] = await jumlahBaris(ctx.db, t);
  return hasil;
}

describe.skipIf(testEngine() !== "postgres")("sakip cadangan --format pg_dump (PostgreSQL)", () => {
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const b = await buatBasisDataPg(process.env.TEST_DATABASE_URL!);
      const db = await openDatabase({ databaseUrl: b.url });
      await db.migrate();
      basis.push({ ...b, db, ctx: createContext(db) });
    }
    await loadDemo(basis[0]!.ctx);
  }, 300_000);

  afterAll(async () => {
    for (const b of basis) {
      await b.db.close();
      await b.hapus();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("a missing pg_dump is named and nothing is written", async () => {
    const salah = buatCadanganPgDump(basis[0]!.ctx, basis[0]!.url, berkas, { pgDump: "pg_dump-tidak-ada" });
    await expect(salah).rejects.toBeInstanceOf(ConflictError);
    await expect(salah).rejects.toThrow(/pg_dump-tidak-ada tidak ditemukan di PATH/);
    expect(fs.existsSync(berkas)).toBe(false);
  });

  it("restores the demo into an empty database: every table's rows and the audit chain", async () => {
    const [sumber, tujuan] = basis as [(typeof basis)[0], (typeof basis)[0]];
    const kepala = await buatCadanganPgDump(sumber.ctx, sumber.url, berkas);
    const asli = await potret(sumber.ctx);
    expect(kepala.tabel).toEqual(asli);
    expect(asli.audit_log).toBeGreaterThan(0);
    const hasil = await pulihkanCadanganPgDump(tujuan.ctx, tujuan.url, berkas);
    expect(hasil.selisih).toEqual([]);
    expect(hasil.cocok).toBe(true);
    expect(await potret(tujuan.ctx)).toEqual(asli);
    expect(await rantaiAudit(tujuan.ctx)).toBe(kepala.rantaiAudit);
    // a second restore into the now filled database is refused before pg_restore runs
    await expect(pulihkanCadanganPgDump(tujuan.ctx, tujuan.url, berkas)).rejects.toThrow(/tidak kosong/);
  }, 300_000);
});
