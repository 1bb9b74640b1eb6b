/**
 * The account lockout cannot be raced (issue 18, findings 4 and 9; ADR 0015): parallel wrong passwords, at sign-in
 * or at the own password change, are counted in the database before each check, so at most 5 are checked and the
 * right password is refused once the lock stands. Runs on PGlite (`npm test`) and on PostgreSQL (`npm run test:pg`,
 * where the 10-connection pool really runs the attempts side by side).
 */
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/api/app";
import type { BetterAuth } from "../../src/services/auth/better-auth";
import { LayananAuth } from "../../src/services/auth/layanan-auth";
import { KredensialSalahError, TerlaluBanyakPercobaanError } from "../../src/services/errors";
import { authSession } from "../../src/storage/schema/auth";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { findPenggunaById } from "../../src/storage/repositories/pengguna-repository";
import { createPemdaWithOpd, createUserAndSignIn, signIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const RAHASIA = "b".repeat(40);

beforeAll(async () => {
  t = await openTestDatabase();
  await createPemdaWithOpd(t.ctx, "batu-bara", ["kecamatan-sei-balai"]);
  // The address throttle is set out of the way: this file is about the account lockout alone.
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: "silent" }),
    version: "0",
    auth: { rahasia: RAHASIA, batasAlamat: { maksPerAkun: 1000, maksPerAlamat: 1000, jendelaMs: 60_000 } },
  });
});
afterAll(async () => {
  await t?.close();
});

const json = (headers: Record<string, string> = {}) => ({ ...headers, "content-type": "application/json" });

function hitung(statuses: number[]): Record<number, number> {
  const n: Record<number, number> = {};
  for (const s of statuses) n[s] = (n[s] ?? 0) + 1;
  return n;
}

async function auditKunci(userId: string) {
  const entries = await listAudit(t.ctx.db, { pemdaId: null, entity: "pengguna", entityId: userId });
  return entries.filter((e) => e.action === "kunci_otomatis");
}

describe("parallel sign-in guesses", () => {
  it("checks at most 5 of 40 parallel wrong passwords, then refuses even the right one while locked", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const masuk = (kataSandi: string) =>
      app.request("/api/auth/masuk", {
        method: "POST",
        headers: json(),
        body: JSON.stringify({ identitas: as.email, kataSandi }),
      });

    const pertama = await Promise.all(Array.from({ length: 40 }, (_, i) => masuk(`salah-${i}-tebakan`)));
    const n = hitung(pertama.map((r) => r.status));
    // 401 = checked and wrong; the 5th checked attempt answers 429 (it set the lock); everything else was refused
    // (429) without its password being checked.
    expect(n[401] ?? 0).toBeLessThanOrEqual(4);
    expect((n[401] ?? 0) + (n[429] ?? 0)).toBe(40);
    expect(await auditKunci(as.userId)).toHaveLength(1);

    // A later batch of 30 with the right password 11th: every one is refused while the lock stands.
    const kedua = await Promise.all(
      Array.from({ length: 30 }, (_, i) => masuk(i === 10 ? as.kataSandi : `lagi-${i}-tebakan`)),
    );
    expect(kedua.map((r) => r.status)).toEqual(Array.from({ length: 30 }, () => 429));
    const benar = (await kedua[10]?.json()) as { title: string; detail: string };
    expect(benar).toMatchObject({ title: "Akun dikunci sementara" });
    expect(benar.detail).toMatch(/Coba lagi dalam 15 menit/);
    expect(await auditKunci(as.userId)).toHaveLength(1);
    expect((await findPenggunaById(t.ctx.db, as.userId))?.terkunciSampai?.getTime()).toBeGreaterThan(
      t.ctx.now().getTime(),
    );

    // After 15 minutes the count starts afresh: the right password works (the count is not stuck).
    const nanti = createApp({
      ctx: { ...t.ctx, now: () => new Date(t.ctx.now().getTime() + 15 * 60_000 + 1000) },
      logger: pino({ level: "silent" }),
      version: "0",
      auth: { rahasia: RAHASIA },
    });
    await expect(signIn(nanti, as.email, as.kataSandi)).resolves.toBeDefined();
    expect((await findPenggunaById(t.ctx.db, as.userId))?.gagalMasuk).toBe(0);
  });

  it("still signs in with the right password after fewer than 5 parallel failures", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const salah = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        app.request("/api/auth/masuk", {
          method: "POST",
          headers: json(),
          body: JSON.stringify({ identitas: as.email, kataSandi: `salah-${i}-tebakan` }),
        }),
      ),
    );
    expect(salah.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    await expect(signIn(app, as.email, as.kataSandi)).resolves.toBeDefined();
    // the success ends the run: 4 more failures do not lock
    expect((await findPenggunaById(t.ctx.db, as.userId))?.gagalMasuk).toBe(0);
  });
});

