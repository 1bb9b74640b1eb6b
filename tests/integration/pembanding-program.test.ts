/**
 * The peer OPD and the program/kegiatan indicators (seed Tabel 3.16) read back in the form their PUT takes, so the
 * Pengukuran page edits them: GET → PUT unchanged writes nothing; a change writes one audit entry; bad input is
 * refused in Indonesian naming the row; the peer candidates are the other OPDs of the Pemda, same jenis first.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let operatorLain: SignedIn;
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "p".repeat(40) } });
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
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function panggil(user: SignedIn, method: string, path: string, body?: unknown) {
  const res = await app.request(`${O}${path}`, {
    method,
    headers: { ...user.headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & unknown[] };
}

async function jumlahAudit(entity: string) {
  const { pemda, opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
  return (await listAudit(t.ctx.db, { pemdaId: pemda.id, opdId: opd.id, entity })).length;
}

describe("peer OPD (Bab III.A.4)", () => {
  it("reads back the demo peer in its input form; unchanged PUT writes nothing", async () => {
    const r = await panggil(operator, "GET", "/pembanding");
    expect(r.status).toBe(200);
    const masukan = r.body.masukan as { peerOpdSlug: string; nilai: Array<{ indikatorKode: string; sumber: string }> };
    expect(masukan.peerOpdSlug).toBe("kecamatan-datuk-tanah-datar");
    expect(masukan.nilai.length).toBeGreaterThan(0);
    expect(masukan.nilai.every((n) => n.sumber.length > 0)).toBe(true);
    const sebelum = await jumlahAudit("pembanding");
    const put = await panggil(operator, "PUT", "/pembanding", masukan);
    expect(put).toMatchObject({ status: 200, body: { diubah: false } });
    expect(await jumlahAudit("pembanding")).toBe(sebelum);
  });

  it("a changed published figure writes one audit entry and reads back", async () => {
    const { body } = await panggil(operator, "GET", "/pembanding");
    const masukan = structuredClone(body.masukan) as { nilai: Array<{ target: string | null; tahun: number }> };
    masukan.nilai.push({
      indikatorKode: "ikm",
      tahun: 2019,
      target: "80,00",
      realisasi: "81,25",
      sumber: "LKjIP 2019 hlm. 20",
    } as never);
    const sebelum = await jumlahAudit("pembanding");
    expect(await panggil(operator, "PUT", "/pembanding", masukan)).toMatchObject({
      status: 200,
      body: { diubah: true },
    });
    expect(await jumlahAudit("pembanding")).toBe(sebelum + 1);
    const baru = (await panggil(operator, "GET", "/pembanding")).body.masukan as {
      nilai: Array<{ indikatorKode: string; tahun: number; realisasi: string | null }>;
    };
    expect(baru.nilai.find((n) => n.indikatorKode === "ikm" && n.tahun === 2019)?.realisasi).toBe("81.25");
  });

  it("refuses a published figure without a source, naming the row, and writes nothing", async () => {
    const { body } = await panggil(operator, "GET", "/pembanding");
    const masukan = structuredClone(body.masukan) as { nilai: Array<Record<string, unknown>> };
    masukan.nilai.push({ indikatorKode: "akip", tahun: 2019, target: null, realisasi: "60", sumber: " " });
    const sebelum = await jumlahAudit("pembanding");
    const r = await panggil(operator, "PUT", "/pembanding", masukan);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain(`baris ${masukan.nilai.length}: sumber wajib diisi`);
    expect(await jumlahAudit("pembanding")).toBe(sebelum);
  });

  it("refuses the same indicator and year twice, naming both rows", async () => {
    const { body } = await panggil(operator, "GET", "/pembanding");
    const masukan = structuredClone(body.masukan) as { nilai: Array<Record<string, unknown>> };
    const n = masukan.nilai.length;
    masukan.nilai.push({ ...masukan.nilai[0] });
    const r = await panggil(operator, "PUT", "/pembanding", masukan);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain(`baris ${n + 1}: indikator`);
    expect(JSON.stringify(r.body)).toContain("sudah ada di baris 1");
  });

  it.each([
    [
      "an indicator kode the OPD does not have",
      { indikatorKode: "tidak-ada" },
      'indikator \\"tidak-ada\\" bukan indikator',
    ],
    ["an empty peer name", { namaPeer: "   " }, "nama pembanding wajib diisi"],
  ])("refuses %s and writes nothing", async (_n, ubah, pesan) => {
    const { body } = await panggil(operator, "GET", "/pembanding");
    const masukan = structuredClone(body.masukan) as { namaPeer: string; nilai: Array<Record<string, unknown>> };
    if ("namaPeer" in ubah) masukan.namaPeer = ubah.namaPeer as string;
    else
      masukan.nilai.push({ indikatorKode: ubah.indikatorKode, tahun: 2019, target: null, realisasi: "1", sumber: "x" });
    const sebelum = await jumlahAudit("pembanding");
    const r = await panggil(operator, "PUT", "/pembanding", masukan);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain(pesan);
    expect(await jumlahAudit("pembanding")).toBe(sebelum);
  });

  it("lists the other OPDs of the Pemda as candidates, kecamatan first, never itself", async () => {
    const r = await panggil(operator, "GET", "/pembanding/kandidat");
    expect(r.status).toBe(200);
    const daftar = r.body as unknown as Array<{ slug: string; jenis: string; sejenis: boolean }>;
    expect(daftar.some((o) => o.slug === "kecamatan-sei-balai")).toBe(false);
    expect(daftar.find((o) => o.slug === "kecamatan-datuk-tanah-datar")?.sejenis).toBe(true);
    const pertamaLain = daftar.findIndex((o) => !o.sejenis);
    expect(pertamaLain).toBeGreaterThan(0);
    expect(daftar.slice(pertamaLain).every((o) => !o.sejenis)).toBe(true);
    expect(daftar.slice(0, pertamaLain).every((o) => o.jenis === "kecamatan")).toBe(true);
  });

  it("another OPD's operator may not read or write it (403)", async () => {
    expect((await panggil(operatorLain, "GET", "/pembanding")).status).toBe(403);
    expect((await panggil(operatorLain, "GET", "/pembanding/kandidat")).status).toBe(403);
  });
});

describe("program/kegiatan indicators (seed Tabel 3.16)", () => {
  const URL = "/pengukuran/2023/indikator-program";
  type Baris = Record<string, unknown> & { id?: string; capaian?: unknown; galat?: unknown; urutan?: number };
  const masukanDari = (rows: Baris[]) =>
    rows.map(({ id: _i, capaian: _c, galat: _g, urutan: _u, ...r }) => r as Record<string, unknown>);

  it("GET → PUT unchanged writes nothing; a new realisasi computes capaian and writes one audit entry", async () => {
    const rows = (await panggil(operator, "GET", URL)).body as unknown as Baris[];
    expect(rows.length).toBeGreaterThan(0);
    const sebelum = await jumlahAudit("indikator_program");
    expect(await panggil(operator, "PUT", URL, masukanDari(rows))).toMatchObject({ status: 200, body: { diubah: 0 } });
    expect(await jumlahAudit("indikator_program")).toBe(sebelum);
    const ubah = masukanDari(rows);
    ubah[0] = { ...ubah[0], target: "100", realisasi: "90" };
    expect(await panggil(operator, "PUT", URL, ubah)).toMatchObject({ status: 200, body: { diubah: 1 } });
    expect(await jumlahAudit("indikator_program")).toBe(sebelum + 1);
    const baru = (await panggil(operator, "GET", URL)).body as unknown as Array<{ capaian: { nilai: string } | null }>;
    // 90 / 100 × 100 = 90,00 % (positive indicator)
    expect(baru[0]?.capaian?.nilai).toBe("90.00");
  });

  it("refuses a row without an indicator, naming the row", async () => {
    const rows = masukanDari((await panggil(operator, "GET", URL)).body as unknown as Baris[]);
    rows.push({ ...rows[0], indikator: "  " });
    const r = await panggil(operator, "PUT", URL, rows);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain(`baris ${rows.length}`);
  });
});
