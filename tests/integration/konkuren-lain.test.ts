/**
 * Lost updates on the items edited from a list (issue 18, finding 5; ADR 0016): the report's free-text sections,
 * signatures and edited generated paragraphs. The list answer gives each item its `versi`; two users read it, both
 * save a change of the same item; the second (If-Match with the old version) gets 409 with the current version and
 * content, nothing of it is stored and no audit entry is written; after reloading, the fresh version passes.
 * Demo: Batu Bara, Kecamatan Sei Balai, 2023.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { loadDemo } from "../../src/services/demo/load-demo";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let ani: SignedIn;
let budi: SignedIn;
const L = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/laporan/2023";

beforeAll(async () => {
  t = await openTestDatabase();
  await loadDemo(t.ctx);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "d".repeat(40) } });
  const spec = { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null } as const;
  ani = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Ani" });
  budi = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Budi" });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

type Isi = Record<string, unknown>;
async function minta(as: SignedIn, method: string, path: string, body?: unknown, versi?: string) {
  const res = await app.request(path, {
    method,
    headers: {
      ...as.headers,
      ...(versi ? { "if-match": `"${versi}"` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, etag: res.headers.get("etag"), body: (await res.json()) as Isi };
}

const jumlahAudit = async (entity: string) =>
  (await listAudit(t.ctx.db, { pemdaId: null, entity, limit: 10_000 })).length;

/** Each item: the list it is read from, how to find it there, its PUT path, a valid body and its audit entity. */
const BUTIR: Array<{
  nama: string;
  daftar: string;
  pilih: (d: Isi) => Isi;
  path: string;
  isi: (tanda: string) => Isi;
  entity: string;
}> = [
  {
    nama: "free-text section",
    daftar: `${L}/teks`,
    pilih: (d) => (d.teks as Isi[]).find((x) => x.kode === "kata-pengantar")!,
    path: `${L}/teks/kata-pengantar`,
    isi: (x) => ({ paragraf: [`Puji syukur, ditulis ${x}.`] }),
    entity: "laporan_teks",
  },
  {
    nama: "signature",
    daftar: `${L}/teks`,
    pilih: (d) => (d.penandatangan as Isi[]).find((x) => x.dokumen === "lkjip")!,
    path: `${L}/penandatangan/lkjip`,
    isi: (x) => ({ tempat: `Lima Puluh ${x}`, tanggal: "2024-03-01" }),
    entity: "laporan_penandatangan",
  },
  {
    nama: "edited generated paragraph",
    daftar: `${L}/narasi`,
    pilih: (d) => (d.narasi as Isi[]).find((x) => x.kunci === "bab1.wilayah")!,
    path: `${L}/narasi/bab1.wilayah`,
    isi: (x) => ({ teks: `Wilayah kecamatan, ditulis ${x}.` }),
    entity: "laporan_narasi",
  },
];

describe.each(BUTIR)("$nama", ({ daftar, pilih, path, isi, entity }) => {
  it("the second of two users who read it gets 409 with the current version; nothing stored, no audit", async () => {
    const a = pilih((await minta(ani, "GET", daftar)).body);
    const b = pilih((await minta(budi, "GET", daftar)).body);
    expect(a.versi).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(b.versi).toBe(a.versi);
    const simpanAni = await minta(ani, "PUT", path, isi("oleh Ani"), a.versi as string);
    expect(simpanAni.status).toBe(200);
    expect(simpanAni.body.versi).not.toBe(a.versi);
    expect(simpanAni.etag).toBe(`"${simpanAni.body.versi as string}"`);
    const auditSebelum = await jumlahAudit(entity);

    const simpanBudi = await minta(budi, "PUT", path, isi("oleh Budi"), b.versi as string);
    expect(simpanBudi.status).toBe(409);
    expect(simpanBudi.body).toMatchObject({ type: "urn:sakip:problem:versi-kedaluwarsa", status: 409 });
    expect(simpanBudi.body.versi).toBe(simpanAni.body.versi);
    expect(simpanBudi.etag).toBe(simpanAni.etag);
    expect(JSON.stringify(simpanBudi.body.terkini)).toContain("oleh Ani");
    expect(await jumlahAudit(entity)).toBe(auditSebelum);

    const sekarang = pilih((await minta(ani, "GET", daftar)).body);
    expect(sekarang.versi).toBe(simpanAni.body.versi);
    expect(JSON.stringify(sekarang)).toContain("oleh Ani");
    expect(JSON.stringify(sekarang)).not.toContain("oleh Budi");

    // after reloading, the fresh version passes; a save without a precondition is accepted as before
    const ulang = await minta(budi, "PUT", path, isi("oleh Budi"), sekarang.versi as string);
    expect(ulang.status).toBe(200);
    expect(pilih((await minta(ani, "GET", daftar)).body).versi).toBe(ulang.body.versi);
    expect((await minta(ani, "PUT", path, isi("tanpa versi"))).status).toBe(200);
  });

  it("parallel saves based on the same version: exactly one is stored", async () => {
    const a = pilih((await minta(ani, "GET", daftar)).body);
    const hasil = await Promise.all(
      ["satu", "dua", "tiga"].map((x, i) => minta(i % 2 ? budi : ani, "PUT", path, isi(x), a.versi as string)),
    );
    expect(hasil.filter((r) => r.status === 200)).toHaveLength(1);
    expect(hasil.filter((r) => r.status === 409)).toHaveLength(2);
  });
});
