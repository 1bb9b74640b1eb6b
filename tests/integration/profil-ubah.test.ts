/**
 * Profile editors over HTTP as the demo operator of Kecamatan Sei Balai (issue M1-04 "Organisation"): what the UI
 * reads from GET …/profil and sends back unchanged (the converters of src/web/features/profil/profil-masukan.ts)
 * changes nothing and writes no audit entry; a changed desa KK writes one audit entry and the computed total
 * follows; a negative penduduk is refused naming the row and the field.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { desaMasukan, type ProfilOpd, teksMasukan, unitDatar } from "../../src/web/features/profil/profil-masukan";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let pembaca: SignedIn;
let ids: { pemdaId: string; opdId: string };
const API = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "p".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  pembaca = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
  const r = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
  ids = { pemdaId: r.pemda.id, opdId: r.opd.id };
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function panggil(user: SignedIn, method: string, path: string, body?: unknown) {
  const res = await app.request(`${API}${path}`, {
    method,
    headers: { ...user.headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const profil = async () => (await panggil(operator, "GET", "/profil")).body as unknown as ProfilOpd;
const jumlahAudit = async (entity?: string) =>
  (await listAudit(t.ctx.db, { pemdaId: ids.pemdaId, opdId: ids.opdId, ...(entity ? { entity } : {}) })).length;

describe("profile editors round-trip", () => {
  it("GET → PUT unchanged gives diubah false for texts, units and desa, and no audit entry", async () => {
    const p = await profil();
    // NOTE: SEED 146-236 (14 desa), 255-264 (Camat, Sekretariat, 2 Subbagian, 3 Seksi).
    expect(p.desa).toHaveLength(14);
    expect(unitDatar(p.unit)).toHaveLength(7);
    expect(p.dasarHukum.length).toBeGreaterThan(0);
    const sebelum = await jumlahAudit();
    expect(await panggil(operator, "PUT", "/profil-teks", teksMasukan(p))).toMatchObject({
      status: 200,
      body: { diubah: false },
    });
    expect(await panggil(operator, "PUT", "/unit-kerja", unitDatar(p.unit))).toMatchObject({
      status: 200,
      body: { diubah: false },
    });
    expect(await panggil(operator, "PUT", "/desa", p.desa.map(desaMasukan))).toMatchObject({
      status: 200,
      body: { diubah: 0 },
    });
    expect(await jumlahAudit()).toBe(sebelum);
  });

  it("a changed desa KK writes one audit entry and the computed total changes by the same amount", async () => {
    const p = await profil();
    const sebelum = await jumlahAudit("desa");
    const desa = p.desa.map(desaMasukan);
    desa[0] = { ...desa[0]!, kk: desa[0]!.kk! + 25 };
    expect(await panggil(operator, "PUT", "/desa", desa)).toMatchObject({ status: 200, body: { diubah: 1 } });
    expect(await jumlahAudit("desa")).toBe(sebelum + 1);
    const sesudah = await profil();
    expect(sesudah.totalDesa.kk).toBe(p.totalDesa.kk + 25);
    expect(sesudah.desa[0]!.kk).toBe(p.desa[0]!.kk! + 25);
    // L+P and the other totals are untouched.
    expect(sesudah.totalDesa.penduduk).toBe(p.totalDesa.penduduk);
  });

  it("a new landasan hukum row round-trips and a second identical save changes nothing", async () => {
    const p = await profil();
    const body = teksMasukan(p);
    body.dasarHukum.push({ teks: "Peraturan Bupati Batu Bara tentang uji", sumber: null });
    expect((await panggil(operator, "PUT", "/profil-teks", body)).body).toMatchObject({ diubah: true });
    const q = await profil();
    expect(q.dasarHukum.at(-1)?.teks).toBe("Peraturan Bupati Batu Bara tentang uji");
    expect((await panggil(operator, "PUT", "/profil-teks", teksMasukan(q))).body).toMatchObject({ diubah: false });
  });

  it("a negative penduduk is refused with 400 naming the row and the field, and nothing is written", async () => {
    const p = await profil();
    const sebelum = await jumlahAudit("desa");
    const desa = p.desa.map(desaMasukan);
    desa[2] = { ...desa[2]!, pendudukP: -5 };
    const r = await panggil(operator, "PUT", "/desa", desa);
    expect(r.status).toBe(400);
    const errors = r.body.errors as Array<{ field: string; message: string }>;
    // Row index 2 of the body (the third desa, Mekar Mulio — SEED 167), field pendudukP.
    expect(errors).toEqual([expect.objectContaining({ field: "2.pendudukP" })]);
    expect(errors[0]!.message).toMatch(/0/);
    expect(await jumlahAudit("desa")).toBe(sebelum);
    expect((await profil()).totalDesa).toEqual(p.totalDesa);
  });

  it("an empty landasan hukum text is refused naming the list and the row", async () => {
    const p = await profil();
    const body = teksMasukan(p);
    body.dasarHukum[1] = { teks: "  ", sumber: null };
    const r = await panggil(operator, "PUT", "/profil-teks", body);
    expect(r.status).toBe(400);
    expect(r.body.detail).toBe("dasar hukum nomor 2: teks wajib diisi");
  });

  it("a reader may not save (403)", async () => {
    const p = await profil();
    expect((await panggil(pembaca, "PUT", "/desa", p.desa.map(desaMasukan))).status).toBe(403);
  });
});
