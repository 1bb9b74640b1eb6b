/**
 * Issue 16 (ADR 0031): two app servers started at the same time on one empty PostgreSQL database. Both become ready
 * (/readyz), the migrations run exactly once (one instance applies all of them under the advisory lock, the other
 * none, and drizzle's log has one row per migration), and the public SKM limit is counted across both instances.
 * PostgreSQL only (`npm run test:pg`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationCount } from "../../src/storage/database";
import { buatBasisDataPg, testEngine } from "../support/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface Instans {
  child: ChildProcess;
  url: string;
  migrasiDiterapkan: number;
}

function mulai(databaseUrl: string): Promise<Instans> {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/sakip.mjs"), "serve", "--port", "0"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "info", SKM_RATE_LIMIT: "3" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 180 s:\n${out}`)), 180_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const siap = out.split("\n").find((l) => l.includes('"server siap"'));
      const url = /berjalan di (http:\/\/[\d.]+:\d+)/.exec(out)?.[1];
      if (siap && url) {
        clearTimeout(timer);
        const log = JSON.parse(siap) as { migrasiDiterapkan: number };
        resolve({ child, url, migrasiDiterapkan: log.migrasiDiterapkan });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
}

function berhenti(i: Instans): Promise<void> {
  return new Promise((resolve) => {
    if (i.child.exitCode !== null) return resolve();
    i.child.once("exit", () => resolve());
    i.child.kill("SIGTERM");
  });
}

describe.skipIf(testEngine() !== "postgres")("two app servers on one PostgreSQL database (issue 16)", () => {
  const instans: Instans[] = [];
  let hapus: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await Promise.all(instans.map(berhenti));
    await hapus?.();
  }, 120_000);

  it("start together from an empty database: both ready, migrations applied once, SKM limit shared", async () => {
    const basis = await buatBasisDataPg(process.env.TEST_DATABASE_URL!);
    hapus = basis.hapus;
    const hasil = await Promise.allSettled([mulai(basis.url), mulai(basis.url)]);
    for (const h of hasil) if (h.status === "fulfilled") instans.push(h.value);
    for (const h of hasil) if (h.status === "rejected") throw h.reason;
    const [a, b] = instans as [Instans, Instans];

    for (const i of instans) {
      const ready = await fetch(`${i.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ok", database: true, migrasi: true });
    }

    // one run: all migrations by one instance, none by the other; one log row per migration
    expect([a.migrasiDiterapkan, b.migrasiDiterapkan].sort()).toEqual([0, migrationCount()]);
    const klien = new pg.Client({ connectionString: basis.url });
    await klien.connect();
    try {
      const log = await klien.query(
        "select count(*)::int as n, count(distinct hash)::int as u from drizzle.__drizzle_migrations",
      );
      expect(log.rows[0]).toEqual({ n: migrationCount(), u: migrationCount() });
    } finally {
      await klien.end();
    }

    // SKM_RATE_LIMIT=3 per address: three submissions pass the limiter (through either instance), the fourth is 429
    const kirim = (i: Instans) =>
      fetch(`${i.url}/api/v1/publik/skm/tidak-ada/tidak-ada`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kunci: crypto.randomUUID() }),
      });
    const status = [];
    for (const i of [a, b, a, b]) status.push((await kirim(i)).status);
    expect(status.slice(0, 3)).not.toContain(429);
    expect(status[3]).toBe(429);
  }, 300_000);
});
