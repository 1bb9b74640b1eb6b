/**
 * Backups (issue 16, ADR 0031): the demo backed up and restored into an empty database of the same engine gives
 * every table's row count and the same audit hash chain; a non-empty target and a damaged file are refused with a
 * message, and the target is left untouched.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buatCadangan, pulihkanCadangan, rantaiAudit } from "../../src/services/cadangan/cadangan";
import { loadDemo } from "../../src/demo/load-demo";
import { ConflictError } from "../../src/services/errors";
import { daftarTabel, jumlahBaris } from "../../src/storage/repositories/cadangan-repository";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let sumber: TestDatabase;
let tujuan: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-cadangan-"));
const berkas = path.join(dir, "demo.sakip.gz");

async function potret(t: TestDatabase): Promise<Record<string, number>> {
  const hasil: Record<string, number> = {};
  for (const tabel of await daftarTabel(t.ctx.db)) hasil[tabel] = await jumlahBaris(t.ctx.db, tabel);
  return hasil;
}

beforeAll(async () => {
  sumber = await openTestDatabase();
  tujuan = await openTestDatabase();
  await loadDemo(sumber.ctx);
}, 180_000);

afterAll(async () => {
  await sumber?.close();
  await tujuan?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("sakip cadangan (backup and restore)", () => {
  it("restores the demo into an empty database: every table's rows and the audit chain", async () => {
    const kepala = await buatCadangan(sumber.ctx, berkas);
    const asli = await potret(sumber);
    expect(kepala.tabel).toEqual(asli);
    expect(asli.audit_log).toBeGreaterThan(0);
    expect(kepala.rantaiAudit).toBe(await rantaiAudit(sumber.ctx));

    const hasil = await pulihkanCadangan(tujuan.ctx, berkas);
    expect(hasil.selisih).toEqual([]);
    expect(hasil.cocok).toBe(true);
    expect(await potret(tujuan)).toEqual(asli);
    expect(await rantaiAudit(tujuan.ctx)).toBe(kepala.rantaiAudit);
  }, 180_000);

  it("refuses a target that is not empty, and a damaged or truncated file, leaving the target as it was", async () => {
    const sebelum = await potret(tujuan);
    await expect(pulihkanCadangan(tujuan.ctx, berkas)).rejects.toThrow(/tidak kosong/);
    const rusak = path.join(dir, "rusak.sakip.gz");
    fs.writeFileSync(rusak, "bukan gzip");
    await expect(pulihkanCadangan(tujuan.ctx, rusak)).rejects.toBeInstanceOf(ConflictError);
    const baris = zlib.gunzipSync(fs.readFileSync(berkas)).toString("utf8").split("\n");
    const potong = path.join(dir, "potong.sakip.gz");
    fs.writeFileSync(potong, zlib.gzipSync(baris.slice(0, 5).join("\n")));
    await expect(pulihkanCadangan(tujuan.ctx, potong)).rejects.toThrow(/terpotong/);
    expect(await potret(tujuan)).toEqual(sebelum);
  }, 180_000);
});
