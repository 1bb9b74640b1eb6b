/**
 * Editing a whole Perjanjian Kinerja through the API: the read-back (GET) is exactly the PUT body, so GET → PUT
 * unchanged writes nothing; a changed target writes one audit entry; a row moved under another parent keeps its id;
 * a PK whose rows are cascade parents cannot be deleted, nor any PK of a locked year; other OPD → 403, other Pemda →
 * 404. Validation: the cascade parent must be a top row of a PK one level up in the same year; a cascade parent PK
 * keeps its year and level; budget amounts fit numeric(18,2) and are not negative; the two parties differ; rows
 * deeper than the form allows are refused, not dropped. Demo: the 2023 PK Perubahan of Kecamatan Sei Balai
 * (SEED 1044-1705).
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { DomainError } from "../../src/domain/shared/errors";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { bacaDaftarPk, bacaKaskade } from "../../src/services/pk/baca-pk";
import { bacaPkMasukan } from "../../src/services/pk/baca-pk-masukan";
import { simpanPk } from "../../src/services/pk/simpan-pk";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listKinerjaOpd } from "../../src/storage/repositories/pk-repository";
import { setStatusPeriode } from "../../src/storage/repositories/status-periode-repository";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let operatorLain: SignedIn;
let operatorPemdaLain: SignedIn;
let pemdaId: string;
let opdId: string;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

interface Baris {
  kodeAsal?: string | null;
  sasaran: string;
  indikator: string;
  target: string | null;
  indukKaskade?: { pkKode: string; barisKode: string } | null;
  anak: Baris[];
}
interface Dokumen {
  kode: string;
  level: string;
  kinerja: Baris[];
  [k: string]: unknown;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  await createPemdaWithOpd(t.ctx, "kota-lain", ["kecamatan-lain"]);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "u".repeat(40) } });
  const r = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
  pemdaId = r.pemda.id;
  opdId = r.opd.id;
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  operatorLain = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-datuk-tanah-datar",
  });
  operatorPemdaLain = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "kota-lain",
    opdSlug: "kecamatan-lain",
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function minta(method: string, path: string, as: SignedIn = operator, body?: unknown) {
  const res = await app.request(`${OPD}${path}`, {
    method,
    headers: { ...as.headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const baca = async (kode: string) => (await minta("GET", `/pk-dokumen/${kode}`)).body as unknown as Dokumen;
const simpan = (kode: string, d: unknown) => minta("PUT", `/pk-dokumen/${kode}`, operator, d);
const jumlahAuditPk = async () => (await listAudit(t.ctx.db, { pemdaId, opdId, entity: "pk", limit: 10_000 })).length;

async function kodePk(pejabat: string): Promise<string> {
  const { pk } = await bacaDaftarPk(t.ctx, lingkup, 2023);
  return pk.find((p) => p.pihakPertama?.kode === pejabat)!.kode;
}

describe("PK read-back and whole-document edit", () => {
  it("reads every 2023 PK back in the PUT form, and PUT of it unchanged writes nothing", async () => {
    const { pk } = await bacaDaftarPk(t.ctx, lingkup, 2023);
    expect(pk).toHaveLength(7);
    const sebelum = await jumlahAuditPk();
    for (const p of pk) {
      const d = await baca(p.kode);
      expect(d).toMatchObject({ kode: p.kode, tahun: 2023, jenis: "perubahan", level: p.level });
      expect(await simpan(p.kode, d)).toMatchObject({ status: 200, body: { diubah: false } });
    }
    expect(await jumlahAuditPk()).toBe(sebelum);
    // the read-back carries each row's stored position and its cascade parent
    const kasi = await baca(await kodePk("kasi-pemerintahan"));
    expect(kasi.kinerja[0]).toMatchObject({ kodeAsal: "1", indukKaskade: { pkKode: await kodePk("camat") } });
  });

  it("saves a changed target with one audit entry", async () => {
    const kode = await kodePk("kasi-pemerintahan");
    const d = await baca(kode);
    d.kinerja[0]!.target = "99,00";
    const sebelum = await jumlahAuditPk();
    expect(await simpan(kode, d)).toMatchObject({ status: 200, body: { diubah: true } });
    expect(await jumlahAuditPk()).toBe(sebelum + 1);
    const [audit] = await listAudit(t.ctx.db, { pemdaId, opdId, entity: "pk", limit: 1 });
    expect(audit).toMatchObject({ action: "ubah", actorUserId: operator.userId });
    expect((await baca(kode)).kinerja[0]!.target).toBe("99,00");
  });

  it("moves a row under another parent keeping its id", async () => {
    // Kasi PMD has several top rows (SEED 1562-1620); move its second row under the first.
    const kode = await kodePk("kasi-pmd-sosbud");
    const d = await baca(kode);
    expect(d.kinerja.length).toBeGreaterThanOrEqual(2);
    const kedua = d.kinerja[1]!;
    const idKedua = (await listKinerjaOpd(t.ctx.db, opdId)).find(
      (k) => k.kode === "2" && k.sasaran === kedua.sasaran && k.indikator === kedua.indikator,
    )!.id;
    // a sub-row leaves the cascade: its link is cleared, as the form does when a row is moved (form-pk.ts, pindah)
    const dipindah = { ...kedua, indukKaskade: null, anak: [] };
    d.kinerja = [{ ...d.kinerja[0]!, anak: [...d.kinerja[0]!.anak, dipindah] }, ...d.kinerja.slice(2)];
    expect(await simpan(kode, d)).toMatchObject({ status: 200, body: { diubah: true } });
    const setelah = (await listKinerjaOpd(t.ctx.db, opdId)).find((k) => k.id === idKedua)!;
    expect(setelah.kode).toBe(`1.${d.kinerja[0]!.anak.length}`);
    expect(setelah.indukId).not.toBeNull();
    const balik = await baca(kode);
    expect(balik.kinerja[0]!.anak.at(-1)).toMatchObject({ sasaran: kedua.sasaran, kodeAsal: setelah.kode });
    expect(await simpan(kode, balik)).toMatchObject({ body: { diubah: false } });
  });

  it("refuses to put a cascade parent row under another row, naming the row", async () => {
    const kode = await kodePk("camat");
    const d = await baca(kode);
    const [ikm, akip] = d.kinerja;
    const r = await simpan(kode, { ...d, kinerja: [{ ...ikm!, anak: [...ikm!.anak, { ...akip!, anak: [] }] }] });
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(/^kinerja baris 1\.\d+: menjadi induk kaskade/);
  });

  it("refuses to drop a row that a subordinate PK points at, naming it", async () => {
    const kode = await kodePk("sekretaris");
    const d = await baca(kode);
    const r = await simpan(kode, { ...d, kinerja: [] });
    expect(r.status).toBe(409);
    expect(r.body.detail).toContain("masih menjadi induk kaskade");
  });

  it("lists the candidate parent rows one level up in the same year", async () => {
    const iv = await minta("GET", "/pk/2023/induk-kaskade?level=eselon-iv&pihakKedua=camat");
    expect(iv.status).toBe(200);
    const daftar = iv.body.pk as Array<{ kode: string; level: string; atasanLangsung: boolean; baris: unknown[] }>;
    expect(daftar[0]).toMatchObject({ level: "kepala-opd", atasanLangsung: true });
    expect(daftar.map((p) => p.level).sort()).toEqual(["eselon-iii", "kepala-opd"]);
    const iii = await minta("GET", "/pk/2023/induk-kaskade?level=eselon-iii");
    expect((iii.body.pk as Array<{ level: string }>).map((p) => p.level)).toEqual(["kepala-opd"]);
    const kepala = await minta("GET", "/pk/2023/induk-kaskade?level=kepala-opd");
    expect(kepala.body).toMatchObject({ pk: [], keterangan: expect.stringContaining("Kepala Daerah") });
  });

  it("makes the perubahan a copy of the awal under a new kode (GET + PUT), refusing a second one", async () => {
    const asli = await baca(await kodePk("kasi-pemerintahan"));
    const awal = {
      ...asli,
      tahun: 2024,
      jenis: "awal",
      tanggal: "2024-01-31",
      kinerja: asli.kinerja.map((k) => ({ ...k, indukKaskade: null })),
    };
    expect((await simpan("pk-2024-awal-kasi-pemerintahan", awal)).body).toMatchObject({ diubah: true });
    const salinan = { ...(await baca("pk-2024-awal-kasi-pemerintahan")), jenis: "perubahan" };
    expect(salinan.kinerja[0]).toMatchObject({ target: "99,00", kodeAsal: "1" });
    expect((await simpan("pk-2024-perubahan-kasi-pemerintahan", salinan)).body).toMatchObject({ diubah: true });
    const baris = (await listKinerjaOpd(t.ctx.db, opdId)).filter((k) => k.sasaran === asli.kinerja[0]!.sasaran);
    expect(new Set(baris.map((k) => k.pkId)).size).toBe(baris.length); // the awal's rows are not taken over
    const kedua = await simpan("pk-2024-perubahan-lagi", salinan);
    expect(kedua.status).toBe(400);
    expect(kedua.body.detail).toContain("sudah mempunyai PK perubahan 2024");
  });

  it("deletes a PK nobody points at, with one audit entry, and refuses one that is a cascade parent", async () => {
    const sebelum = await jumlahAuditPk();
    const hapus = await minta("DELETE", "/pk-dokumen/pk-2024-perubahan-kasi-pemerintahan");
    expect(hapus).toMatchObject({ status: 200, body: { dihapus: true } });
    expect(await jumlahAuditPk()).toBe(sebelum + 1);
    expect((await minta("GET", "/pk-dokumen/pk-2024-perubahan-kasi-pemerintahan")).status).toBe(404);
    const camat = await minta("DELETE", `/pk-dokumen/${await kodePk("camat")}`);
    expect(camat.status).toBe(409);
    expect(camat.body.detail).toContain("tidak dapat dihapus");
    expect(await jumlahAuditPk()).toBe(sebelum + 1);
    const { celah } = await bacaKaskade(t.ctx, lingkup, 2023);
    expect(celah).toEqual([]);
  });

  it("refuses other OPD (403) and other Pemda (404)", async () => {
    const kode = await kodePk("camat");
    expect((await minta("GET", `/pk-dokumen/${kode}`, operatorLain)).status).toBe(403);
    expect((await minta("DELETE", `/pk-dokumen/${kode}`, operatorLain)).status).toBe(403);
    expect((await minta("GET", "/pk/2023/induk-kaskade?level=eselon-iv", operatorLain)).status).toBe(403);
    expect((await minta("GET", `/pk-dokumen/${kode}`, operatorPemdaLain)).status).toBe(404);
    expect((await minta("DELETE", `/pk-dokumen/${kode}`, operatorPemdaLain)).status).toBe(404);
  });

  it("refuses to delete or change a PK once the year is locked", async () => {
    const kode = await kodePk("kasubbag-umum");
    const d = await baca(kode);
    await setStatusPeriode(t.ctx.db, { pemdaId, opdId, tahun: 2023, modul: "pk" }, "terkunci", "uji");
    const sebelum = await jumlahAuditPk();
    const hapus = await minta("DELETE", `/pk-dokumen/${kode}`);
    expect(hapus.status).toBe(409);
    expect(hapus.body.detail).toContain("tidak dapat diubah");
    d.kinerja[0]!.target = "1";
    expect((await simpan(kode, d)).status).toBe(409);
    expect(await jumlahAuditPk()).toBe(sebelum);
    expect((await minta("GET", `/pk-dokumen/${kode}`)).status).toBe(200);
  });
});

describe("validation", () => {
  // the block above leaves 2023 locked; these checks run on an open year
  beforeAll(async () => {
    await setStatusPeriode(t.ctx.db, { pemdaId, opdId, tahun: 2023, modul: "pk" }, "draft", "uji");
  });

  /** PUT `d` to `kode`: refused with `status`, no audit entry and the stored PK read back unchanged. */
  async function ditolak(kode: string, d: unknown, status: number) {
    const sebelum = await jumlahAuditPk();
    const tersimpan = await minta("GET", `/pk-dokumen/${kode}`);
    const r = await simpan(kode, d);
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(await jumlahAuditPk()).toBe(sebelum);
    expect(await minta("GET", `/pk-dokumen/${kode}`)).toEqual(tersimpan);
    return r.body as { detail?: string; errors?: Array<{ field: string; message: string }> };
  }

  const rujuk = async (pejabat: string, barisKode = "1") => ({ pkKode: await kodePk(pejabat), barisKode });

  it.each([
    // another eselon IV (same level): not a superior (kandidat-induk.ts offers only higher levels)
    ["kasi-pemerintahan", "kasi-pmd-sosbud", /^kinerja baris 1: baris induk .* bukan PK tingkat di atas/],
    // the Sekretaris (eselon III) pointing down at an eselon IV row
    ["sekretaris", "kasubbag-umum", /^kinerja baris 1: baris induk .* bukan PK tingkat di atas/],
    // the Camat (Kepala OPD): its parent is the Bupati's RPJMD misi, not a stored PK
    ["camat", "sekretaris", /^kinerja baris 1: baris induk .* PK Kepala Perangkat Daerah/],
  ])("refuses %s pointing at a row of the PK of %s (400, row named)", async (pejabat, induk, pesan) => {
    const kode = await kodePk(pejabat);
    const d = await baca(kode);
    d.kinerja[0]!.indukKaskade = await rujuk(induk);
    const galat = await ditolak(kode, d, 400);
    expect(galat.detail).toMatch(pesan);
    expect(galat.errors?.[0]?.field).toBe("indukKaskade");
  });

  it("refuses a cascade parent in another year", async () => {
    // the Kasi Pelayanan moves its PK to 2024 while its rows still point at the Camat's 2023 rows
    const kode = await kodePk("kasi-pelayanan-trantib");
    const d = await baca(kode);
    const galat = await ditolak(kode, { ...d, tahun: 2024, tanggal: "2024-10-09" }, 400);
    expect(galat.detail).toMatch(/^kinerja baris 1: baris induk .* tahun 2023, bukan 2024/);
  });

  it("refuses a parent row that is not a top row, and a cascade link on a sub-row", async () => {
    // set-up: the Sekretaris gets a sub-row 1.1 under its row 1
    const sek = await kodePk("sekretaris");
    const asli = await baca(sek);
    const anak = { ...asli.kinerja[0]!, kodeAsal: null, indukKaskade: null, sasaran: "Rincian uji", anak: [] };
    const dgnAnak = { ...asli, kinerja: [{ ...asli.kinerja[0]!, anak: [anak] }] };
    expect(await simpan(sek, dgnAnak)).toMatchObject({ status: 200, body: { diubah: true } });

    const kode = await kodePk("kasubbag-umum");
    const d = await baca(kode);
    d.kinerja[0]!.indukKaskade = await rujuk("sekretaris", "1.1");
    expect((await ditolak(kode, d, 400)).detail).toMatch(/^kinerja baris 1: baris induk .* bukan baris utama/);

    const e = await baca(kode);
    e.kinerja[0]!.anak[0]!.indukKaskade = await rujuk("camat");
    expect((await ditolak(kode, e, 400)).detail).toMatch(/^kinerja baris 1\.1: baris induk .* hanya baris utama/);

    expect(await simpan(sek, { ...asli, kinerja: [{ ...asli.kinerja[0]!, anak: [] }] })).toMatchObject({ status: 200 });
  });

  it.each([
    // the Camat's rows are the parents of the Sekretaris' and the Kasi's rows
    ["camat", { tahun: 2024, tanggal: "2024-10-09" }],
    // the Sekretaris' row 1 is the parent of the Kasubbag's rows
    ["sekretaris", { level: "eselon-iv" }],
  ])("refuses to change the year or level of %s while subordinate rows point at it (409)", async (pejabat, ubah) => {
    const kode = await kodePk(pejabat);
    const galat = await ditolak(kode, { ...(await baca(kode)), ...ubah }, 409);
    expect(galat.detail).toMatch(/tahun dan level tidak dapat diubah .* induk kaskade/);
  });

  it.each([
    // a budget is never negative
    ["-1", "tidak boleh negatif"],
    ["-0,01", "tidak boleh negatif"],
    // numeric(18, 2) (src/storage/schema) holds at most 9.999.999.999.999.999,99
    ["10000000000000000", "terlalu besar"],
    ["9999999999999999,995", "terlalu besar"],
    ["123456789012345678901234567890", "terlalu besar"],
  ])("refuses the budget amount %s naming the row (400)", async (nilai, pesan) => {
    const kode = await kodePk("kasi-pemerintahan");
    const d = await baca(kode);
    const ang = d.anggaran as Array<{ anggaran: string; anak: Array<{ anggaran: string }> }>;
    ang[0]!.anak[0]!.anggaran = nilai;
    const galat = await ditolak(kode, d, 400);
    expect(galat.detail).toMatch(new RegExp(`^anggaran baris 1\\.1, anggaran: .*${pesan}`));
    expect(galat.errors?.[0]?.field).toBe("anggaran");
  });

  it("accepts the largest amount numeric(18, 2) holds", async () => {
    const kode = await kodePk("kasi-pemerintahan");
    const asli = await baca(kode);
    const d = await baca(kode);
    (d.anggaran as Array<{ anggaran: string }>)[0]!.anggaran = "9.999.999.999.999.999,99";
    expect(await simpan(kode, d)).toMatchObject({ status: 200, body: { diubah: true } });
    expect((await baca(kode)).anggaran).toMatchObject([{ anggaran: "9999999999999999.99" }]);
    expect(await simpan(kode, asli)).toMatchObject({ status: 200, body: { diubah: true } });
  });

  it("refuses the superior as the official himself (pihak kedua = pihak pertama)", async () => {
    const kode = await kodePk("kasi-pemerintahan");
    const d = await baca(kode);
    const galat = await ditolak(kode, { ...d, pihakKeduaKode: "kasi-pemerintahan" }, 400);
    expect(galat.detail).toMatch(/^pihak kedua "kasi-pemerintahan"/);
    expect(galat.errors?.[0]?.field).toBe("pihakKeduaKode");
  });

  it("refuses kinerja rows deeper than two levels and budget rows deeper than three instead of dropping them", async () => {
    const kode = await kodePk("kasi-pemerintahan");
    const d = await baca(kode);
    const sub = d.kinerja[0]!.anak[0]!;
    sub.anak = [{ ...sub, kodeAsal: null, sasaran: "Terlalu dalam", anak: [] }];
    const galat = await ditolak(kode, d, 400);
    expect(galat.errors?.map((g) => g.field)).toEqual(["kinerja.0.anak.0.anak"]);

    const e = await baca(kode);
    type A = { anak: A[]; [k: string]: unknown };
    const sub2 = (e.anggaran as A[])[0]!.anak[0]!;
    sub2.anak = [{ ...sub2, anak: [{ ...sub2, anak: [] }] }];
    expect((await ditolak(kode, e, 400)).errors?.map((g) => g.field)).toEqual(["anggaran.0.anak.0.anak.0.anak"]);

    // a caller without the API schema (demo, scripts) gets the same refusal from the service
    const { dokumen: m } = await bacaPkMasukan(t.ctx, lingkup, kode);
    const dalam = m.kinerja[0]!.anak[0]!;
    dalam.anak = [{ ...dalam, kodeAsal: null, anak: [] }];
    const sebelum = await jumlahAuditPk();
    const salah = await simpanPk(t.ctx, lingkup, m).catch((x: unknown) => x);
    expect(salah).toBeInstanceOf(DomainError);
    expect((salah as DomainError).message).toMatch(/^kinerja baris 1\.1\.1: /);
    expect(await jumlahAuditPk()).toBe(sebelum);
  });
});
