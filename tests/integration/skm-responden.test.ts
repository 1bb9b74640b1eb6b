/**
 * Stored SKM answers for the Petugas SKM (issue 12, ADR 0037): the paged list with filters, correcting one answer and
 * voiding one (reason required, If-Match, audited with old/new values and the reason); the IKM of the period is
 * recomputed from the remaining answers; a voided answer stays listed and in the audit trail; a closed period refuses
 * both; renaming a layanan (If-Match, audited) keeps its answers.
 * NOTE: regulations.md §1.3–§1.5 (IKM from the answers per unsur): the expected sums are computed here from the rows
 * this test stores, not copied.
 */
import { and, eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { simpanEntriKertas } from "../../src/services/skm/entri";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { tanggalWib } from "../../src/services/skm/umum";
import { auditLog } from "../../src/storage/schema";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let petugas: SignedIn;
let petugasLain: SignedIn;
const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/skm";
const PERIODE = "uji-koreksi";
const LAYANAN = "koreksi-uji";
// three paper questionnaires
const BARIS = [
  [1, 2, 3, 4, 1, 2, 3, 4, 1],
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
  [2, 3, 2, 3, 2, 3, 2, 3, 2],
];
const jawaban = (n: number[]) => Object.fromEntries(n.map((v, i) => [`u${i + 1}`, v]));
const JSON_H = { "content-type": "application/json" };

interface Halaman {
  total: number;
  halaman: number;
  ukuran: number;
  baris: Array<{
    id: string;
    layanan: string;
    saluran: string;
    jawaban: Record<string, number>;
    responden: Record<string, unknown>;
    dikoreksiPada: string | null;
    dibatalkanPada: string | null;
    alasanBatal: string | null;
  }>;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "k".repeat(40) } });
  petugas = await createUserAndSignIn(app, t.ctx, { peran: "petugas_skm", pemdaSlug: "batu-bara", opdSlug: L.opd });
  petugasLain = await createUserAndSignIn(app, t.ctx, {
    peran: "petugas_skm",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-lima-puluh",
  });
  await simpanLayananSkm(t.ctx, L, LAYANAN, { nama: "Layanan Koreksi Uji" });
  await simpanPeriodeSkm(t.ctx, L, PERIODE, { jenis: "tahun", mulai: "2000-01-01", selesai: "2099-12-31" });
  await simpanEntriKertas(
    t.ctx,
    { ...L, periode: PERIODE, layanan: LAYANAN },
    BARIS.map((b, i) => ({ kunci: `uji-koreksi-${i + 1}`, jawaban: jawaban(b), responden: { umur: 30 + i } })),
  );
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const daftar = async (q = "", who: SignedIn = petugas) => {
  const r = await app.request(`${O}/periode/${PERIODE}/responden${q}`, { headers: who.headers });
  return { status: r.status, body: (await r.json()) as Halaman };
};

async function hasil() {
  const r = await app.request(`${O}/periode/${PERIODE}/hasil?layanan=${LAYANAN}`, { headers: petugas.headers });
  expect(r.status).toBe(200);
  const h = (await r.json()) as { total: { responden: number; unsur: Array<{ kode: string; jumlah: number }> } | null };
  return h.total;
}

async function baca(id: string) {
  const r = await app.request(`${O}/responden/${id}`, { headers: petugas.headers });
  expect(r.status).toBe(200);
  return { etag: r.headers.get("etag")!, body: (await r.json()) as Halaman["baris"][number] };
}

const jumlahKolom = (rows: number[][], k: number) => rows.reduce((s, r) => s + r[k]!, 0);

