/**
 * Lost updates (issue 18, finding 5): two users read the same PK, row or realisasi, both save; the second save is
 * refused with 409 naming the current version and content, and nothing of it is stored. Saves racing on the same
 * version: exactly one wins. A save based on the fresh version (ETag → If-Match) passes; a save without any
 * precondition is still accepted (integrators, ADR 0016). Demo: Kecamatan Sei Balai, 2023.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { bacaPengukuran, type BarisIku } from "../../src/services/pengukuran/baca-pengukuran";
import { bacaDaftarPk } from "../../src/services/pk/baca-pk";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let ani: SignedIn;
let budi: SignedIn;
let pemdaId: string;
let opdId: string;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

interface Jawaban {
  status: number;
  etag: string | null;
  body: Record<string, unknown>;
}
interface Dokumen {
  kinerja: Array<{ sasaran: string; target: string | null; [k: string]: unknown }>;
  [k: string]: unknown;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "k".repeat(40) } });
  const r = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
  pemdaId = r.pemda.id;
  opdId = r.opd.id;
  const spec = { peran: "operator_opd", pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai" } as const;
  ani = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Ani" });
  budi = await createUserAndSignIn(app, t.ctx, { ...spec, nama: "Budi" });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function minta(
  as: SignedIn,
  method: string,
  path: string,
  body?: unknown,
  syarat: Record<string, string> = {},
): Promise<Jawaban> {
  const res = await app.request(`${OPD}${path}`, {
    method,
    headers: { ...as.headers, ...syarat, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, etag: res.headers.get("etag"), body: (await res.json()) as Record<string, unknown> };
}

const ifMatch = (etag: string | null) => ({ "if-match": etag ?? "" });
const jumlahAudit = async (entity: string) =>
  (await listAudit(t.ctx.db, { pemdaId, opdId, entity, limit: 10_000 })).length;

async function kodePk(pejabat: string): Promise<string> {
  const { pk } = await bacaDaftarPk(t.ctx, lingkup, 2023);
  return pk.find((p) => p.pihakPertama?.kode === pejabat)!.kode;
}

/** Expects the 409 of a stale version: Indonesian problem+json with the current version (= ETag) and content. */
function harusKonflik(r: Jawaban, versiSekarang: string | null) {
  expect(r.status).toBe(409);
  expect(r.body).toMatchObject({
    type: "urn:sakip:problem:versi-kedaluwarsa",
    title: "Data telah diubah pengguna lain",
  });
  expect(r.body.detail).toMatch(/telah diubah oleh pengguna lain sejak Anda membukanya; muat ulang/);
  expect(r.etag).toBe(versiSekarang);
  expect(`"${r.body.versi as string}"`).toBe(versiSekarang);
}

