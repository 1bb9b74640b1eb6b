/**
 * Read-back of the plan documents for the edit forms (GET …/rpjmd/{tahunAwal}, GET …/opd/{opd}/renstra/{tahunAwal}):
 * the demo documents come back in the PUT body's shape, and sending them back unchanged writes nothing.
 * NOTE: demo RPJMD Batu Bara 2019–2023 (SEED 314-347) and Renstra Kecamatan Sei Balai 2019–2023 (Tabel 2.1, SEED 356-366).
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let admin: SignedIn;
let operatorLain: SignedIn;
const P = "/api/v1/pemda/batu-bara";
const RENSTRA = `${P}/opd/kecamatan-sei-balai/renstra/2019`;

beforeAll(async () => {
  t = await openDemoDatabase();
  await createPemdaWithOpd(t.ctx, "kota-lain", ["kecamatan-lain"]);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "p".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  operatorLain = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "kota-lain",
    opdSlug: "kecamatan-lain",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const get = (url: string, as: SignedIn) => app.request(url, { headers: as.headers });
const put = (url: string, as: SignedIn, body: unknown) =>
  app.request(url, {
    method: "PUT",
    headers: { ...as.headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const jumlahAudit = async (entity: string) =>
  (await listAudit(t.ctx.db, { pemdaId: null, entity, limit: 10_000 })).length;

describe("GET …/renstra/{tahunAwal}", () => {
  it("gives the demo Renstra 2019–2023 in the PUT body's shape", async () => {
    const res = await get(RENSTRA, operator);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & {
      tujuan: Array<{ kode: string; sasaran: Array<{ kode: string; strategi: Array<{ kode: string }> }> }>;
    };
    expect(Object.keys(body).sort()).toEqual(["catatan", "misiNomor", "namaDokumen", "tahunAkhir", "tujuan"]);
    expect(body).toMatchObject({ tahunAkhir: 2023, misiNomor: [1] });
    // Tabel 2.1 (SEED 361-366): one tujuan, two sasaran, five + one strategi
    expect(body.tujuan.map((x) => x.kode)).toEqual(["T1"]);
    expect(body.tujuan[0]!.sasaran.map((s) => [s.kode, s.strategi.length])).toEqual([
      ["S1", 5],
      ["S2", 1],
    ]);
  });

  it("round-trips unchanged: diubah false and no new audit entry", async () => {
    const isian = await (await get(RENSTRA, operator)).json();
    const sebelum = await jumlahAudit("renstra");
    const res = await put(RENSTRA, operator, isian);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ diubah: false });
    expect(await jumlahAudit("renstra")).toBe(sebelum);
  });

  it("refuses to remove a sasaran that still has indicators (rule of simpan-renstra), naming it", async () => {
    const isian = (await (await get(RENSTRA, operator)).json()) as { tujuan: Array<{ sasaran: unknown[] }> };
    isian.tujuan[0]!.sasaran = isian.tujuan[0]!.sasaran.slice(1);
    const res = await put(RENSTRA, operator, isian);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      errors: [{ field: "sasaran", message: 'sasaran "S1" tidak dapat dihapus: masih memiliki indikator' }],
    });
  });

  it("answers 404 in Indonesian for a period without a Renstra", async () => {
    const res = await get(`${P}/opd/kecamatan-sei-balai/renstra/2035`, operator);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain("tidak ditemukan");
  });

  it.each([
    // another OPD of the same Pemda → 403; another Pemda → 404 (its existence is not revealed)
    ["other OPD", () => operator, `${P}/opd/kecamatan-datuk-tanah-datar/renstra/2019`, 403],
    ["other Pemda", () => operatorLain, RENSTRA, 404],
  ])("%s → %s", async (_, as, url, status) => {
    expect((await get(url, as())).status).toBe(status);
  });
});

describe("GET …/rpjmd/{tahunAwal}", () => {
  const RPJMD = `${P}/rpjmd/2019`;

  it("gives the demo RPJMD (visi, 4 kata kunci, 8 misi) and round-trips unchanged", async () => {
    const res = await get(RPJMD, operator);
    expect(res.status).toBe(200);
    const isian = (await res.json()) as { kataKunci: unknown[]; misi: Array<{ nomor: number }>; visi: string };
    expect(isian.visi).toContain("Masyarakat Industri");
    expect(isian.kataKunci).toHaveLength(4);
    expect(isian.misi.map((m) => m.nomor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const sebelum = await jumlahAudit("rpjmd");
    const simpan = await put(RPJMD, admin, isian);
    expect(simpan.status).toBe(200);
    expect(await simpan.json()).toMatchObject({ diubah: false });
    expect(await jumlahAudit("rpjmd")).toBe(sebelum);
  });

  it("lets an OPD operator read but not save the Pemda's RPJMD; another Pemda gets 404", async () => {
    const isian = await (await get(RPJMD, operator)).json();
    expect((await put(RPJMD, operator, isian)).status).toBe(403);
    expect((await get(RPJMD, operatorLain)).status).toBe(404);
  });
});
