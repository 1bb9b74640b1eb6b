/**
 * Lost updates on the items edited from a list (issue 18, finding 5; ADR 0016): the report's free-text sections,
 * signatures and edited generated paragraphs, the analisis of a sasaran, a Renstra indicator and one year's target. The list answer gives each item its `versi`; two users read it, both
 * save a change of the same item; the second (If-Match with the old version) gets 409 with the current version and
 * content, nothing of it is stored and no audit entry is written; after reloading, the fresh version passes.
 * Demo: Batu Bara, Kecamatan Sei Balai, 2023.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let ani: SignedIn;
let budi: SignedIn;
const L = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/laporan/2023";

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

const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
type Indikator = Isi & { id: string; kode: string; nama: string; target: Isi[] };
/** The first indicator of the 2023 plan with its sasaran's code. */
function indikatorPertama(d: Isi): { i: Indikator; sasaranKode: string; tahunAwal: number } {
  const r = d.renstra as {
    tahunAwal: number;
    tujuan: Array<{ sasaran: Array<{ kode: string; indikator: Indikator[] }> }>;
  };
  const s = r.tujuan.flatMap((t) => t.sasaran).find((x) => x.indikator.length > 0)!;
  return { i: s.indikator[0]!, sasaranKode: s.kode, tahunAwal: r.tahunAwal };
}

/**
 * Each item: the list it is read from, how to find it there, its PUT path, a valid body carrying the marker `n`, the
 * text by which the marker shows in the item, and its audit entity.
 */
const BUTIR: Array<{
  nama: string;
  daftar: string;
  pilih: (d: Isi) => Isi;
  path: (d: Isi) => string;
  isi: (n: number, d: Isi) => Isi;
  tanda?: (n: number) => string;
  entity: string;
}> = [
  {
    nama: "free-text section",
    daftar: `${L}/teks`,
    pilih: (d) => (d.teks as Isi[]).find((x) => x.kode === "kata-pengantar")!,
    path: () => `${L}/teks/kata-pengantar`,
    isi: (n) => ({ paragraf: [`Puji syukur, tanda-${n}.`] }),
    entity: "laporan_teks",
  },
  {
    nama: "signature",
    daftar: `${L}/teks`,
    pilih: (d) => (d.penandatangan as Isi[]).find((x) => x.dokumen === "lkjip")!,
    path: () => `${L}/penandatangan/lkjip`,
    isi: (n) => ({ tempat: `Lima Puluh tanda-${n}`, tanggal: "2024-03-01" }),
    entity: "laporan_penandatangan",
  },
  {
    nama: "edited generated paragraph",
    daftar: `${L}/narasi`,
    pilih: (d) => (d.narasi as Isi[]).find((x) => x.kunci === "bab1.wilayah")!,
    path: () => `${L}/narasi/bab1.wilayah`,
    isi: (n) => ({ teks: `Wilayah kecamatan, tanda-${n}.` }),
    entity: "laporan_narasi",
  },
  {
    nama: "analisis of a sasaran",
    daftar: `${O}/pengukuran/2023/analisis`,
    pilih: (d) => (d as unknown as Isi[])[0]!,
    path: (d) => `${O}/pengukuran/2023/analisis/${String((d as unknown as Isi[])[0]!.sasaranId)}`,
    isi: (n) => ({ faktorPendukung: [`tanda-${n}`], faktorPenghambat: [], solusi: [], rekomendasi: [] }),
    entity: "analisis_sasaran",
  },
  {
    nama: "indikator Renstra (with its targets)",
    daftar: `${O}/perencanaan/2023`,
    pilih: (d) => indikatorPertama(d).i,
    path: (d) => `${O}/indikator-renstra/${encodeURIComponent(indikatorPertama(d).i.kode)}`,
    isi: (n, d) => {
      const { i, sasaranKode, tahunAwal } = indikatorPertama(d);
      return {
        renstraTahunAwal: tahunAwal,
        sasaranKode,
        nama: `${i.nama.replace(/ tanda-\d$/, "")} tanda-${n}`,
        iku: i.iku,
        satuan: i.satuan,
        polaritas: i.polaritas,
        sumberRealisasi: i.sumberRealisasi,
        target: Object.fromEntries(
          i.target.filter((x) => x.target !== null).map((x) => [String(x.tahun), { teks: x.target, sumber: x.sumber }]),
        ),
      };
    },
    entity: "indikator",
  },
  {
    nama: "target of one year",
    daftar: `${O}/perencanaan/2023`,
    pilih: (d) => indikatorPertama(d).i.target.find((x) => x.tahun === 2023)!,
    path: (d) => `${O}/indikator/${indikatorPertama(d).i.id}/target/2023`,
    isi: (n) => ({ target: `${80 + n},00` }),
    tanda: (n) => `${80 + n},00`,
    entity: "indikator_target",
  },
];

