/**
 * The per-address sign-in throttle (issue 18, finding 8; ADR 0015): X-Forwarded-For is believed only through a
 * configured trusted proxy, and one office behind one NAT address is not locked out by one account's failures.
 * The socket address is given the way @hono/node-server passes it (`env.incoming.socket`).
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import type { BatasAlamat } from "../../src/services/auth/pembatas-masuk";
import { createPemdaWithOpd, createUserAndSignIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
  await createPemdaWithOpd(t.ctx, "batu-bara", ["kecamatan-sei-balai"]);
});
afterAll(async () => {
  await t?.close();
});

function buatApp(opsi: { proxyTepercaya?: string[]; batasAlamat?: BatasAlamat } = {}) {
  return createApp({
    ctx: t.ctx,
    logger: pino({ level: "silent" }),
    version: "0",
    auth: { rahasia: "a".repeat(40), ...(opsi.batasAlamat ? { batasAlamat: opsi.batasAlamat } : {}) },
    ...(opsi.proxyTepercaya ? { proxyTepercaya: opsi.proxyTepercaya } : {}),
  });
}

type App = ReturnType<typeof buatApp>;

/** POST /api/auth/masuk as if it came over a socket from `soket`, with an optional X-Forwarded-For. */
function masuk(app: App, soket: string, identitas: string, kataSandi: string, xff?: string) {
  return app.request(
    "/api/auth/masuk",
    {
      method: "POST",
      headers: { "content-type": "application/json", ...(xff ? { "x-forwarded-for": xff } : {}) },
      body: JSON.stringify({ identitas, kataSandi }),
    },
    { incoming: { socket: { remoteAddress: soket, remotePort: 40000, remoteFamily: "IPv4" } } },
  );
}

const KETAT: BatasAlamat = { maksPerAkun: 1000, maksPerAlamat: 3, jendelaMs: 60_000 };

describe("X-Forwarded-For", () => {
  it("is ignored without a trusted proxy: a client cannot dodge the throttle by writing it", async () => {
    const app = buatApp({ batasAlamat: KETAT });
    for (const i of [1, 2, 3]) {
      const res = await masuk(app, "198.51.100.20", `orang${i}@batu-bara.uji`, "salah-salah-1", `203.0.113.${i}`);
      expect(res.status).toBe(401);
    }
    const res = await masuk(app, "198.51.100.20", "orang4@batu-bara.uji", "salah-salah-1", "203.0.113.99");
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ title: "Terlalu banyak percobaan" });
  });

  it("is ignored from a peer that is not the trusted proxy", async () => {
    const app = buatApp({ batasAlamat: KETAT, proxyTepercaya: ["10.0.0.1"] });
    for (const i of [1, 2, 3]) {
      expect((await masuk(app, "198.51.100.21", `x${i}@batu-bara.uji`, "salah-salah-1", `203.0.113.${i}`)).status).toBe(
        401,
      );
    }
    expect((await masuk(app, "198.51.100.21", "x4@batu-bara.uji", "salah-salah-1", "203.0.113.99")).status).toBe(429);
  });

  it("through a trusted proxy, throttles the client's own address, not the proxy's (everyone else's)", async () => {
    const app = buatApp({ batasAlamat: KETAT, proxyTepercaya: ["10.0.0.0/24"] });
    const korban = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    for (const i of [1, 2, 3]) {
      expect((await masuk(app, "10.0.0.1", `y${i}@batu-bara.uji`, "salah-salah-1", "203.0.113.50")).status).toBe(401);
    }
    // the guessing client is throttled, even when it writes its own X-Forwarded-For first
    expect((await masuk(app, "10.0.0.1", "y4@batu-bara.uji", "salah-salah-1", "1.2.3.4, 203.0.113.50")).status).toBe(
      429,
    );
    // another client behind the same proxy signs in
    const lain = await masuk(app, "10.0.0.1", korban.email, korban.kataSandi, "203.0.113.51");
    expect(lain.status).toBe(200);
  });
});

describe("one office behind one NAT address", () => {
  it("20 failures on one account do not lock another user out of that address", async () => {
    const app = buatApp(); // the production limits
    const siti = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const budi = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const kantor = "203.0.113.77";
    // Budi mistypes his own email 20 times (no such account, so no account lockout steps in) …
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await masuk(app, kantor, `${budi.email}x`, `salah-${i}-ketik`)).status);
    // … yet Siti at the next desk signs in, and so does Budi with his right email
    expect((await masuk(app, kantor, siti.email, siti.kataSandi)).status).toBe(200);
    expect((await masuk(app, kantor, budi.email, budi.kataSandi)).status).toBe(200);
    // the mistyped name alone is throttled from that address, after 10
    expect(statuses.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 401));
    expect(statuses.slice(10)).toEqual(Array.from({ length: 10 }, () => 429));
  });

  it("an account's own lockout does not throttle the address either", async () => {
    const app = buatApp();
    const siti = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const budi = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const kantor = "203.0.113.78";
    for (let i = 0; i < 20; i++) await masuk(app, kantor, budi.email, `salah-${i}-ketik`);
    expect((await masuk(app, kantor, budi.email, budi.kataSandi)).status).toBe(429);
    expect((await masuk(app, kantor, siti.email, siti.kataSandi)).status).toBe(200);
  });
});
