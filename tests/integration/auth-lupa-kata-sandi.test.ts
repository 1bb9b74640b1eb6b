/**
 * Self-service password reset by e-mail (issue 15 item 4, ADR 0044) against a real SMTP server: one mail with a
 * link, the token works once, the new password signs in and the old one no longer does, the other sessions end;
 * an unknown address gets the same answer and no mail; without mail configured the routes answer 400 and the
 * sign-in page's flag is false.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { PESAN_LUPA_KATA_SANDI } from "../../src/api/routes/auth";
import { buatPengirimSmtp } from "../../src/services/tugas/surel-smtp";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn } from "../support/auth";
import { bukaServerSmtpUji, type ServerSmtpUji } from "../support/smtp-uji";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let smtp: ServerSmtpUji;
let app: ReturnType<typeof createApp>;
let appTanpaSurel: ReturnType<typeof createApp>;
const pengirim = () => buatPengirimSmtp(smtp.url, "SAKIP <sakip@uji.test>");
let tutup: (() => void) | undefined;

beforeAll(async () => {
  t = await openDemoDatabase();
  smtp = await bukaServerSmtpUji();
  const p = pengirim();
  tutup = () => p.tutup();
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: "silent" }),
    version: "0",
    auth: { rahasia: "r".repeat(40), resetKataSandi: { pengirim: p, urlPublik: "https://sakip.uji.test/" } },
  });
  appTanpaSurel = createApp({
    ctx: t.ctx,
    logger: pino({ level: "silent" }),
    version: "0",
    auth: { rahasia: "r".repeat(40) },
  });
});
afterAll(async () => {
  tutup?.();
  await smtp?.hentikan();
  await t?.close();
});

const post = (a: ReturnType<typeof createApp>, path: string, body: unknown, alamat = "10.0.0.1") =>
  a.request(
    path,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: alamat, remotePort: 40000, remoteFamily: "IPv4" } } },
  );

async function masukStatus(a: ReturnType<typeof createApp>, identitas: string, kataSandi: string) {
  const res = await post(a, "/api/auth/masuk", { identitas, kataSandi }, "10.9.9.9");
  return res.status;
}

describe("lupa kata sandi lewat surel", () => {
  it("sends one mail with a single-use link; the new password signs in, the old fails, other sessions end", async () => {
    expect(await (await app.request("/api/auth/opsi")).json()).toEqual({ lupaKataSandi: true });
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const sebelum = smtp.surat.length;

    const res = await post(app, "/api/auth/lupa-kata-sandi", { email: as.email.toUpperCase() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ pesan: PESAN_LUPA_KATA_SANDI });
    const baru = smtp.surat.slice(sebelum);
    expect(baru).toHaveLength(1);
    expect(baru[0]?.kepada).toEqual([as.email]);
    expect(baru[0]?.subjek).toBe("SAKIP: atur ulang kata sandi");
    const m = /https:\/\/sakip\.uji\.test\/atur-ulang-kata-sandi\?token=([A-Za-z0-9_-]+)/.exec(baru[0]?.teks ?? "");
    expect(m).not.toBeNull();
    const token = decodeURIComponent(m?.[1] ?? "");

    // the policy applies before the token is spent
    const lemah = await post(app, "/api/auth/atur-ulang-kata-sandi", { token, kataSandiBaru: "pendek" });
    expect(lemah.status).toBe(400);
    expect(((await lemah.json()) as { detail: string }).detail).toContain("kataSandiBaru");

    const sandiBaru = "Sandi-Baru-Lewat-Surel-77";
    const ok = await post(app, "/api/auth/atur-ulang-kata-sandi", { token, kataSandiBaru: sandiBaru });
    expect(ok.status).toBe(204);
    // the session opened before the reset has ended
    expect((await app.request("/api/auth/sesi", { headers: as.headers })).status).toBe(401);
    expect(await masukStatus(app, as.email, as.kataSandi)).toBe(401);
    expect(await masukStatus(app, as.email, sandiBaru)).toBe(200);

    const lagi = await post(app, "/api/auth/atur-ulang-kata-sandi", { token, kataSandiBaru: "Sandi-Lain-Lagi-88" });
    expect(lagi.status).toBe(400);
    const galat = (await lagi.json()) as { detail: string };
    expect(galat.detail).toMatch(/tidak berlaku atau sudah kedaluwarsa/);
    expect(await masukStatus(app, as.email, sandiBaru)).toBe(200);

    const audit = await listAudit(t.ctx.db, { pemdaId: null, entity: "pengguna", entityId: as.userId });
    expect(audit.map((e) => e.action).slice(0, 2)).toEqual(["reset_kata_sandi", "minta_reset_kata_sandi"]);
    expect(audit[0]).toMatchObject({ actorUserId: as.userId, actorPeran: "viewer" });
  });

  it("answers an unknown address the same way and sends no mail; a made-up token is 400", async () => {
    const sebelum = smtp.surat.length;
    const res = await post(app, "/api/auth/lupa-kata-sandi", { email: "tidak.ada@batu-bara.uji" }, "10.0.0.2");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ pesan: PESAN_LUPA_KATA_SANDI });
    expect(smtp.surat.length).toBe(sebelum);
    const palsu = await post(app, "/api/auth/atur-ulang-kata-sandi", {
      token: "x".repeat(43),
      kataSandiBaru: "Sandi-Baru-Palsu-2024",
    });
    expect(palsu.status).toBe(400);
    const bukanEmail = await post(app, "/api/auth/lupa-kata-sandi", { email: "bukan-surel" }, "10.0.0.2");
    expect(bukanEmail.status).toBe(400);
  });

  it("limits requests per address (429) and per e-mail (no more mail, same answer)", async () => {
    const as = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const sebelum = smtp.surat.length;
    const jawaban: number[] = [];
    for (let i = 0; i < 4; i++) {
      jawaban.push((await post(app, "/api/auth/lupa-kata-sandi", { email: as.email }, "10.0.0.3")).status);
    }
    expect(jawaban).toEqual([200, 200, 200, 200]);
    expect(smtp.surat.length - sebelum).toBe(3);
    const dariSatuAlamat: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await post(app, "/api/auth/lupa-kata-sandi", { email: `x${i}@batu-bara.uji` }, "10.0.0.3");
      dariSatuAlamat.push(r.status);
    }
    // 9 per address in the window: 4 + 5 accepted, the 10th refused
    expect(dariSatuAlamat).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("counts one address's requests over every app server on the database (issue 16: limits not per process)", async () => {
    // a second app = a second server process behind the same proxy: its own services, the same database
    const p2 = pengirim();
    const app2 = createApp({
      ctx: t.ctx,
      logger: pino({ level: "silent" }),
      version: "0",
      auth: { rahasia: "r".repeat(40), resetKataSandi: { pengirim: p2, urlPublik: "https://sakip.uji.test/" } },
    });
    try {
      const status: number[] = [];
      for (let i = 0; i < 10; i++) {
        const a = i % 2 === 0 ? app : app2;
        status.push((await post(a, "/api/auth/lupa-kata-sandi", { email: `y${i}@batu-bara.uji` }, "10.0.0.4")).status);
      }
      // in memory each server would have allowed 9 of its own: 10 × 200
      expect(status).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 429]);
    } finally {
      p2.tutup();
    }
  });

  it("without mail configured: the flag is false and both routes answer 400", async () => {
    expect(await (await appTanpaSurel.request("/api/auth/opsi")).json()).toEqual({ lupaKataSandi: false });
    const minta = await post(appTanpaSurel, "/api/auth/lupa-kata-sandi", { email: "admin@demo.sakip.test" });
    expect(minta.status).toBe(400);
    expect(((await minta.json()) as { detail: string }).detail).toMatch(/tidak tersedia/);
    const atur = await post(appTanpaSurel, "/api/auth/atur-ulang-kata-sandi", {
      token: "y".repeat(43),
      kataSandiBaru: "Sandi-Baru-2024-Xyz",
    });
    expect(atur.status).toBe(400);
  });
});
