/**
 * Issue 16 (ADR 0038): the sign-in throttle per address and the public SKM duplicate-answer guard are counted in
 * PostgreSQL, so two app servers on one database share them. Failed sign-ins sent alternately to two instances
 * reach the per-address ceiling (SAKIP_MASUK_MAKS_PER_ALAMAT) together; the same answers sent to the second
 * instance under another idempotency key are refused as a duplicate. PostgreSQL only (`npm run test:pg`); the
 * embedded database keeps the same rule in memory (tests/integration/skm-publik-api.test.ts, pembatas-masuk.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/services/context";
import { loadDemo } from "../../src/demo/load-demo";
import { openDatabase } from "../../src/storage/database";
import { jalankanServer, type ProsesServer } from "../support/server-proses";
import { kiriman } from "../support/skm-publik";
import { buatBasisDataPg, testEngine } from "../support/test-database";

const MAKS = 10; // the lowest SAKIP_MASUK_MAKS_PER_ALAMAT the configuration accepts (src/config/env.ts)

describe.skipIf(testEngine() !== "postgres")("limits shared by two app servers on one PostgreSQL (issue 16)", () => {
  const instans: ProsesServer[] = [];
  let hapus: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const basis = await buatBasisDataPg(process.env.TEST_DATABASE_URL!);
    hapus = basis.hapus;
    const db = await openDatabase({ databaseUrl: basis.url });
    await db.migrate();
    await loadDemo(createContext(db));
    await db.close();
    const env = {
      DATABASE_URL: basis.url,
      LOG_LEVEL: "warn",
      SKM_RATE_LIMIT: "0",
      SAKIP_MASUK_MAKS_PER_ALAMAT: String(MAKS),
    };
    for (let i = 0; i < 2; i++) instans.push(await jalankanServer(["bin/sakip.mjs", "serve", "--port", "0"], env));
  }, 600_000);

  afterAll(async () => {
    await Promise.all(instans.map((i) => i.berhenti()));
    await hapus?.();
  }, 120_000);

  it("failed sign-ins from one address are counted across both instances", async () => {
    const masuk = (i: ProsesServer, n: number) =>
      fetch(`${i.url}/api/auth/masuk`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // unknown accounts: no account lockout, only the per-address ceiling counts them
        body: JSON.stringify({ identitas: `tidak-ada-${n}@contoh.test`, kataSandi: "salah-sekali" }),
      });
    const status: number[] = [];
    for (let n = 0; n < MAKS; n++) status.push((await masuk(instans[n % 2]!, n)).status);
    expect(status).toEqual(Array.from({ length: MAKS }, () => 401));
    // each instance alone saw MAKS / 2 failures: a per-process throttle would still answer 401 here
    for (const i of instans) {
      const r = await masuk(i, 999);
      expect(r.status).toBe(429);
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  }, 180_000);

  it("the same answers sent to the other instance under another key are a duplicate (409)", async () => {
    const [a, b] = instans as [ProsesServer, ProsesServer];
    const kirim = (i: ProsesServer, kunci: string) =>
      fetch(`${i.url}/api/v1/publik/skm/batu-bara/sei-balai`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-perangkat-skm": "perangkat-uji-bersama-0001" },
        body: JSON.stringify(kiriman(kunci, [4, 4, 3, 3, 4, 4, 3, 3, 2])),
      });
    expect((await kirim(a, "bersama-0001")).status).toBe(201);
    const ganda = await kirim(b, "bersama-0002");
    expect(ganda.status).toBe(409);
    expect(((await ganda.json()) as { detail: string }).detail).toMatch(/Jawaban yang sama/);
    // the same key again is the client's retry, not a duplicate: the intake answers it idempotently
    expect([200, 201]).toContain((await kirim(b, "bersama-0001")).status);
  }, 180_000);
});
