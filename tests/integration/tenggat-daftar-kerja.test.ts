/**
 * Deadlines per Pemda and year and the worklist (issue 15): defaults from domain/tenggat (regulations.md §3.5),
 * the admin's edit (audited, a bad date is a 400 naming the row), and per role what waits: the pimpinan sees a
 * submission to approve, the operator a returned module with its reason, and deadlines due soon / passed.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { tenggatBawaan } from "../../src/domain/tenggat";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

const P = "/api/v1/pemda/batu-bara";
const SEI = "kecamatan-sei-balai";
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let operator: SignedIn;
let pimpinan: SignedIn;

interface DaftarKerja {
  tahun: number;
  hariIni: string;
  untukDisetujui: Array<{ opd: { slug: string }; modul: string }>;
  dikembalikan: Array<{ opd: { slug: string }; modul: string; alasan: string | null }>;
  tenggat: Array<{ jenis: string; tahunData: number; keadaan: string; opd: Array<{ slug: string }> }>;
}

const kirim = (who: SignedIn, method: string, url: string, body: unknown) =>
  app.request(url, {
    method,
    headers: { ...who.headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
async function daftar(who: SignedIn, tahun?: number): Promise<DaftarKerja> {
  const r = await app.request(`${P}/daftar-kerja${tahun ? `?tahun=${tahun}` : ""}`, { headers: who.headers });
  expect(r.status, await r.clone().text()).toBe(200);
  return (await r.json()) as DaftarKerja;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "w".repeat(40) } });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", pemdaSlug: "batu-bara", opdSlug: SEI });
  pimpinan = await createUserAndSignIn(app, t.ctx, { peran: "pimpinan_opd", pemdaSlug: "batu-bara", opdSlug: SEI });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe("tenggat", () => {
  it("reads the defaults, saves the admin's dates (audited) and refuses a bad date or another role", async () => {
    const r = await app.request(`${P}/tenggat/2024`, { headers: operator.headers });
    expect(r.status).toBe(200);
    const b = (await r.json()) as { baris: Array<{ jenis: string; tanggal: string; bawaan: boolean }> };
    const bawaan = tenggatBawaan(2024);
    for (const x of b.baris) expect([x.tanggal, x.bawaan]).toEqual([bawaan[x.jenis as keyof typeof bawaan], true]);

    const salah = await kirim(admin, "PUT", `${P}/tenggat/2024`, {
      baris: [{ jenis: "lkjip", tanggal: "2025-02-30" }],
    });
    expect(salah.status).toBe(400);
    expect(await salah.text()).toContain("baris[0].tanggal");

    expect(
      (await kirim(operator, "PUT", `${P}/tenggat/2024`, { baris: [{ jenis: "pk", tanggal: "2024-02-15" }] })).status,
    ).toBe(403);

    const ok = await kirim(admin, "PUT", `${P}/tenggat/2024`, { baris: [{ jenis: "pk", tanggal: "2024-02-15" }] });
    expect(ok.status, await ok.clone().text()).toBe(200);
    const s = (await ok.json()) as typeof b;
    expect(s.baris.find((x) => x.jenis === "pk")).toMatchObject({ tanggal: "2024-02-15", bawaan: false });
    const audit = await app.request(`${P}/audit?entity=tenggat`, { headers: admin.headers });
    expect(audit.status).toBe(200);
    expect(await audit.text()).toContain("2024-02-15");

    // a second save keeps the first as a version: both changes, newest first, with the date they replaced
    const lagi = await kirim(admin, "PUT", `${P}/tenggat/2024`, { baris: [{ jenis: "pk", tanggal: "2024-02-20" }] });
    expect(lagi.status).toBe(200);
    const riwayat = await app.request(`${P}/tenggat/2024/riwayat`, { headers: operator.headers });
    expect(riwayat.status).toBe(200);
    const { versi } = (await riwayat.json()) as {
      versi: Array<{ oleh: string; perubahan: Array<{ jenis: string; sebelum: string | null; sesudah: string }> }>;
    };
    expect(versi.map((v) => v.perubahan)).toEqual([
      [{ jenis: "pk", label: expect.any(String), sebelum: "2024-02-15", sesudah: "2024-02-20" }],
      [{ jenis: "pk", label: expect.any(String), sebelum: bawaan.pk, sesudah: "2024-02-15" }],
    ]);
  }, 120_000);
});

describe("daftar kerja", () => {
  it("shows the pimpinan a submission and the operator a returned module with its reason", async () => {
    // a year with data: an empty year cannot be submitted (the check before Ajukan, issue 14)
    const tahun = 2023;
    const url = `${P}/opd/${SEI}/status-periode/${tahun}/pengukuran`;
    expect((await kirim(operator, "POST", url, { aksi: "ajukan" })).status).toBe(200);
    const p = await daftar(pimpinan, tahun);
    expect(p.untukDisetujui).toEqual([
      expect.objectContaining({ opd: expect.objectContaining({ slug: SEI }), modul: "pengukuran" }),
    ]);
    // the operator cannot approve: nothing to approve in the operator's list
    expect((await daftar(operator, tahun)).untukDisetujui).toEqual([]);

    expect(
      (await kirim(pimpinan, "POST", url, { aksi: "kembalikan", alasan: "Lengkapi bukti triwulan IV" })).status,
    ).toBe(200);
    const o = await daftar(operator, tahun);
    expect(o.dikembalikan).toEqual([
      expect.objectContaining({ modul: "pengukuran", alasan: "Lengkapi bukti triwulan IV" }),
    ]);
    expect((await daftar(pimpinan, tahun)).untukDisetujui).toEqual([]);
    // submitted again: no longer "returned"
    expect((await kirim(operator, "POST", url, { aksi: "ajukan" })).status).toBe(200);
    expect((await daftar(operator, tahun)).dikembalikan).toEqual([]);
  }, 120_000);

  it("lists deadlines due soon and passed for the modules not yet submitted, per role", async () => {
    const kini = await daftar(operator);
    const hari = kini.hariIni;
    const kemarin = new Date(Date.parse(`${hari}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const ok = await kirim(admin, "PUT", `${P}/tenggat/${kini.tahun}`, {
      baris: [
        { jenis: "pk", tanggal: hari },
        { jenis: "realisasi-tw1", tanggal: kemarin },
      ],
    });
    expect(ok.status, await ok.clone().text()).toBe(200);
    const o = await daftar(operator);
    const pk = o.tenggat.find((x) => x.jenis === "pk" && x.tahunData === kini.tahun);
    const tw1 = o.tenggat.find((x) => x.jenis === "realisasi-tw1" && x.tahunData === kini.tahun);
    expect(pk?.keadaan).toBe("segera");
    expect(tw1?.keadaan).toBe("lewat");
    expect(pk?.opd.map((x) => x.slug)).toEqual([SEI]);
    // the admin sees the deadline for every OPD still open; the SKM officer has no PK deadline
    const a = await daftar(admin);
    expect(a.tenggat.find((x) => x.jenis === "pk" && x.tahunData === kini.tahun)?.opd.length).toBeGreaterThan(1);
    const skm = await createUserAndSignIn(app, t.ctx, { peran: "petugas_skm", pemdaSlug: "batu-bara", opdSlug: SEI });
    expect((await daftar(skm)).tenggat.filter((x) => x.jenis === "pk")).toEqual([]);
  }, 120_000);
});