/** A LayananAuth of its own, with its better-auth instance reachable so a test can hold or break the check. */
async function layananDenganBetterAuth(): Promise<{ layanan: LayananAuth; auth: BetterAuth }> {
  const layanan = new LayananAuth(t.ctx, {
    rahasia: RAHASIA,
    batasAlamat: { maksPerAkun: 1000, maksPerAlamat: 1000, jendelaMs: 60_000 },
  });
  // siapkan() is private: reached here only to wrap better-auth's sign-in call.
  const { auth } = await (layanan as unknown as { siapkan(): Promise<{ auth: BetterAuth }> }).siapkan();
  return { layanan, auth };
}

const INFO = { headers: new Headers(), alamat: "192.0.2.7" };

async function jumlahSesi(userId: string): Promise<number> {
  return (await t.ctx.db.select().from(authSession).where(eq(authSession.userId, userId))).length;
}

describe("a right password racing wrong ones (review of issue 18)", () => {
  it("does not lift a lock that wrong attempts counted after it set while it was checked, and does not sign in", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const sesiAwal = await jumlahSesi(as.userId);
    const { layanan, auth } = await layananDenganBetterAuth();
    const asli = auth.api.signInEmail.bind(auth.api);
    // The right password's check is held open until the 4 wrong ones behind it have been counted and checked:
    // the interleaving a racing attacker gets by chance, made deterministic.
    let masukCek!: () => void;
    const sudahDicek = new Promise<void>((r) => (masukCek = r));
    let lepas!: () => void;
    const gerbang = new Promise<void>((r) => (lepas = r));
    const spy = vi.spyOn(auth.api, "signInEmail").mockImplementationOnce((async (arg: unknown) => {
      masukCek();
      await gerbang;
      return asli(arg as never);
    }) as never);

    const benar = layanan.masuk(t.ctx, { identitas: as.email, kataSandi: as.kataSandi }, INFO);
    await sudahDicek; // counted as attempt 1, now being checked
    const salah = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) =>
        layanan.masuk(t.ctx, { identitas: as.email, kataSandi: `salah-${i}-tebakan` }, INFO),
      ),
    );
    const alasan = salah.map((r) => (r.status === "rejected" ? (r.reason as Error).constructor.name : "ok"));
    // attempts 2–4 wrong (401); attempt 5 spent the budget and set the lock (429)
    expect(alasan.filter((a) => a === KredensialSalahError.name)).toHaveLength(3);
    expect(alasan.filter((a) => a === TerlaluBanyakPercobaanError.name)).toHaveLength(1);
    const kunci = (await findPenggunaById(t.ctx.db, as.userId))?.terkunciSampai;
    expect(kunci?.getTime()).toBeGreaterThan(t.ctx.now().getTime());

    lepas();
    await expect(benar).rejects.toMatchObject({ name: "TerlaluBanyakPercobaanError", alasan: "akun-terkunci" });
    spy.mockRestore();
    // The lock stays as the wrong attempts set it, and no session was left behind for the refused success.
    expect((await findPenggunaById(t.ctx.db, as.userId))?.terkunciSampai?.getTime()).toBe(kunci?.getTime());
    expect(await jumlahSesi(as.userId)).toBe(sesiAwal);
    expect(await auditKunci(as.userId)).toHaveLength(1);
  });

  it("keeps the attempts counted after a success that ends before them", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const { layanan, auth } = await layananDenganBetterAuth();
    const asli = auth.api.signInEmail.bind(auth.api);
    let masukCek!: () => void;
    const sudahDicek = new Promise<void>((r) => (masukCek = r));
    let lepas!: () => void;
    const gerbang = new Promise<void>((r) => (lepas = r));
    const spy = vi.spyOn(auth.api, "signInEmail").mockImplementationOnce((async (arg: unknown) => {
      masukCek();
      await gerbang;
      return asli(arg as never);
    }) as never);
    const benar = layanan.masuk(t.ctx, { identitas: as.email, kataSandi: as.kataSandi }, INFO);
    await sudahDicek;
    // two wrong attempts counted (2 and 3) while the right one is checked
    for (let i = 0; i < 2; i++) {
      await expect(
        layanan.masuk(t.ctx, { identitas: as.email, kataSandi: `salah-${i}-tebakan` }, INFO),
      ).rejects.toBeInstanceOf(KredensialSalahError);
    }
    lepas();
    await expect(benar).resolves.toMatchObject({ userId: as.userId });
    spy.mockRestore();
    // The success confirms only itself: the 2 wrong attempts counted after it stay in the run.
    expect((await findPenggunaById(t.ctx.db, as.userId))?.gagalMasuk).toBe(2);
  });
});