describe.each(BUTIR)("$nama", ({ daftar, pilih, path, isi, tanda = (n) => `tanda-${n}`, entity }) => {
  it("the second of two users who read it gets 409 with the current version; nothing stored, no audit", async () => {
    const d = (await minta(ani, "GET", daftar)).body;
    const a = pilih(d);
    const b = pilih((await minta(budi, "GET", daftar)).body);
    expect(a.versi).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(b.versi).toBe(a.versi);
    const simpanAni = await minta(ani, "PUT", path(d), isi(1, d), a.versi as string);
    expect(simpanAni.status).toBe(200);
    expect(simpanAni.body.versi).not.toBe(a.versi);
    expect(simpanAni.etag).toBe(`"${simpanAni.body.versi as string}"`);
    const auditSebelum = await jumlahAudit(entity);

    const simpanBudi = await minta(budi, "PUT", path(d), isi(2, d), b.versi as string);
    expect(simpanBudi.status).toBe(409);
    expect(simpanBudi.body).toMatchObject({ type: "urn:sakip:problem:versi-kedaluwarsa", status: 409 });
    expect(simpanBudi.body.versi).toBe(simpanAni.body.versi);
    expect(simpanBudi.etag).toBe(simpanAni.etag);
    expect(JSON.stringify(simpanBudi.body.terkini)).toContain(tanda(1));
    expect(await jumlahAudit(entity)).toBe(auditSebelum);

    const d2 = (await minta(ani, "GET", daftar)).body;
    const sekarang = pilih(d2);
    expect(sekarang.versi).toBe(simpanAni.body.versi);
    expect(JSON.stringify(sekarang)).toContain(tanda(1));
    expect(JSON.stringify(sekarang)).not.toContain(tanda(2));

    // after reloading, the fresh version passes; a save without a precondition is accepted as before
    const ulang = await minta(budi, "PUT", path(d2), isi(2, d2), sekarang.versi as string);
    expect(ulang.status).toBe(200);
    expect(pilih((await minta(ani, "GET", daftar)).body).versi).toBe(ulang.body.versi);
    expect((await minta(ani, "PUT", path(d2), isi(3, d2))).status).toBe(200);
  });

  it("parallel saves based on the same version: exactly one is stored", async () => {
    const d = (await minta(ani, "GET", daftar)).body;
    const a = pilih(d);
    const hasil = await Promise.all(
      [4, 5, 6].map((n, i) => minta(i % 2 ? budi : ani, "PUT", path(d), isi(n, d), a.versi as string)),
    );
    expect(hasil.filter((r) => r.status === 200)).toHaveLength(1);
    expect(hasil.filter((r) => r.status === 409)).toHaveLength(2);
  });
});

describe("the OPD profile, saved in parts (texts, desa) against one version", () => {
  type Profil = Isi & { fungsi: Isi[]; dasarHukum: Isi[]; inovasi: Isi[]; desa: Isi[] };
  const teks = (p: Profil, n: number) => ({
    alamat: `Jl. Lintas Sumatera tanda-${n}`,
    dasarSusunan: p.dasarSusunan,
    uraianSusunan: p.uraianSusunan,
    dasarTugas: p.dasarTugas,
    tugas: p.tugas,
    fungsi: p.fungsi.map((x) => ({ teks: x.teks, sumber: x.sumber })),
    dasarHukum: p.dasarHukum.map((x) => ({ teks: x.teks, sumber: x.sumber })),
    inovasi: p.inovasi.map((x) => ({ judul: x.judul, teks: x.teks, sumber: x.sumber })),
  });
  const desa = (p: Profil, n: number) =>
    p.desa.map(({ id: _id, penduduk: _p, ...d }, i) =>
      i === 0 ? { ...d, nama: `${String(d.nama).replace(/ tanda-\d$/, "")} tanda-${n}` } : d,
    );

  it("a save based on an older read gets 409 with the current profile, even for another part; no audit", async () => {
    const a = await minta(ani, "GET", `${O}/profil`);
    const b = await minta(budi, "GET", `${O}/profil`);
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(b.etag).toBe(a.etag);
    const versiA = a.etag!.slice(1, -1);
    const simpanAni = await minta(ani, "PUT", `${O}/profil-teks`, teks(a.body as Profil, 1), versiA);
    expect(simpanAni.status).toBe(200);
    expect(simpanAni.etag).not.toBe(a.etag);
    const auditSebelum = (await jumlahAudit("opd_profil")) + (await jumlahAudit("desa"));

    for (const [path, body] of [
      [`${O}/profil-teks`, teks(b.body as Profil, 2)],
      [`${O}/desa`, desa(b.body as Profil, 2)],
    ] as const) {
      const kalah = await minta(budi, "PUT", path, body, versiA);
      expect(kalah.status).toBe(409);
      expect(kalah.etag).toBe(simpanAni.etag);
      expect(JSON.stringify(kalah.body.terkini)).toContain("tanda-1");
    }
    expect((await jumlahAudit("opd_profil")) + (await jumlahAudit("desa"))).toBe(auditSebelum);
    const sekarang = await minta(ani, "GET", `${O}/profil`);
    expect(sekarang.etag).toBe(simpanAni.etag);
    expect(JSON.stringify(sekarang.body)).not.toContain("tanda-2");

    // after reloading, the fresh version passes for either part; without a precondition as before
    const ulang = await minta(budi, "PUT", `${O}/desa`, desa(sekarang.body as Profil, 2), sekarang.etag!.slice(1, -1));
    expect(ulang.status).toBe(200);
    expect((await minta(ani, "GET", `${O}/profil`)).etag).toBe(ulang.etag);
    expect((await minta(ani, "PUT", `${O}/profil-teks`, teks(sekarang.body as Profil, 3))).status).toBe(200);
  });
});
