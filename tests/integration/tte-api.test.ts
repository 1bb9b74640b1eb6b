/**
 * TTE through the API (issue 17, ADR 0032): the Camat of Sei Balai (pimpinan OPD) signs the 2023 PK through the BSrE
 * gateway stand-in and through the register; the public page /v/{kode} shows who signed what and when and answers
 * "cocok" / "tidak cocok" for an upload; a wrong passphrase answers 400 in Indonesian with nothing stored; every log
 * line and audit entry is free of the NIK and the passphrase; another OPD's user is refused.
 */
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { unduhPk } from "../../src/services/laporan/unduh-laporan";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type GerbangUji, mulaiGerbangUji } from "../support/gerbang-tte-uji";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

pasangPenyaji();

const NIK = "1219010101700002";
const PASS = "Passphrase-Camat-Rahasia-7";
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
let t: TestDatabase;
let g: GerbangUji;
let app: ReturnType<typeof createApp>;
let camat: SignedIn;
let lain: SignedIn;
let pk: string;
let nip: string;
const log: string[] = [];

beforeAll(async () => {
  t = await openDemoDatabase();
  const pemdaId = (await listPemda(t.ctx.db)).find((p) => p.slug === "batu-bara")!.id;
  const opd = (await listOpd(t.ctx.db, pemdaId)).find((o) => o.slug === "kecamatan-sei-balai")!;
  const pj = (await listPejabat(t.ctx.db, pemdaId, opd.id)).find((p) => p.nip && /camat/i.test(p.jabatan))!;
  nip = pj.nip!;
  pk = (
    await unduhPk(t.ctx, { pemda: "batu-bara", opd: "kecamatan-sei-balai" }, 2023, { format: "pdf", nip })
  ).isi.toString("base64");
  g = await mulaiGerbangUji([{ nik: NIK, passphrase: PASS, nama: pj.nama }]);
  const tujuan = new Writable({
    write(chunk, _enc, cb) {
      log.push(String(chunk));
      cb();
    },
  });
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: "trace" }, tujuan),
    version: "0",
    auth: { rahasia: "t".repeat(40) },
    skmPublik: { batasPerMenit: 0, urlPublik: "https://sakip.contoh.go.id" },
    tte: { url: g.url, pengguna: "esign", sandi: "rahasia-klien", batasWaktuDetik: 10 },
  });
  camat = await createUserAndSignIn(app, t.ctx, {
    peran: "pimpinan_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  lain = await createUserAndSignIn(app, t.ctx, {
    peran: "pimpinan_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-datuk-tanah-datar",
  });
}, 180_000);
afterAll(async () => {
  await g?.close();
  await t?.close();
});

async function kirim(as: SignedIn | null, path: string, body: unknown) {
  const res = await app.request(path, {
    method: "POST",
    headers: { ...(as?.headers ?? {}), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function periksaHalaman(kode: string, pdf: Buffer) {
  const form = new FormData();
  form.set("berkas", new Blob([new Uint8Array(pdf)], { type: "application/pdf" }), "cek.pdf");
  const res = await app.request(`/v/${kode}`, { method: "POST", body: form });
  return { status: res.status, html: await res.text() };
}

const tanda = { namaBerkas: "PK-2023-kecamatan-sei-balai.pdf", jenisDokumen: "pk", judul: "Perjanjian Kinerja 2023" };

describe("TTE API", () => {
  it("BSrE: the Camat signs the 2023 PK; the page and the API verify it; one changed byte is 'tidak cocok'", async () => {
    const r = await kirim(camat, `${O}/tte/tandatangani`, {
      ...tanda,
      isiBase64: pk,
      nip,
      penyedia: "bsre",
      nik: NIK,
      passphrase: PASS,
    });
    expect(r.status).toBe(201);
    const kode = String(r.body.kode);
    expect(r.body.urlVerifikasi).toBe(`https://sakip.contoh.go.id/v/${kode}`);
    const ttd = Buffer.from(String(r.body.isiBase64), "base64");

    const halaman = await app.request(`/v/${kode}`);
    expect(halaman.status).toBe(200);
    const html = await halaman.text();
    expect(html).toContain("Perjanjian Kinerja 2023");
    expect(html).toContain(nip);
    expect(html).toContain("BSrE");

    expect((await periksaHalaman(kode, ttd)).html).toContain("<strong>Cocok</strong>");
    const rusak = Buffer.from(ttd);
    const i = Math.floor(rusak.length / 3);
    rusak[i] = rusak[i]! ^ 0x20;
    expect((await periksaHalaman(kode, rusak)).html).toContain("<strong>Tidak cocok</strong>");

    const v = await kirim(camat, "/api/v1/pemda/batu-bara/tte/verifikasi", { isiBase64: ttd.toString("base64") });
    expect(v.body).toMatchObject({ sah: true, kode, penyedia: "bsre", gerbang: { sah: true } });
    const vr = await kirim(camat, "/api/v1/pemda/batu-bara/tte/verifikasi", { isiBase64: rusak.toString("base64") });
    expect(vr.body.sah).toBe(false);
  }, 120_000);

  it("register: signs without NIK/passphrase and verifies", async () => {
    const r = await kirim(camat, `${O}/tte/tandatangani`, { ...tanda, isiBase64: pk, nip, penyedia: "register" });
    expect(r.status).toBe(201);
    const v = await kirim(camat, "/api/v1/pemda/batu-bara/tte/verifikasi", { isiBase64: r.body.isiBase64 });
    expect(v.body).toMatchObject({ sah: true, kode: r.body.kode, penyedia: "register" });
  }, 120_000);

  it("a wrong passphrase: 400 in Indonesian, nothing stored; another OPD's pimpinan is refused", async () => {
    const sebelum = ((await (await app.request(`${O}/tte`, { headers: camat.headers })).json()) as { data: unknown[] })
      .data.length;
    const r = await kirim(camat, `${O}/tte/tandatangani`, {
      ...tanda,
      isiBase64: pk,
      nip,
      penyedia: "bsre",
      nik: NIK,
      passphrase: "keliru",
    });
    expect(r.status).toBe(400);
    expect(String(r.body.detail)).toMatch(/Passphrase salah\. Dokumen belum ditandatangani/);
    const sesudah = ((await (await app.request(`${O}/tte`, { headers: camat.headers })).json()) as { data: unknown[] })
      .data;
    expect(sesudah.length).toBe(sebelum);
    const x = await kirim(lain, `${O}/tte/tandatangani`, { ...tanda, isiBase64: pk, nip, penyedia: "register" });
    expect(x.status).toBe(403);
  }, 120_000);

  it("no log line and no audit entry holds the NIK or the passphrase; the audit names the signer", async () => {
    const semua = log.join("");
    expect(semua.length).toBeGreaterThan(0);
    expect(semua).not.toContain(NIK);
    expect(semua).not.toContain(PASS);
    expect(semua).not.toContain("keliru");
    const pemdaId = (await listPemda(t.ctx.db)).find((p) => p.slug === "batu-bara")!.id;
    const audit = await listAudit(t.ctx.db, { pemdaId, entity: "tte_tanda_tangan", limit: 50 });
    expect(audit.length).toBe(2);
    const teks = JSON.stringify(audit);
    expect(teks).not.toContain(NIK);
    expect(teks).not.toContain(PASS);
    expect(audit.every((a) => a.actorUserId === camat.userId)).toBe(true);
    expect(teks).toContain(nip);
  });

  it("an unknown code: 404 page in Indonesian", async () => {
    const res = await app.request("/v/ABCDEFGHJKMN");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Kode tidak ditemukan");
  });
});