describe("PK document (PUT …/pk-dokumen/{kode})", () => {
  it("the second of two users who read the same PK gets 409 with the current version; nothing of it is stored", async () => {
    const kode = await kodePk("kasi-pemerintahan");
    const bacaAni = await minta(ani, "GET", `/pk-dokumen/${kode}`);
    const bacaBudi = await minta(budi, "GET", `/pk-dokumen/${kode}`);
    expect(bacaAni.etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(bacaBudi.etag).toBe(bacaAni.etag);

    const dAni = structuredClone(bacaAni.body) as Dokumen;
    dAni.kinerja[0]!.target = "91,00";
    const simpanAni = await minta(ani, "PUT", `/pk-dokumen/${kode}`, dAni, ifMatch(bacaAni.etag));
    expect(simpanAni).toMatchObject({ status: 200, body: { diubah: true } });
    expect(simpanAni.etag).not.toBe(bacaAni.etag);
    expect(`"${simpanAni.body.versi as string}"`).toBe(simpanAni.etag);

    const sebelum = await jumlahAudit("pk");
    const dBudi = structuredClone(bacaBudi.body) as Dokumen;
    dBudi.kinerja[0]!.target = "92,00";
    dBudi.tempat = "Tempat Budi";
    const simpanBudi = await minta(budi, "PUT", `/pk-dokumen/${kode}`, dBudi, ifMatch(bacaBudi.etag));
    harusKonflik(simpanBudi, simpanAni.etag);
    // the 409 carries the current document in the read-back form: Ani's target, not Budi's
    expect((simpanBudi.body.terkini as Dokumen).kinerja[0]!.target).toBe("91,00");

    const sekarang = await minta(ani, "GET", `/pk-dokumen/${kode}`);
    expect(sekarang.etag).toBe(simpanAni.etag);
    expect((sekarang.body as Dokumen).kinerja[0]!.target).toBe("91,00");
    expect(sekarang.body.tempat).not.toBe("Tempat Budi");
    expect(await jumlahAudit("pk")).toBe(sebelum);

    // after reloading, Budi's save with the fresh version passes
    const dUlang = structuredClone(sekarang.body) as Dokumen;
    dUlang.kinerja[0]!.target = "92,00";
    const ulang = await minta(budi, "PUT", `/pk-dokumen/${kode}`, dUlang, ifMatch(sekarang.etag));
    expect(ulang).toMatchObject({ status: 200, body: { diubah: true } });
    expect((await minta(ani, "GET", `/pk-dokumen/${kode}`)).etag).toBe(ulang.etag);
  });

  it("parallel saves based on the same version: exactly one is stored", async () => {
    const kode = await kodePk("kasi-pmd-sosbud");
    const baca = await minta(ani, "GET", `/pk-dokumen/${kode}`);
    const sebelum = await jumlahAudit("pk");
    const hasil = await Promise.all(
      ["81,00", "82,00", "83,00", "84,00"].map((target, i) => {
        const d = structuredClone(baca.body) as Dokumen;
        d.kinerja[0]!.target = target;
        return minta(i % 2 ? budi : ani, "PUT", `/pk-dokumen/${kode}`, d, ifMatch(baca.etag));
      }),
    );
    const menang = hasil.filter((r) => r.status === 200);
    expect(menang).toHaveLength(1);
    expect(hasil.filter((r) => r.status === 409)).toHaveLength(3);
    expect(await jumlahAudit("pk")).toBe(sebelum + 1);
    const sekarang = await minta(ani, "GET", `/pk-dokumen/${kode}`);
    expect(sekarang.etag).toBe(menang[0]!.etag);
    for (const r of hasil.filter((x) => x.status === 409)) expect(r.body.versi).toBe(menang[0]!.body.versi);
  });

  it("an unchanged save with a stale version is refused too; without a precondition it is accepted", async () => {
    const kode = await kodePk("sekretaris");
    const lama = await minta(ani, "GET", `/pk-dokumen/${kode}`);
    const d = structuredClone(lama.body) as Dokumen;
    d.kinerja[0]!.target = "77,00";
    const baru = await minta(budi, "PUT", `/pk-dokumen/${kode}`, d, ifMatch(lama.etag));
    expect(baru.status).toBe(200);
    // Ani sends what is stored now, but based on the old version: she has not seen Budi's change
    harusKonflik(await minta(ani, "PUT", `/pk-dokumen/${kode}`, d, ifMatch(lama.etag)), baru.etag);
    // a weak tag never matches (strong comparison, RFC 9110 §13.1.1)
    expect((await minta(ani, "PUT", `/pk-dokumen/${kode}`, d, { "if-match": `W/${baru.etag!}` })).status).toBe(409);
    // If-None-Match: * (create) on an existing PK
    harusKonflik(await minta(ani, "PUT", `/pk-dokumen/${kode}`, d, { "if-none-match": "*" }), baru.etag);
    // integrators without a precondition keep the old behaviour
    d.kinerja[0]!.target = "78,00";
    expect(await minta(ani, "PUT", `/pk-dokumen/${kode}`, d)).toMatchObject({ status: 200, body: { diubah: true } });
  });

  it("a new PK with If-None-Match: * is created once; a second creation is refused", async () => {
    const kode = await kodePk("kasi-pelayanan-trantib");
    const asal = (await minta(ani, "GET", `/pk-dokumen/${kode}`)).body as Dokumen;
    const salinan = { ...asal, jenis: "awal" as const, kinerja: asal.kinerja.map((r) => ({ ...r, kodeAsal: null })) };
    const baru = `${kode}-salinan-uji`;
    const hasil = await Promise.all(
      [ani, budi].map((u) => minta(u, "PUT", `/pk-dokumen/${baru}`, salinan, { "if-none-match": "*" })),
    );
    expect(hasil.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("DELETE with a stale version is refused", async () => {
    const kode = `${await kodePk("kasi-pelayanan-trantib")}-salinan-uji`;
    const lama = await minta(ani, "GET", `/pk-dokumen/${kode}`);
    const d = structuredClone(lama.body) as Dokumen;
    d.tempat = "Diubah Budi";
    const ubah = await minta(budi, "PUT", `/pk-dokumen/${kode}`, d, ifMatch(lama.etag));
    expect(ubah.status).toBe(200);
    harusKonflik(await minta(ani, "DELETE", `/pk-dokumen/${kode}`, undefined, ifMatch(lama.etag)), ubah.etag);
    expect((await minta(ani, "GET", `/pk-dokumen/${kode}`)).status).toBe(200);
    expect((await minta(ani, "DELETE", `/pk-dokumen/${kode}`, undefined, ifMatch(ubah.etag))).status).toBe(200);
  });
});

describe("PK row (PATCH …/pk-baris/{id})", () => {
  async function barisPertama(pejabat: string) {
    const daftar = await minta(ani, "GET", `/pk/2023`);
    const pk = (daftar.body.pk as Array<{ pihakPertama: { kode: string }; kinerja: unknown[] }>).find(
      (p) => p.pihakPertama.kode === pejabat,
    )!;
    return (pk.kinerja[0] as { baris: { id: string; targetTeks: string | null; versi: string } }).baris;
  }

  it("the second of two users who read the same row gets 409 with the current version; nothing is stored", async () => {
    const b = await barisPertama("kasubbag-umum");
    expect(b.versi).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const r1 = await minta(ani, "PATCH", `/pk-baris/${b.id}`, { target: "61,00" }, ifMatch(`"${b.versi}"`));
    expect(r1).toMatchObject({ status: 200, body: { targetTeks: "61,00" } });
    expect(r1.etag).toBe(`"${r1.body.versi as string}"`);
    const sebelum = await jumlahAudit("pk_kinerja");
    const r2 = await minta(budi, "PATCH", `/pk-baris/${b.id}`, { target: "62,00" }, ifMatch(`"${b.versi}"`));
    harusKonflik(r2, r1.etag);
    expect(r2.body.terkini).toMatchObject({ id: b.id, targetTeks: "61,00" });
    expect(await jumlahAudit("pk_kinerja")).toBe(sebelum);
    const sekarang = await barisPertama("kasubbag-umum");
    expect(sekarang).toMatchObject({ targetTeks: "61,00", versi: r1.body.versi });
    // the fresh version passes
    expect((await minta(budi, "PATCH", `/pk-baris/${b.id}`, { target: "62,00" }, ifMatch(r1.etag))).status).toBe(200);
  });

  it("parallel row edits based on the same version: exactly one is stored", async () => {
    const b = await barisPertama("kasi-pmd-sosbud");
    const hasil = await Promise.all(
      ["1", "2", "3", "4"].map((x, i) =>
        minta(i % 2 ? budi : ani, "PATCH", `/pk-baris/${b.id}`, { target: `5${x},00` }, ifMatch(`"${b.versi}"`)),
      ),
    );
    expect(hasil.filter((r) => r.status === 200)).toHaveLength(1);
    expect(hasil.filter((r) => r.status === 409)).toHaveLength(3);
  });

  it("a row edit and a whole-document save based on the same read cannot overwrite each other", async () => {
    const kode = await kodePk("kasubbag-umum");
    const dok = await minta(ani, "GET", `/pk-dokumen/${kode}`);
    const b = await barisPertama("kasubbag-umum");
    const patch = await minta(budi, "PATCH", `/pk-baris/${b.id}`, { target: "63,00" }, ifMatch(`"${b.versi}"`));
    expect(patch.status).toBe(200);
    const d = structuredClone(dok.body) as Dokumen;
    d.tempat = "Tempat Ani";
    const put = await minta(ani, "PUT", `/pk-dokumen/${kode}`, d, ifMatch(dok.etag));
    expect(put.status).toBe(409);
    expect((put.body.terkini as Dokumen).kinerja[0]!.target).toBe("63,00");
  });
});

describe("realisasi (PUT …/pengukuran/{tahun}/realisasi)", () => {
  // IKM: in 2022 no survey result is stored, so its yearly realisasi is typed (pengukuran-ubah.test.ts)
  async function ikm(tahun: number): Promise<BarisIku> {
    const p = await bacaPengukuran(t.ctx, lingkup, tahun);
    return p.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === "ikm")!;
  }
  const sel = (ind: BarisIku, periode: string) => ind.triwulan.find((q) => q.periode === periode)!;
  async function bacaIkm(tahun: number) {
    const r = await minta(ani, "GET", `/pengukuran/${tahun}`);
    return (r.body.sasaran as Array<{ indikator: BarisIku[] }>)
      .flatMap((s) => s.indikator)
      .find((i) => i.kode === "ikm")!;
  }

  it("the second of two users who read the same realisasi gets 409 with the current version; nothing is stored", async () => {
    const ind = await ikm(2022);
    const versi = ind.versiRealisasi;
    const body = (nilai: string) => ({ indikatorId: ind.id, periode: "tahunan", nilai, narasi: `oleh ${nilai}` });
    const r1 = await minta(ani, "PUT", "/pengukuran/2022/realisasi", body("71,50"), ifMatch(`"${versi}"`));
    expect(r1).toMatchObject({ status: 200, body: { diubah: true } });
    const sebelum = await jumlahAudit("realisasi");
    const r2 = await minta(budi, "PUT", "/pengukuran/2022/realisasi", body("72,50"), ifMatch(`"${versi}"`));
    harusKonflik(r2, r1.etag);
    expect(r2.body.terkini).toMatchObject({ nilai: "71.50", narasi: "oleh 71,50" });
    expect(await jumlahAudit("realisasi")).toBe(sebelum);
    const sekarang = await bacaIkm(2022);
    expect(sekarang.realisasi).toMatchObject({ nilai: "71.50" });
    expect(sekarang.versiRealisasi).toBe(r1.body.versi);
    const r3 = await minta(budi, "PUT", "/pengukuran/2022/realisasi", body("72,50"), ifMatch(r1.etag));
    expect(r3.status).toBe(200);
  });

  it("parallel edits of an empty quarter cell based on its (empty) version: exactly one is stored", async () => {
    const ind = await bacaIkm(2023);
    // find an empty quarter; every empty cell has the same version, that of "not there yet"
    const kosong = ind.triwulan.find((q) => q.nilai === null && q.narasi === "");
    const periode = kosong?.periode ?? "tw4";
    if (!kosong) {
      const hapus = { indikatorId: ind.id, periode, nilai: null, narasi: "" };
      expect((await minta(ani, "PUT", "/pengukuran/2023/realisasi", hapus)).status).toBe(200);
    }
    const versi = sel(await bacaIkm(2023), periode).versi;
    const sebelum = await jumlahAudit("realisasi");
    const hasil = await Promise.all(
      ["10", "20", "30", "40"].map((n, i) =>
        minta(
          i % 2 ? budi : ani,
          "PUT",
          "/pengukuran/2023/realisasi",
          { indikatorId: ind.id, periode, nilai: n },
          ifMatch(`"${versi}"`),
        ),
      ),
    );
    expect(hasil.filter((r) => r.status === 200)).toHaveLength(1);
    expect(hasil.filter((r) => r.status === 409)).toHaveLength(3);
    expect(await jumlahAudit("realisasi")).toBe(sebelum + 1);
    // If-None-Match: * on the now filled cell is refused
    const lagi = { indikatorId: ind.id, periode, nilai: "99" };
    expect((await minta(ani, "PUT", "/pengukuran/2023/realisasi", lagi, { "if-none-match": "*" })).status).toBe(409);
  });
});