describe("a check that fails with something other than a wrong password", () => {
  it("records the counted attempt as a failure (the lock it set is audited) and passes the error on", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const { layanan, auth } = await layananDenganBetterAuth();
    for (let i = 0; i < 4; i++) {
      await expect(
        layanan.masuk(t.ctx, { identitas: as.email, kataSandi: `salah-${i}-tebakan` }, INFO),
      ).rejects.toBeInstanceOf(KredensialSalahError);
    }
    const rusak = new Error("basis data putus di tengah pemeriksaan");
    const spy = vi.spyOn(auth.api, "signInEmail").mockRejectedValueOnce(rusak);
    // attempt 5 spends the budget; its check then fails with a fault, not a 401
    await expect(layanan.masuk(t.ctx, { identitas: as.email, kataSandi: as.kataSandi }, INFO)).rejects.toBe(rusak);
    spy.mockRestore();
    expect(await auditKunci(as.userId)).toHaveLength(1);
    expect((await findPenggunaById(t.ctx.db, as.userId))?.terkunciSampai?.getTime()).toBeGreaterThan(
      t.ctx.now().getTime(),
    );
  });
});

describe("own password change", () => {
  it("counts wrong current passwords against the lockout: 30 in parallel, then the right one is refused", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const ganti = (kataSandiLama: string) =>
      app.request("/api/auth/kata-sandi", {
        method: "POST",
        headers: json(as.headers),
        body: JSON.stringify({ kataSandiLama, kataSandiBaru: "Sandi-baru-sekali-9" }),
      });

    const salah = await Promise.all(Array.from({ length: 30 }, (_, i) => ganti(`salah-${i}-tebakan`)));
    const n = hitung(salah.map((r) => r.status));
    // 400 = checked and wrong ("kataSandiLama: kata sandi saat ini salah"); the rest 429 (one of them set the lock)
    expect(n[400] ?? 0).toBeLessThanOrEqual(4);
    expect((n[400] ?? 0) + (n[429] ?? 0)).toBe(30);

    const benar = await ganti(as.kataSandi);
    expect(benar.status).toBe(429);
    expect(benar.headers.get("retry-after")).toBe("900");
    expect(((await benar.json()) as { detail: string }).detail).toMatch(/kata sandi saat ini yang salah/);

    const entries = await listAudit(t.ctx.db, { pemdaId: null, entity: "pengguna", entityId: as.userId });
    expect(entries.map((e) => e.action)).toEqual(["kunci_otomatis", "buat"]);
    expect(entries[0]).toMatchObject({ actorPeran: "sistem", after: { karena: "ganti-kata-sandi" } });
    // the password was not changed, and sign-in is locked too (one budget for both)
    const masuk = await app.request("/api/auth/masuk", {
      method: "POST",
      headers: json(),
      body: JSON.stringify({ identitas: as.email, kataSandi: as.kataSandi }),
    });
    expect(masuk.status).toBe(429);
  });

  it("a right current password ends the run of failures", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const ganti = (kataSandiLama: string, kataSandiBaru: string) =>
      app.request("/api/auth/kata-sandi", {
        method: "POST",
        headers: json(as.headers),
        body: JSON.stringify({ kataSandiLama, kataSandiBaru }),
      });
    for (let i = 0; i < 4; i++) expect((await ganti(`salah-${i}-tebakan`, "Sandi-baru-sekali-9")).status).toBe(400);
    expect((await ganti(as.kataSandi, "Sandi-baru-sekali-9")).status).toBe(204);
    expect((await findPenggunaById(t.ctx.db, as.userId))?.gagalMasuk).toBe(0);
  });
});