describe("the stored answers of a period", () => {
  it("lists them paged, newest first, with filters by layanan, channel, date and status", async () => {
    const semua = await daftar();
    expect(semua.status).toBe(200);
    expect(semua.body.total).toBe(3);
    expect(semua.body.baris.every((b) => b.layanan === LAYANAN && b.saluran === "kertas")).toBe(true);
    const h1 = await daftar("?ukuran=2&halaman=1");
    const h2 = await daftar("?ukuran=2&halaman=2");
    expect(h1.body.baris).toHaveLength(2);
    expect(h2.body.baris).toHaveLength(1);
    expect(new Set([...h1.body.baris, ...h2.body.baris].map((b) => b.id)).size).toBe(3);
    expect((await daftar("?saluran=online")).body.total).toBe(0);
    expect((await daftar(`?layanan=${LAYANAN}&saluran=kertas`)).body.total).toBe(3);
    const hariIni = tanggalWib(t.ctx.now());
    expect((await daftar(`?dari=${hariIni}&sampai=${hariIni}`)).body.total).toBe(3);
    expect((await daftar(`?sampai=2001-01-01`)).body.total).toBe(0);
  });

  it("refuses bad filters with a message naming the field, and another OPD's officer", async () => {
    const r = await app.request(`${O}/periode/${PERIODE}/responden?dari=2024-13-45`, { headers: petugas.headers });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/dari/);
    const r2 = await app.request(`${O}/periode/${PERIODE}/responden?dari=2024-05-02&sampai=2024-05-01`, {
      headers: petugas.headers,
    });
    expect(r2.status).toBe(400);
    expect(await r2.text()).toMatch(/sampai/);
    const tak = await app.request(`${O}/periode/${PERIODE}/responden?layanan=tidak-ada`, { headers: petugas.headers });
    expect(tak.status).toBe(404);
    expect((await daftar("", petugasLain)).status).toBe(403);
  });
});

