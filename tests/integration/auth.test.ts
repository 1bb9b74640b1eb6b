/** Accounts over HTTP (issue M1-03, ADR 0008): sign-in by email or NIP, session scoping, lockout, CSRF, passwords. */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createApp } from "../../src/api/app";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { pangkasBatasLaju } from "../../src/storage/repositories/batas-laju-repository";
import { createPemdaWithOpd, createUserAndSignIn, signIn, TEST_PASSWORD, cookieHeader } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await openDemoDatabase();
  await createPemdaWithOpd(t.ctx, "kota-lain", ["kecamatan-lain"]);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "r".repeat(40) } });
});
afterAll(async () => {
  await t?.close();
});

const json = (headers: Record<string, string> = {}) => ({ ...headers, "content-type": "application/json" });

describe("sign-in and sessions", () => {
  it("answers 401 problem+json without a session and keeps public routes public", async () => {
    const res = await app.request("/api/v1/pemda");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 401, title: "Belum masuk" });
    expect((await app.request("/healthz")).status).toBe(200);
    expect((await app.request("/api/openapi.json")).status).toBe(200);
  });

  it("signs in by email and by NIP; sets an HttpOnly SameSite=Lax cookie", async () => {
    const as = await createUserAndSignIn(app, t.ctx, {
      peran: "operator_opd",
      pemdaSlug: "batu-bara",
      opdSlug: "kecamatan-sei-balai",
      nip: "19850101 201001 1 001",
    });
    const res = await app.request("/api/auth/masuk", {
      method: "POST",
      headers: json(),
      body: JSON.stringify({ identitas: "NIP. 19850101 201001 1 001", kataSandi: as.kataSandi }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("sakip.session_token="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const body = (await res.json()) as { pengguna: { peran: string; opd: { slug: string } } };
    expect(body.pengguna).toMatchObject({ peran: "operator_opd", opd: { slug: "kecamatan-sei-balai" } });

    const sesi = await app.request("/api/auth/sesi", { headers: { cookie: cookieHeader(res) } });
    expect(sesi.status).toBe(200);
  });

  it("adds Secure to the cookie when served over HTTPS", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const res = await app.request("https://sakip.example/api/auth/masuk", {
      method: "POST",
      headers: json(),
      body: JSON.stringify({ identitas: as.email, kataSandi: as.kataSandi }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join("\n")).toMatch(/sakip\.session_token=[^\n]*Secure/);
  });

  it("refuses a wrong password with one Indonesian message", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    for (const identitas of [as.email, "tidak.ada@batu-bara.uji", "bukan-nip"]) {
      const res = await app.request("/api/auth/masuk", {
        method: "POST",
        headers: json(),
        body: JSON.stringify({ identitas, kataSandi: "salah-sekali-123" }),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ title: "Gagal masuk", detail: "Email/NIP atau kata sandi salah" });
    }
  });

  it("locks the account for 15 minutes after 5 wrong passwords (even with the right one), and audits it", async () => {
    const as = await createUserAndSignIn(app, t.ctx, {
      peran: "pimpinan_opd",
      pemdaSlug: "batu-bara",
      opdSlug: "kecamatan-sei-balai",
    });
    const attempt = (kataSandi: string) =>
      app.request("/api/auth/masuk", {
        method: "POST",
        headers: json(),
        body: JSON.stringify({ identitas: as.email, kataSandi }),
      });
    for (let i = 1; i <= 4; i++) expect((await attempt(`salah-${i}-xxxx`)).status).toBe(401);
    const fifth = await attempt("salah-5-xxxx");
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get("retry-after")).toBe("900");
    expect(await fifth.json()).toMatchObject({ title: "Akun dikunci sementara" });
    const right = await attempt(as.kataSandi);
    expect(right.status).toBe(429);
    expect(((await right.json()) as { detail: string }).detail).toMatch(/Coba lagi dalam 15 menit/);
    const audit = await listAudit(t.ctx.db, { pemdaId: null, entity: "pengguna", entityId: as.userId });
    expect(audit.map((e) => e.action)).toEqual(["kunci_otomatis", "buat"]);
    expect(audit[0]).toMatchObject({ actorPeran: "sistem", after: { gagalMasuk: 5 } });
  });
});

describe("session expiry and address throttle", () => {
  it("ends a session idle for 8 hours and one older than 7 days", async () => {
    const idle = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    expect((await app.request("/api/auth/sesi", { headers: idle.headers })).status).toBe(200);
    await t.ctx.db.execute(
      sql`update auth_session set expires_at = now() - interval '1 minute' where user_id = ${idle.userId}`,
    );
    expect((await app.request("/api/auth/sesi", { headers: idle.headers })).status).toBe(401);

    const old = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const later = createApp({
      ctx: { ...t.ctx, now: () => new Date(Date.now() + 7 * 24 * 3600 * 1000 + 60_000) },
      logger: pino({ level: "silent" }),
      version: "0",
      auth: { rahasia: "r".repeat(40) },
    });
    expect((await later.request("/api/auth/sesi", { headers: old.headers })).status).toBe(401);
    // the expired session is deleted, so it stays gone for the normal clock too
    expect((await app.request("/api/auth/sesi", { headers: old.headers })).status).toBe(401);
  });

  it("throttles an address after too many failures over all accounts (password spraying)", async () => {
    // On PostgreSQL the throttle lives in the database, shared by every app instance (ADR 0038): forget the failures
    // of the earlier tests from this address, so the count starts at zero here as it does with a new instance.
    await pangkasBatasLaju(t.ctx.db, Number.MAX_SAFE_INTEGER, "masuk:");
    const strict = createApp({
      ctx: t.ctx,
      logger: pino({ level: "silent" }),
      version: "0",
      auth: { rahasia: "r".repeat(40), batasAlamat: { maksPerAkun: 10, maksPerAlamat: 3, jendelaMs: 60_000 } },
    });
    const attempt = (identitas: string) =>
      strict.request("/api/auth/masuk", {
        method: "POST",
        headers: json(),
        body: JSON.stringify({ identitas, kataSandi: "salah-salah-1" }),
      });
    for (const i of [1, 2, 3]) expect((await attempt(`orang${i}@batu-bara.uji`)).status).toBe(401);
    const res = await attempt("orang4@batu-bara.uji");
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ title: "Terlalu banyak percobaan" });
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("tenancy and OPD scoping", () => {
  it("shows an operator only its own Pemda and OPD, an evaluator every OPD of its Pemda", async () => {
    const op = await createUserAndSignIn(app, t.ctx, {
      peran: "operator_opd",
      pemdaSlug: "batu-bara",
      opdSlug: "kecamatan-sei-balai",
    });
    const ev = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
    const list = async (headers: Record<string, string>) =>
      (await (await app.request("/api/v1/pemda", { headers })).json()) as Array<{
        slug: string;
        opd: Array<{ slug: string }>;
      }>;
    const asOp = await list(op.headers);
    expect(asOp.map((p) => p.slug)).toEqual(["batu-bara"]);
    expect(asOp[0]?.opd.map((o) => o.slug)).toEqual(["kecamatan-sei-balai"]);
    const asEv = await list(ev.headers);
    expect(asEv.map((p) => p.slug)).toEqual(["batu-bara"]);
    expect(asEv[0]?.opd.map((o) => o.slug)).toEqual(
      expect.arrayContaining(["kecamatan-sei-balai", "kecamatan-datuk-tanah-datar"]),
    );
  });

  it("answers 404 for another Pemda's data", async () => {
    const admin = await createUserAndSignIn(app, t.ctx, {
      peran: "admin_pemda",
      pemdaSlug: "batu-bara",
      opdSlug: null,
    });
    const res = await app.request("/api/v1/pemda/kota-lain/opd", { headers: admin.headers });
    expect(res.status).toBe(404);
    const own = await app.request("/api/v1/pemda/batu-bara/opd", { headers: admin.headers });
    expect(own.status).toBe(200);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated mutation without the token or from another origin", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const body = JSON.stringify({ kataSandiLama: as.kataSandi, kataSandiBaru: "Baru-sekali-2024" });
    const noToken = await app.request("/api/auth/kata-sandi", {
      method: "POST",
      headers: json({ cookie: as.headers.cookie ?? "" }),
      body,
    });
    expect(noToken.status).toBe(403);
    expect(await noToken.json()).toMatchObject({ title: "Permintaan ditolak" });
    const otherOrigin = await app.request("/api/auth/kata-sandi", {
      method: "POST",
      headers: json({ ...as.headers, origin: "https://jahat.example" }),
      body,
    });
    expect(otherOrigin.status).toBe(403);
    const crossSite = await app.request("/api/auth/kata-sandi", {
      method: "POST",
      headers: json({ ...as.headers, "sec-fetch-site": "cross-site" }),
      body,
    });
    expect(crossSite.status).toBe(403);
    const ok = await app.request("/api/auth/kata-sandi", { method: "POST", headers: json(as.headers), body });
    expect(ok.status).toBe(204);
    // the new password works, the old one no longer does
    await expect(signIn(app, as.email, "Baru-sekali-2024")).resolves.toBeDefined();
    await expect(signIn(app, as.email, TEST_PASSWORD)).rejects.toThrow(/401/);
  });
});

describe("sign-out", () => {
  it("ends the session", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    expect((await app.request("/api/auth/keluar", { method: "POST", headers: as.headers })).status).toBe(204);
    expect((await app.request("/api/auth/sesi", { headers: as.headers })).status).toBe(401);
  });

  it("also ends the session through better-auth's own sign-out handler", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const res = await app.request("http://127.0.0.1:3000/api/auth/sign-out", {
      method: "POST",
      headers: { ...as.headers, origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" },
    });
    expect(res.status).toBe(200);
    expect((await app.request("/api/auth/sesi", { headers: as.headers })).status).toBe(401);
  });

  it("blocks better-auth endpoints we do not use (sign-up, password reset)", async () => {
    for (const p of ["/api/auth/sign-up/email", "/api/auth/request-password-reset", "/api/auth/sign-in/email"]) {
      const res = await app.request(p, { method: "POST", headers: json(), body: "{}" });
      expect(res.status).toBe(404);
    }
  });
});
