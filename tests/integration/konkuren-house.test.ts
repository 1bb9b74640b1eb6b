/**
 * Lost updates on the five routes that were still without a version (issue 18, ADR 0016): one pejabat, an OPD's
 * identity (admin), a user account (admin), the budget breakdown per belanja account and one sasaran's budget links.
 * Two users read the same version; the first save passes; the second (If-Match with the old version) gets 409 with
 * the current version and content, nothing of it is stored and no audit entry is written; after reloading, the fresh
 * version passes. Demo: Batu Bara, Kecamatan Sei Balai, 2023.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { buatPengguna } from "../../src/services/pengguna/buat-pengguna";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let ani: SignedIn;
let budi: SignedIn;
let penggunaId = "";
const P = "/api/v1/pemda/batu-bara";
const O = `${P}/opd/kecamatan-sei-balai`;
const A = `${O}/anggaran/2023`;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "d".repeat(40) } });
  const spec = { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null } as const;
  ani = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Ani" });
  budi = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Budi" });
  penggunaId = (
    await buatPengguna(t.ctx, {
      email: "cici@batu-bara.uji",
      nama: "Cici",
      peran: "viewer",
      pemdaSlug: "batu-bara",
      opdSlug: null,
      kataSandi: "Cici-sandi-2024",
    })
  ).id;
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

/** The first pejabat of the OPD profile. */
const pejabatPertama = (d: Isi) => (d.pejabat as Isi[])[0]!;
let kodeSasaran: string[] = [];

/**
 * Each route: how to read the item and its version (`versi` of a list item or the ETag of a single read), how to
 * save marker `n` on it, and the text by which the marker shows.
 */
