/**
 * The validator over our data (issue 14, ADR 0027) on the demo, over HTTP as the demo roles:
 * - the demo year with complete data (Kecamatan Sei Balai 2023, LKjIP 2023) gives no galat, each finding links the
 *   screen that fixes it; another OPD's operator is refused;
 * - "an empty year can be submitted with one click, with no confirmation and nothing checked" (issue 14): submitting
 *   an empty year is now refused with 409 and the findings, nothing changes and nothing is audited (this failed on
 *   the old code, which answered 200 and moved the year to "diajukan");
 * - the operator may withdraw ("tarik kembali") a submission before approval; audited; the pimpinan may not.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let pimpinan: SignedIn;
let operatorLain: SignedIn;
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

interface Temuan {
  keparahan: string;
  aturan: string;
  pesan: string;
  tautan?: string;
  lokasi: { modul?: string };
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "r".repeat(40) } });
  const opd = { pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai" };
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", ...opd });
  pimpinan = await createUserAndSignIn(app, t.ctx, { peran: "pimpinan_opd", ...opd });
  operatorLain = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "dinas-perhubungan",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function kirim(method: string, url: string, body: unknown, user: SignedIn) {
  const res = await app.request(url, {
    method,
    headers: { ...user.headers, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const status = async (tahun: number, modul: string) =>
  (
    (await kirim("GET", `${O}/status-periode/${tahun}`, undefined, operator)).body as unknown as Array<{
      modul: string;
      status: string;
    }>
  ).find((m) => m.modul === modul)?.status;

describe("reviu over our data", () => {
  it("finds no galat in the demo year (Kecamatan Sei Balai 2023); every finding links its screen", async () => {
    const r = await kirim("GET", `${O}/reviu/data/2023`, undefined, operator);
    expect(r.status).toBe(200);
    const temuan = r.body.temuan as Temuan[];
    expect(temuan.filter((x) => x.keparahan === "galat")).toEqual([]);
    expect(r.body.diperiksa).toMatchObject({ sasaran: 2, indikator: 2, pk: 7, subKegiatan: 34, desa: 14 });
    for (const x of temuan) {
      expect(x.tautan).toMatch(/^\/[a-z-]+\?opd=kecamatan-sei-balai&tahun=2023$/);
      expect(x.lokasi.modul).toBeDefined();
    }
  }, 120_000);

  it("lists what an empty year lacks, and refuses another OPD's operator", async () => {
    const r = await kirim("GET", `${O}/reviu/data/2031`, undefined, operator);
    expect(r.status).toBe(200);
    expect((r.body.temuan as Temuan[]).some((x) => x.keparahan === "galat")).toBe(true);
    expect((await kirim("GET", `${O}/reviu/data/2023`, undefined, operatorLain)).status).toBe(403);
    expect((await kirim("GET", `${O}/reviu/data/1999`, undefined, operator)).status).toBe(400);
  }, 120_000);
});

describe("before Ajukan", () => {
  it("refuses to submit an empty year (409 with the galat), changes nothing and audits nothing", async () => {
    const sebelum = (await listAudit(t.ctx.db, { pemdaId: null, entity: "status_periode.pengukuran" })).length;
    const r = await kirim("POST", `${O}/status-periode/2031/pengukuran`, { aksi: "ajukan" }, operator);
    expect(r.status).toBe(409);
    expect(r.body.title).toBe("Data belum dapat diajukan");
    expect(String(r.body.detail)).toMatch(/belum dapat diajukan: \d+ galat/);
    const temuan = r.body.temuan as Temuan[];
    expect(temuan.length).toBeGreaterThan(0);
    expect(temuan.every((x) => x.keparahan === "galat")).toBe(true);
    expect(await status(2031, "pengukuran")).toBe("draft");
    expect((await listAudit(t.ctx.db, { pemdaId: null, entity: "status_periode.pengukuran" })).length).toBe(sebelum);
  }, 120_000);

  it("submits a complete year, and the operator withdraws it before approval (audited)", async () => {
    const url = `${O}/status-periode/2023/pengukuran`;
    expect((await kirim("POST", url, { aksi: "ajukan" }, operator)).status).toBe(200);
    expect((await kirim("POST", url, { aksi: "tarik" }, pimpinan)).status).toBe(403);
    expect((await kirim("POST", url, { aksi: "tarik" }, operator)).body).toEqual({ status: "draft" });
    expect((await kirim("POST", url, { aksi: "tarik" }, operator)).status).toBe(409);
    const log = await listAudit(t.ctx.db, { pemdaId: null, entity: "status_periode.pengukuran" });
    expect(log.map((e) => e.action).slice(0, 2)).toEqual(["tarik", "ajukan"]);
    // approved data can no longer be withdrawn
    expect((await kirim("POST", url, { aksi: "ajukan" }, operator)).status).toBe(200);
    expect((await kirim("POST", url, { aksi: "setujui" }, pimpinan)).status).toBe(200);
    expect((await kirim("POST", url, { aksi: "tarik" }, operator)).status).toBe(409);
  }, 180_000);
});
