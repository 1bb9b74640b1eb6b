/**
 * The LKjIP's own workflow (module "laporan"): once the operator submits the report its texts, edited paragraphs and
 * signatures are read-only (409, nothing written) until the pimpinan returns it with a reason; the summary tells the
 * page whether it may edit. Demo Kecamatan Sei Balai 2023, over HTTP as the demo roles.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { upsertNarasiLaporan } from "../../src/storage/repositories/laporan-repository";
import { insertPejabat } from "../../src/storage/repositories/pejabat-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let pimpinan: SignedIn;
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
const API = `${O}/laporan/2023`;
const STATUS = `${O}/status-periode/2023/laporan`;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "l".repeat(40) } });
  const opd = { pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai" };
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", ...opd });
  pimpinan = await createUserAndSignIn(app, t.ctx, { peran: "pimpinan_opd", ...opd });
}, 120_000);
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

const teks = (isi: string) => ({ paragraf: [isi] });

describe("LKjIP workflow (module laporan)", () => {
  it("lets the operator edit the texts while the report is draft", async () => {
    expect((await kirim("GET", API, undefined, operator)).body.bolehSunting).toBe(true);
    const r = await kirim("PUT", `${API}/teks/kesimpulan`, teks("Draf kesimpulan."), operator);
    expect(r).toMatchObject({ status: 200, body: { diubah: true } });
  });

  it("after submission refuses every text write with 409 and the page is read-only", async () => {
    expect((await kirim("POST", STATUS, { aksi: "ajukan" }, operator)).status).toBe(200);
    expect((await kirim("GET", API, undefined, operator)).body.bolehSunting).toBe(false);
    const teksDitolak = await kirim("PUT", `${API}/teks/kesimpulan`, teks("Diubah setelah diajukan."), operator);
    expect(teksDitolak.status).toBe(409);
    expect(String(teksDitolak.body.detail)).toContain('Data laporan tahun 2023 berstatus "Diajukan"');
    const ttd = await kirim("PUT", `${API}/penandatangan/lkjip`, { tempat: "Sei Balai" }, operator);
    expect(ttd.status).toBe(409);
    const ringkas = (await kirim("GET", API, undefined, operator)).body as { narasi: Array<{ kunci: string }> };
    const kunci = ringkas.narasi[0]!.kunci;
    const narasi = await kirim("PUT", `${API}/narasi/${encodeURIComponent(kunci)}`, { teks: "x" }, operator);
    expect(narasi.status).toBe(409);
    const halaman = (await kirim("GET", `${API}/teks`, undefined, operator)).body as {
      teks: Array<{ kode: string; paragraf: string[] }>;
    };
    expect(halaman.teks.find((x) => x.kode === "kesimpulan")?.paragraf).toEqual(["Draf kesimpulan."]);
  });

  it("is editable again once the pimpinan returns it with a reason", async () => {
    expect((await kirim("POST", STATUS, { aksi: "kembalikan" }, pimpinan)).status).toBe(400);
    expect((await kirim("POST", STATUS, { aksi: "kembalikan", alasan: "Perbaiki kesimpulan" }, pimpinan)).status).toBe(
      200,
    );
    const r = await kirim("PUT", `${API}/teks/kesimpulan`, teks("Kesimpulan yang diperbaiki."), operator);
    expect(r).toMatchObject({ status: 200, body: { diubah: true } });
  });

  it("lists the laporan module among the year's workflow states", async () => {
    const r = await app.request(`${O}/status-periode/2023`, { headers: operator.headers });
    const daftar = (await r.json()) as Array<{ modul: string; status: string }>;
    expect(daftar.find((m) => m.modul === "laporan")).toMatchObject({ status: "draft" });
  });

  it("lists an edit whose paragraph is no longer generated, and removes it on request", async () => {
    // An edit of the capaian sentence of an indicator that was later removed (kunci no longer generated).
    const { pemda, opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
    await upsertNarasiLaporan(t.ctx.db, {
      pemdaId: pemda.id,
      opdId: opd.id,
      tahun: 2023,
      kunci: "bab3.capaian.indikator-lama",
      teks: "Teks suntingan untuk indikator yang sudah dihapus.",
      angka: {},
      disuntingOleh: "Operator",
      disuntingOlehId: null,
      disuntingPada: new Date("2024-01-15T03:00:00Z"),
    });
    const ringkas = (await kirim("GET", API, undefined, operator)).body as {
      suntinganYatim: Array<{ kunci: string; teks: string }>;
      narasi: Array<{ kunci: string }>;
    };
    expect(ringkas.suntinganYatim).toEqual([
      expect.objectContaining({
        kunci: "bab3.capaian.indikator-lama",
        teks: "Teks suntingan untuk indikator yang sudah dihapus.",
      }),
    ]);
    expect(ringkas.narasi.some((n) => n.kunci === "bab3.capaian.indikator-lama")).toBe(false);
    const hapus = await kirim("DELETE", `${API}/narasi/bab3.capaian.indikator-lama`, undefined, operator);
    expect(hapus).toMatchObject({ status: 200, body: { diubah: true } });
    expect((await kirim("GET", API, undefined, operator)).body.suntinganYatim).toEqual([]);
  });

  it("refuses another OPD's pejabat as a signer of this OPD's report", async () => {
    const { pemda, opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-datuk-tanah-datar");
    const lain = await insertPejabat(t.ctx.db, {
      pemdaId: pemda.id,
      opdId: opd.id,
      kode: "camat-uji",
      peran: "kepala-opd",
      nama: "CAMAT LAIN",
      jabatan: "Camat Datuk Tanah Datar",
    });
    const r = await kirim("PUT", `${API}/penandatangan/lkjip`, { pejabatId: lain.id }, operator);
    expect(r.status).toBe(400);
    expect(String(r.body.detail)).toContain("bukan pejabat perangkat daerah ini");
  });
});
