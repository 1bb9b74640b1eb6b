/**
 * Text hygiene and partial bodies (issue 18, finding 6): a NUL or a lone surrogate in any JSON field, query or path
 * is a 400 naming the field (it was a 500 from the database on 14 routes), nothing is written or audited; and
 * PATCH …/pk-baris with {} or no body is a 400, not a 500 from an empty UPDATE.
 */
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { queryRows } from "../../src/storage/database";
import { listKinerjaOpd } from "../../src/storage/repositories/pk-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let admin: SignedIn;
let barisId: string;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "n".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  const { opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
  barisId = (await listKinerjaOpd(t.ctx.db, opd.id))[0]!.id;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function jumlahAudit(): Promise<number> {
  return (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log`))[0]!.n;
}

async function kirim(as: SignedIn, method: string, url: string, body?: string) {
  const res = await app.request(url, {
    method,
    headers: { ...as.headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: res.status, body: (await res.json()) as { errors?: Array<{ field: string; message: string }> } };
}

describe("NUL and lone surrogates", () => {
  it.each([
    ["a NUL", "Tugas\u0000uji", "NUL"],
    ["a lone high surrogate", "Tugas uji\ud800", "surrogate tunggal U+D800"],
    ["a lone low surrogate", "\udc00Tugas", "surrogate tunggal U+DC00"],
  ])("in a body field: 400 naming the field, nothing written (%s)", async (_, tugas, kata) => {
    const sebelum = await jumlahAudit();
    const r = await kirim(
      operator,
      "PUT",
      `${O}/profil-teks`,
      JSON.stringify({ tugas, fungsi: ["Fungsi", "ok"], dasarHukum: [], inovasi: [] }),
    );
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ field: "tugas", message: expect.stringContaining(kata) }]);
    expect(await jumlahAudit()).toBe(sebelum);
  });

  it("deep in an array: the path names the item", async () => {
    const r = await kirim(
      admin,
      "PUT",
      "/api/v1/pemda/batu-bara/rpjmd/2040",
      JSON.stringify({ tahunAkhir: 2044, visi: "Visi", kataKunci: [], misi: [{ nomor: 1, teks: "Misi\udc00" }] }),
    );
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.field).toBe("misi.0.teks");
  });

  it("in a query or path parameter: 400", async () => {
    const q = await kirim(admin, "GET", "/api/v1/pemda/batu-bara/audit?aksi=a%00b");
    expect(q.status).toBe(400);
    expect(q.body.errors?.[0]?.field).toBe("query.aksi");
    const p = await kirim(admin, "GET", "/api/v1/pemda/batu-bara/opd/kec%00amatan/profil");
    expect(p.status).toBe(400);
    // a surrogate written as UTF-8 bytes is not valid UTF-8
    const s = await kirim(admin, "GET", "/api/v1/pemda/batu-bara/opd/%ED%A0%80/profil");
    expect(s.status).toBe(400);
  });

  it("a body nested a million levels deep is a 400, not a stack overflow", async () => {
    const dalam = `${"[".repeat(400_000)}"\\u0000"${"]".repeat(400_000)}`;
    const r = await kirim(operator, "PUT", `${O}/profil-teks`, dalam);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.field).toMatch(/^0\.0\..*…$/);
  });

  it("leaves the body readable for a handler given the raw request (better-auth's sign-out)", async () => {
    const viewer = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const res = await app.request("/api/auth/sign-out", {
      method: "POST",
      headers: { ...viewer.headers, "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(200);
  });

  it("a surrogate pair (an emoji) is ordinary text", async () => {
    const r = await kirim(
      operator,
      "PUT",
      `${O}/profil-teks`,
      JSON.stringify({ tugas: "Tugas 😀 uji", fungsi: [], dasarHukum: [], inovasi: [] }),
    );
    expect(r.status).toBe(200);
  });
});

describe("PATCH …/pk-baris with nothing to change", () => {
  it.each([
    ["{}", "{}"],
    ["no body", undefined],
  ])("%s: 400 naming the fields, nothing audited", async (_, body) => {
    const sebelum = await jumlahAudit();
    const r = await kirim(operator, "PATCH", `${O}/pk-baris/${barisId}`, body);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain("sasaran, indikator, satuan atau target");
    expect(await jumlahAudit()).toBe(sebelum);
  });
});
