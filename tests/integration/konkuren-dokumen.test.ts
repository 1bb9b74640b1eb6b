/**
 * Lost updates on the other whole-document saves (issue 18, finding 5; ADR 0016): RPJMD, Renstra, survey and AKIP
 * results, program indicators, the peer OPD and the Pemda profile. For each: two users read the document (ETag),
 * both save a change; the second gets 409 with the current version and nothing of it is stored; saves racing on the
 * same version: exactly one is stored; the fresh ETag passes. Demo: Batu Bara, Kecamatan Sei Balai.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let ani: SignedIn;
let budi: SignedIn;
const P = "/api/v1/pemda/batu-bara";
const O = `${P}/opd/kecamatan-sei-balai`;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "d".repeat(40) } });
  const spec = { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null } as const;
  ani = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Ani" });
  budi = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Budi" });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

type Isi = Record<string, unknown>;
async function minta(as: SignedIn, method: string, path: string, body?: unknown, etag?: string | null) {
  const res = await app.request(path, {
    method,
    headers: {
      ...as.headers,
      ...(etag ? { "if-match": etag } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, etag: res.headers.get("etag"), body: (await res.json()) as Isi };
}

/** Each document: its path (GET and PUT), and a change to the read-back that makes a valid, different PUT body. */
const DOKUMEN: Array<{ nama: string; path: string; ubah: (d: Isi, tanda: string) => Isi }> = [
  { nama: "RPJMD", path: `${P}/rpjmd/2019`, ubah: (d, x) => ({ ...d, visi: `${String(d.visi)} ${x}` }) },
  {
    nama: "Renstra",
    path: `${O}/renstra/2019`,
    ubah: (d, x) => {
      const tujuan = structuredClone(d.tujuan) as Array<{ teks: string }>;
      tujuan[0]!.teks = `${tujuan[0]!.teks} ${x}`;
      return { ...d, tujuan };
    },
  },
  {
    nama: "hasil survei",
    path: `${O}/hasil-survei/skm-sei-balai-2023`,
    ubah: (d, x) => ({ ...(d.masukan as Isi), sumber: x }),
  },
  { nama: "hasil AKIP", path: `${O}/hasil-akip/2023`, ubah: (d, x) => ({ ...(d.masukan as Isi), sumber: x }) },
  {
    nama: "indikator program",
    path: `${O}/pengukuran/2023/indikator-program`,
    // the read-back is the list of rows with computed columns; the PUT takes the rows' input fields
    ubah: (d, x) =>
      (d as unknown as Isi[]).map(({ id: _i, urutan: _u, capaian: _c, galat: _g, ...r }, i) =>
        i === 0 ? { ...r, sumber: x } : r,
      ) as unknown as Isi,
  },
  {
    nama: "pembanding",
    path: `${O}/pembanding`,
    ubah: (d, x) => ({
      peerOpdSlug: (d.peer as { slug: string }).slug,
      namaPeer: (d.peer as { nama: string }).nama,
      sumber: x,
      nilai: (d.nilai as Isi[])
        .filter((n) => n.asal === "terbit")
        .map((n) => ({
          indikatorKode: n.indikatorKode,
          tahun: n.tahun,
          target: n.target,
          realisasi: n.realisasi,
          sumber: n.keterangan,
        })),
    }),
  },
  {
    nama: "profil Pemda",
    path: `${P}/profil`,
    ubah: (d, x) => ({ nama: d.nama, provinsi: d.provinsi, ibuKota: x }),
  },
];

describe.each(DOKUMEN)("$nama", ({ path, ubah }) => {
  it("the second of two users who read it gets 409 with the current version; nothing of it is stored", async () => {
    const a = await minta(ani, "GET", path);
    const b = await minta(budi, "GET", path);
    expect(a.status).toBe(200);
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(b.etag).toBe(a.etag);
    const simpanAni = await minta(ani, "PUT", path, ubah(a.body, "oleh Ani"), a.etag);
    expect(simpanAni.status).toBe(200);
    expect(simpanAni.etag).not.toBe(a.etag);
    const simpanBudi = await minta(budi, "PUT", path, ubah(b.body, "oleh Budi"), b.etag);
    expect(simpanBudi.status).toBe(409);
    expect(simpanBudi.body).toMatchObject({ type: "urn:sakip:problem:versi-kedaluwarsa", status: 409 });
    expect(simpanBudi.etag).toBe(simpanAni.etag);
    expect(`"${simpanBudi.body.versi as string}"`).toBe(simpanAni.etag);
    expect(JSON.stringify(simpanBudi.body.terkini)).toContain("oleh Ani");
    const sekarang = await minta(ani, "GET", path);
    expect(sekarang.etag).toBe(simpanAni.etag);
    expect(JSON.stringify(sekarang.body)).toContain("oleh Ani");
    expect(JSON.stringify(sekarang.body)).not.toContain("oleh Budi");
    // after reloading, the fresh version passes
    const ulang = await minta(budi, "PUT", path, ubah(sekarang.body, "oleh Budi"), sekarang.etag);
    expect(ulang.status).toBe(200);
    expect((await minta(ani, "GET", path)).etag).toBe(ulang.etag);
  });

  it("parallel saves based on the same version: exactly one is stored", async () => {
    const a = await minta(ani, "GET", path);
    const hasil = await Promise.all(
      ["satu", "dua", "tiga"].map((x, i) => minta(i % 2 ? budi : ani, "PUT", path, ubah(a.body, x), a.etag)),
    );
    expect(hasil.filter((r) => r.status === 200)).toHaveLength(1);
    expect(hasil.filter((r) => r.status === 409)).toHaveLength(2);
  });
});