const RUTE: Array<{
  nama: string;
  baca: (as: SignedIn) => Promise<{ versi: string; isi: Isi }>;
  simpan: (as: SignedIn, n: number, isi: Isi, versi?: string) => ReturnType<typeof minta>;
  tanda: (n: number) => string;
  entity: string;
}> = [
  {
    nama: "PUT …/pejabat/{id}",
    baca: async (as) => {
      const p = pejabatPertama((await minta(as, "GET", `${O}/profil`)).body);
      return { versi: p.versi as string, isi: p };
    },
    simpan: (as, n, p, versi) =>
      minta(
        as,
        "PUT",
        `${O}/pejabat/${String(p.id)}`,
        {
          kode: p.kode,
          peran: p.peran,
          nama: p.nama,
          gelarDepan: p.gelarDepan,
          gelarBelakang: p.gelarBelakang,
          nip: p.nip,
          pangkat: p.pangkat,
          golongan: p.golongan,
          jabatan: p.jabatan,
          eselon: p.eselon,
          unitKode: p.unitKode,
          mulai: p.mulai,
          selesai: p.selesai,
          catatan: `tanda-${n}`,
        },
        versi,
      ),
    tanda: (n) => `tanda-${n}`,
    entity: "pejabat",
  },
  {
    nama: "PUT /api/v1/pemda/{pemda}/opd/{opd} (admin)",
    baca: async (as) => {
      const o = ((await minta(as, "GET", `${P}/opd`)).body as unknown as Isi[]).find(
        (x) => x.slug === "kecamatan-sei-balai",
      )!;
      return { versi: o.versi as string, isi: o };
    },
    simpan: (as, n, o, versi) =>
      minta(as, "PUT", O, { nama: o.nama, jenis: o.jenis, alamat: `Jl. Lintas Sumatera tanda-${n}` }, versi),
    tanda: (n) => `tanda-${n}`,
    entity: "opd",
  },
  {
    nama: "PATCH …/pengguna/{id}",
    baca: async (as) => {
      const u = ((await minta(as, "GET", `${P}/pengguna`)).body as unknown as Isi[]).find((x) => x.id === penggunaId)!;
      return { versi: u.versi as string, isi: u };
    },
    simpan: (as, n, _u, versi) => minta(as, "PATCH", `${P}/pengguna/${penggunaId}`, { nama: `Cici tanda-${n}` }, versi),
    tanda: (n) => `tanda-${n}`,
    entity: "pengguna",
  },
  {
    nama: "PUT …/anggaran/{tahun}/kelas",
    baca: async (as) => {
      const r = await minta(as, "GET", `${A}/kelas`);
      return { versi: r.etag!.replace(/"/g, ""), isi: r.body };
    },
    simpan: (as, n, k, versi) =>
      minta(
        as,
        "PUT",
        `${A}/kelas`,
        {
          baris: (k.baris as Isi[]).map((b) => ({ akun: b.akun, anggaran: b.anggaran, realisasi: b.realisasi })),
          sumber: `DPPA Kecamatan Sei Balai 2023 tanda-${n}`,
        },
        versi,
      ),
    tanda: (n) => `tanda-${n}`,
    entity: "anggaran.kelas_opd",
  },
  {
    nama: "PUT …/anggaran/{tahun}/sasaran/{sasaran}",
    baca: async (as) => {
      const r = await minta(as, "GET", `${A}/sasaran/S1`);
      return { versi: r.etag!.replace(/"/g, ""), isi: r.body };
    },
    // marker n = the first n codes of the tree's programs (a list that differs for each n)
    simpan: (as, n, _s, versi) => minta(as, "PUT", `${A}/sasaran/S1`, { kode: kodeSasaran.slice(0, n) }, versi),
    tanda: (n) => JSON.stringify(kodeSasaran.slice(0, n)),
    entity: "anggaran.sasaran",
  },
];

beforeAll(async () => {
  type Node = { kode: string; anak: Node[] };
  const pohon = (await minta(ani, "GET", `${A}/pohon`)).body as { program: Node[] };
  const semua = (n: Node): string[] => [n.kode, ...n.anak.flatMap(semua)];
  kodeSasaran = pohon.program.flatMap(semua).slice(0, 8);
  expect(kodeSasaran.length).toBeGreaterThanOrEqual(6);
});

describe.each(RUTE)("$nama", ({ baca, simpan, tanda, entity }) => {
  it("the second of two users who read it gets 409 with the current version; nothing stored, no audit", async () => {
    const a = await baca(ani);
    const b = await baca(budi);
    expect(a.versi).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(b.versi).toBe(a.versi);
    const simpanAni = await simpan(ani, 1, a.isi, a.versi);
    expect(simpanAni.status, JSON.stringify(simpanAni.body)).toBe(200);
    expect(simpanAni.body.versi).not.toBe(a.versi);
    expect(simpanAni.etag).toBe(`"${simpanAni.body.versi as string}"`);
    const auditSebelum = await jumlahAudit(entity);

    const simpanBudi = await simpan(budi, 2, b.isi, b.versi);
    expect(simpanBudi.status).toBe(409);
    expect(simpanBudi.body).toMatchObject({ type: "urn:sakip:problem:versi-kedaluwarsa", status: 409 });
    expect(simpanBudi.body.versi).toBe(simpanAni.body.versi);
    expect(JSON.stringify(simpanBudi.body.terkini)).toContain(tanda(1));
    expect(await jumlahAudit(entity)).toBe(auditSebelum);

    const sekarang = await baca(ani);
    expect(sekarang.versi).toBe(simpanAni.body.versi);
    expect(JSON.stringify(sekarang.isi)).toContain(tanda(1));
    expect(JSON.stringify(sekarang.isi)).not.toContain(tanda(2));

    // after reloading, the fresh version passes; a save without a precondition is accepted as before
    const ulang = await simpan(budi, 2, sekarang.isi, sekarang.versi);
    expect(ulang.status).toBe(200);
    expect((await baca(ani)).versi).toBe(ulang.body.versi);
    expect((await simpan(ani, 3, sekarang.isi)).status).toBe(200);
  }, 120_000);

  it("parallel saves based on the same version: exactly one is stored", async () => {
    const a = await baca(ani);
    const hasil = await Promise.all([4, 5, 6].map((n, i) => simpan(i % 2 ? budi : ani, n, a.isi, a.versi)));
    expect(hasil.filter((r) => r.status === 200)).toHaveLength(1);
    expect(hasil.filter((r) => r.status === 409)).toHaveLength(2);
  }, 120_000);
});
