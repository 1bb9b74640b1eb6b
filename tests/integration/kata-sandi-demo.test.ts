/**
 * Public demo passwords in production (issue 18, finding 10; ADR 0015): the admin sees which active accounts still
 * use one, and no reset, own change or new account may take one. (The start-up warning and the CLI are in
 * cli-user.test.ts.)
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { AKUN_DEMO, buatAkunDemo } from "../../src/demo/demo-accounts";
import { findPenggunaByEmail } from "../../src/storage/repositories/pengguna-repository";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn, signIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let produksi: ReturnType<typeof createApp>;
let admin: SignedIn;

const kirim = (method: string, url: string, headers: Record<string, string>, body?: unknown) =>
  produksi.request(url, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

const demo = (peran: string) => {
  const akun = AKUN_DEMO.find((a) => a.peran === peran);
  if (!akun) throw new Error(peran);
  return akun;
};

async function peringatan(app = produksi, headers = admin.headers) {
  const res = await app.request("/api/v1/pemda/batu-bara/pengguna/kata-sandi-demo", { headers });
  expect(res.status).toBe(200);
  return (await res.json()) as { diperiksa: boolean; pengguna: Array<{ email: string }> };
}

beforeAll(async () => {
  t = await openTestDatabase();
  await createPemdaWithOpd(t.ctx, "batu-bara", ["kecamatan-sei-balai"]);
  // A data folder first set up as the demo: the demo accounts with their published passwords.
  await buatAkunDemo(t.ctx, { produksi: false });
  produksi = createApp({
    ctx: t.ctx,
    logger: pino({ level: "silent" }),
    version: "0",
    auth: { rahasia: "d".repeat(40), produksi: true },
  });
  admin = await createUserAndSignIn(produksi, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
});
afterAll(async () => {
  await t?.close();
});

describe("the admin's warning", () => {
  it("lists in production every active account whose password is a public demo password", async () => {
    const hasil = await peringatan();
    expect(hasil.diperiksa).toBe(true);
    expect(hasil.pengguna.map((p) => p.email).sort()).toEqual(AKUN_DEMO.map((a) => a.email).sort());
  });

  it("checks nothing outside production (the demo is meant to use them)", async () => {
    const dev = createApp({
      ctx: t.ctx,
      logger: pino({ level: "silent" }),
      version: "0",
      auth: { rahasia: "d".repeat(40) },
    });
    expect(await peringatan(dev)).toEqual({ diperiksa: false, pengguna: [] });
  });

  it("is for admins only", async () => {
    const viewer = await createUserAndSignIn(produksi, t.ctx, {
      peran: "viewer",
      pemdaSlug: "batu-bara",
      opdSlug: null,
    });
    const res = await produksi.request("/api/v1/pemda/batu-bara/pengguna/kata-sandi-demo", { headers: viewer.headers });
    expect(res.status).toBe(403);
  });
});

describe("setting a password refuses the demo passwords", () => {
  it("admin reset: 400 naming kataSandiBaru, whatever the letter case; another password clears the warning", async () => {
    const pembaca = await findPenggunaByEmail(t.ctx.db, demo("viewer").email);
    const url = `/api/v1/pemda/batu-bara/pengguna/${pembaca?.id}/reset-kata-sandi`;
    for (const kataSandiBaru of [demo("admin_pemda").kataSandi, demo("viewer").kataSandi.toUpperCase()]) {
      const res = await kirim("POST", url, admin.headers, { kataSandiBaru });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { detail: string; errors: Array<{ field: string }> };
      expect(body.errors[0]?.field).toBe("kataSandiBaru");
      expect(body.detail).toMatch(/kata sandi akun demo yang tercantum di README dan diketahui umum/);
    }
    expect((await kirim("POST", url, admin.headers, { kataSandiBaru: "Sandi-pembaca-baru-7" })).status).toBe(200);
    expect((await peringatan()).pengguna.map((p) => p.email)).not.toContain(demo("viewer").email);
  });

  it("own change: refused for a demo password, accepted for another", async () => {
    const akun = demo("evaluator");
    const sesi = await signIn(produksi, akun.email, akun.kataSandi);
    const ganti = (kataSandiBaru: string) =>
      kirim("POST", "/api/auth/kata-sandi", sesi.headers, { kataSandiLama: akun.kataSandi, kataSandiBaru });
    const res = await ganti(demo("operator_opd").kataSandi);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/^kataSandiBaru: .*kata sandi akun demo/);
    expect((await ganti("Sandi-evaluator-baru-3")).status).toBe(204);
    expect((await peringatan()).pengguna.map((p) => p.email)).not.toContain(akun.email);
  });

  it("a new account: refused", async () => {
    const res = await kirim("POST", "/api/v1/pemda/batu-bara/pengguna", admin.headers, {
      email: "staf.demo@batu-bara.uji",
      nama: "Staf Demo",
      peran: "viewer",
      kataSandi: demo("admin_pemda").kataSandi,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/^kataSandi: .*kata sandi akun demo/);
  });
});