describe("correcting and voiding one answer", () => {
  it("corrects an answer: reason required, version checked, audited, the IKM sums recomputed", async () => {
    const rows = (await daftar()).body.baris;
    const satu = rows.find((b) => b.jawaban.u1 === 1)!;
    const { etag } = await baca(satu.id);
    const koreksi = { ...jawaban(BARIS[0]!), u1: 3 };
    const put = (body: unknown, ifMatch?: string) =>
      app.request(`${O}/responden/${satu.id}`, {
        method: "PUT",
        headers: { ...petugas.headers, ...JSON_H, ...(ifMatch ? { "if-match": ifMatch } : {}) },
        body: JSON.stringify(body),
      });
    const tanpa = await put({ jawaban: koreksi, alasan: "  " }, etag);
    expect(tanpa.status).toBe(400);
    expect(await tanpa.text()).toMatch(/alasan/);
    const salah = await put({ jawaban: { ...koreksi, u5: 7 }, alasan: "salah ketik" }, etag);
    expect(salah.status).toBe(400);
    expect(await salah.text()).toMatch(/u5/);
    const basi = await put({ jawaban: koreksi, alasan: "salah ketik" }, '"versi-lama"');
    expect(basi.status).toBe(409);
    const ok = await put({ jawaban: koreksi, responden: { umur: 30 }, alasan: "salah ketik dari kertas" }, etag);
    expect(ok.status).toBe(200);
    const b = (await ok.json()) as Halaman["baris"][number];
    expect(b.jawaban.u1).toBe(3);
    expect(b.dikoreksiPada).not.toBeNull();
    // the old version is refused now
    expect((await put({ jawaban: koreksi, alasan: "lagi" }, etag)).status).toBe(409);
    const dikoreksi = [[3, ...BARIS[0]!.slice(1)], BARIS[1]!, BARIS[2]!];
    const h = await hasil();
    expect(h?.responden).toBe(3);
    expect(h?.unsur.map((u) => u.jumlah)).toEqual(BARIS[0]!.map((_, k) => jumlahKolom(dikoreksi, k)));
    const [a] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, satu.id), eq(auditLog.action, "koreksi")));
    expect(a?.alasan).toBe("salah ketik dari kertas");
    expect((a?.before as Record<string, number>).u1).toBe(1);
    expect((a?.after as Record<string, number>).u1).toBe(3);
  });

  it("voids an answer: it stays listed and audited, counts nowhere, and cannot be corrected", async () => {
    const rows = (await daftar()).body.baris;
    const penuh = rows.find((b) => b.jawaban.u1 === 4)!;
    const { etag } = await baca(penuh.id);
    const batal = (body: unknown, ifMatch: string) =>
      app.request(`${O}/responden/${penuh.id}/batal`, {
        method: "POST",
        headers: { ...petugas.headers, ...JSON_H, "if-match": ifMatch },
        body: JSON.stringify(body),
      });
    expect((await batal({ alasan: "" }, etag)).status).toBe(400);
    const ok = await batal({ alasan: "entri ganda dari kuesioner yang sama" }, etag);
    expect(ok.status).toBe(200);
    const h = await hasil();
    const sisa = [[3, ...BARIS[0]!.slice(1)], BARIS[2]!];
    expect(h?.responden).toBe(2);
    expect(h?.unsur.map((u) => u.jumlah)).toEqual(BARIS[0]!.map((_, k) => jumlahKolom(sisa, k)));
    const dibatalkan = await daftar("?status=batal");
    expect(dibatalkan.body.total).toBe(1);
    expect(dibatalkan.body.baris[0]).toMatchObject({
      id: penuh.id,
      alasanBatal: "entri ganda dari kuesioner yang sama",
    });
    expect((await daftar("?status=aktif")).body.total).toBe(2);
    expect((await daftar()).body.total).toBe(3);
    const [a] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, penuh.id), eq(auditLog.action, "batal")));
    expect(a?.alasan).toBe("entri ganda dari kuesioner yang sama");
    const lagi = await baca(penuh.id);
    const koreksi = await app.request(`${O}/responden/${penuh.id}`, {
      method: "PUT",
      headers: { ...petugas.headers, ...JSON_H, "if-match": lagi.etag },
      body: JSON.stringify({ jawaban: jawaban(BARIS[2]!), alasan: "coba" }),
    });
    expect(koreksi.status).toBe(409);
    expect(await koreksi.text()).toMatch(/dibatalkan/);
  });

  it("refuses both in a closed period (the demo's 2023, already the IKM indicator's realisasi)", async () => {
    const r = await app.request(`${O}/periode/2023/responden?ukuran=1`, { headers: petugas.headers });
    const id = ((await r.json()) as Halaman).baris[0]!.id;
    const res = await app.request(`${O}/responden/${id}/batal`, {
      method: "POST",
      headers: { ...petugas.headers, ...JSON_H },
      body: JSON.stringify({ alasan: "uji" }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await res.text()).toMatch(/ditutup/);
  });

  it("another OPD's officer cannot read or change the answer", async () => {
    const id = (await daftar()).body.baris[0]!.id;
    const r = await app.request(`${O}/responden/${id}`, { headers: petugasLain.headers });
    expect(r.status).toBe(403);
  });
});

describe("renaming a layanan", () => {
  it("renames with If-Match (audited); the answers stay with the layanan", async () => {
    const g = await app.request(`${O}/layanan/${LAYANAN}`, { headers: petugas.headers });
    const etag = g.headers.get("etag");
    expect(etag).toBeTruthy();
    const put = (nama: string, ifMatch: string) =>
      app.request(`${O}/layanan/${LAYANAN}`, {
        method: "PUT",
        headers: { ...petugas.headers, ...JSON_H, "if-match": ifMatch },
        body: JSON.stringify({ nama }),
      });
    const ok = await put("Pelayanan Koreksi (nama baru)", etag!);
    expect(ok.status).toBe(200);
    expect((await put("Nama lain", etag!)).status).toBe(409);
    const l = (await (await app.request(`${O}/layanan/${LAYANAN}`, { headers: petugas.headers })).json()) as {
      nama: string;
    };
    expect(l.nama).toBe("Pelayanan Koreksi (nama baru)");
    expect((await daftar(`?layanan=${LAYANAN}`)).body.total).toBe(3);
    expect((await hasil())?.responden).toBe(2);
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "skm_layanan"), eq(auditLog.action, "ubah")));
    expect(audit.some((a) => (a.after as { nama?: string }).nama === "Pelayanan Koreksi (nama baru)")).toBe(true);
  });
});
