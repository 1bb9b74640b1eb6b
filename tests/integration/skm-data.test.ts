/**
 * SKM data (issue 12): the demo's 96 respondents of 2023 as rows → IKM 80,50 B (1/9: 80,58), the IKM indicator of
 * Sei Balai 2023 shows it with the trace to the period; import of the same 96 rows from a CSV into a fresh period
 * gives the same; the public intake (201, replay 200 same body, bad input 4xx with nothing stored, burst exact).
 * NOTE: SEED 1817-1845 (Lampiran: 96 responden, Σ per unsur via NRR tertimbang, IKM 80,503906 → 80,50, mutu B);
 * regulations.md §0 (1/9 → 80,58), §1.3–§1.5.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { BOBOT_IKM_SEPERSEMBILAN, hitungIkm } from "../../src/domain/ikm";
import { loadDemo } from "../../src/demo/load-demo";
import { seiBalai } from "../../src/demo/data/sei-balai";
import { bacaPengukuran } from "../../src/services/pengukuran/baca-pengukuran";
import { hasilSkmOpd } from "../../src/services/skm/hasil";
import { konfirmasiImporSkm, pratinjauImporSkm } from "../../src/services/skm/entri";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm, tutupPeriodeSkm } from "../../src/services/skm/periode";
import { barisDariJumlah } from "../../src/domain/skm";
import { tanggalWib } from "../../src/services/skm/umum";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let petugas: SignedIn;
const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/skm";
const PUBLIK = "/api/v1/publik/skm/batu-bara/sei-balai";
const JUMLAH = Object.fromEntries(seiBalai.skm2023.unsur.map((u) => [u.kode, u.jumlahNilai]));
const JAWABAN = { u1: 3, u2: 3, u3: 4, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 };

beforeAll(async () => {
  t = await openDemoDatabase();
  // SKM_RATE_LIMIT = 0 (off), as for a counter kiosk: the burst below comes from one address
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: "silent" }),
    version: "0",
    auth: { rahasia: "s".repeat(40) },
    skmPublik: { batasPerMenit: 0 },
  });
  petugas = await createUserAndSignIn(app, t.ctx, { peran: "petugas_skm", pemdaSlug: "batu-bara", opdSlug: L.opd });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function kirim(body: unknown, path = PUBLIK) {
  const res = await app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function jumlahResponden(periode: string): Promise<number> {
  const h = await hasilSkmOpd(t.ctx, L, periode);
  return h.total?.responden ?? 0;
}

describe("demo: 96 rows of 2023 → IKM 80,50 B and the indicator", () => {
  it("computes IKM 80,50 mutu B from the stored rows (Σ per unsur = the published sums)", async () => {
    const r = await app.request(`${O}/periode/2023/hasil`, { headers: petugas.headers });
    expect(r.status).toBe(200);
    const h = (await r.json()) as Awaited<ReturnType<typeof hasilSkmOpd>>;
    expect(h.periode.status).toBe("ditutup");
    expect(h.total?.responden).toBe(96);
    expect(h.total?.ikm).toMatchObject({ nilai: "80.50", tampil: "80,50", rinci: "80.503906" });
    expect(h.total?.mutu.mutu).toBe("B");
    expect(h.total?.unsur.map((u) => u.jumlah)).toEqual(Object.values(JUMLAH));
    // lowest NRR: u1 Persyaratan 288/96 = 3,00 (SEED 1836)
    expect(h.total?.unsurTerlemah.kode).toBe("u1");
  });

  it("the same rows with bobot 1/9 give 80,58 (regulations.md §0)", () => {
    const rows = barisDariJumlah({ responden: 96, jumlah: JUMLAH as never });
    expect(hitungIkm({ jenis: "responden", responden: rows }, { bobot: BOBOT_IKM_SEPERSEMBILAN }).ikmTampil).toBe(
      "80.58",
    );
  });

  it("the IKM indicator of Sei Balai 2023 shows 80,50 with the trace to period 2023", async () => {
    const p = await bacaPengukuran(t.ctx, L, 2023);
    const ikm = p.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === "ikm")!;
    expect(ikm.realisasi).toMatchObject({ nilai: "80.50", asal: "skm" });
    expect(ikm.realisasi?.keterangan).toContain("dari periode SKM 2023");
    expect(ikm.realisasi?.keterangan).toContain("80,503906 → 80,50");
  });

  it("loading the demo again changes nothing", async () => {
    await loadDemo(t.ctx);
    expect(await jumlahResponden("2023")).toBe(96);
  });
});

describe("import", () => {
  const csv = [
    "u1,u2,u3,u4,u5,u6,u7,u8,u9,jenis_kelamin,umur,saran",
    ...barisDariJumlah({ responden: 96, jumlah: JUMLAH as never }).map(
      (b, i) =>
        `${Object.values(b).join(",")},${i % 2 ? "P" : "L"},${20 + (i % 40)},${i === 0 ? "hubungi 081234567890" : ""}`,
    ),
  ].join("\n");
  const berkas = { nama: "skm.csv", isi: new TextEncoder().encode(csv) };

  it("preview → confirm of 96 CSV rows gives IKM 80,50 B; the closed period feeds the indicator", async () => {
    await simpanLayananSkm(t.ctx, L, "uji-impor", { nama: "Layanan uji impor" });
    await simpanPeriodeSkm(t.ctx, L, "impor-2030", { jenis: "tahun", mulai: "2030-01-01", selesai: "2030-12-31" });
    const lingkup = { ...L, periode: "impor-2030", layanan: "uji-impor" };
    const pra = await pratinjauImporSkm(t.ctx, { ...lingkup, berkas });
    expect(pra.responden).toBe(96);
    expect(pra.hasil?.ikm.tampil).toBe("80,50");
    expect(pra.contoh[0]?.saran).toBe("hubungi [nomor telepon]");
    expect(await jumlahResponden("impor-2030")).toBe(0);
    const k = await konfirmasiImporSkm(t.ctx, { ...lingkup, berkas, hashBerkas: pra.berkas.hash });
    expect(k).toMatchObject({ disimpan: 96, sudahAda: 0 });
    // the same file again stores nothing twice
    expect(await konfirmasiImporSkm(t.ctx, { ...lingkup, berkas })).toMatchObject({ disimpan: 0, sudahAda: 96 });
    const h = await hasilSkmOpd(t.ctx, L, "impor-2030");
    expect(h.total).toMatchObject({ responden: 96, ikm: { tampil: "80,50" }, mutu: { mutu: "B" } });
    expect(h.demografi.jenisKelamin).toEqual([
      { nilai: "L", jumlah: 48 },
      { nilai: "P", jumlah: 48 },
    ]);
    const tutup = await tutupPeriodeSkm(t.ctx, L, "impor-2030");
    expect(tutup).toMatchObject({ responden: 96, hasilSurvei: { kode: "skm-impor-2030" } });
  }, 120_000);

  it("a file with bad cells is refused naming row and column; nothing stored", async () => {
    await simpanPeriodeSkm(t.ctx, L, "impor-2031", { jenis: "tahun", mulai: "2031-01-01", selesai: "2031-12-31" });
    const buruk = "u1,u2,u3,u4,u5,u6,u7,u8,u9\n3,3,3,3,3,3,3,3,3\n3,5,3,3,3,3,3,3,3\n3,3,,3,3,3,3,3,x\n";
    const r = await pratinjauImporSkm(t.ctx, {
      ...L,
      periode: "impor-2031",
      layanan: "uji-impor",
      berkas: { nama: "buruk.csv", isi: new TextEncoder().encode(buruk) },
    }).catch((e: unknown) => e as { details: { errors: Array<{ baris: number; kolom: string; pesan: string }> } });
    const errors = (r as { details: { errors: Array<{ baris: number; kolom: string; pesan: string }> } }).details
      .errors;
    expect(errors.map((e) => [e.baris, e.kolom])).toEqual([
      [3, "u2"],
      [4, "u3"],
      [4, "u9"],
    ]);
    expect(errors[0]!.pesan).toMatch(/baris 3, kolom u2: .*"5" harus bilangan bulat 1–4/);
    expect(await jumlahResponden("impor-2031")).toBe(0);
  }, 120_000);
});

describe("public intake", () => {
  it("GET gives the questionnaire of the open period (nine unsur, id + en)", async () => {
    const r = await app.request(PUBLIK);
    expect(r.status).toBe(200);
    const k = (await r.json()) as { layanan: { kode: string }; unsur: Array<{ unsur: string; pilihanEn: string[] }> };
    expect(k.layanan.kode).toBe("sei-balai");
    expect(k.unsur.map((u) => u.unsur)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);
    expect(k.unsur[3]!.pilihanEn[3]).toBe("Free");
  });

  it("201 for a new answer, 200 with the same body for a replayed kunci, counted once", async () => {
    const periode = tanggalWib(t.ctx.now()).slice(0, 4);
    const sebelum = await jumlahResponden(periode);
    const body = { kunci: "uji-ulang-0001", jawaban: JAWABAN, responden: { jenisKelamin: "P", umur: 31 } };
    const a = await kirim(body);
    expect(a.status).toBe(201);
    const b = await kirim(body);
    expect(b.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(await jumlahResponden(periode)).toBe(sebelum + 1);
  });

  it.each([
    ["answer outside 1–4", { jawaban: { ...JAWABAN, u3: 5 } }, 400, /u3 .* harus bilangan bulat 1–4/],
    ["missing unsur", { jawaban: { ...JAWABAN, u9: undefined } }, 400, /u9 .* belum dijawab/],
    ["unknown unsur", { jawaban: { ...JAWABAN, u10: 1 } }, 400, /u10.{0,4} tidak dikenal/],
    ["over-long saran", { saran: "a".repeat(1001) }, 400, /saran terlalu panjang/],
    ["bad kunci", { kunci: "x" }, 400, /kunci/],
  ])("%s → %s, nothing stored", async (_n, ubah, status, pesan) => {
    const periode = tanggalWib(t.ctx.now()).slice(0, 4);
    const sebelum = await jumlahResponden(periode);
    const r = await kirim({ kunci: `uji-buruk-${Math.random().toString(36).slice(2)}`, jawaban: JAWABAN, ...ubah });
    expect(r.status).toBe(status);
    expect(JSON.stringify(r.body)).toMatch(pesan);
    expect(await jumlahResponden(periode)).toBe(sebelum);
  });

  it("unknown layanan → 404, closed period → 409 (Indonesian), nothing stored", async () => {
    const a = await kirim({ kunci: "uji-tak-ada-01", jawaban: JAWABAN }, "/api/v1/publik/skm/batu-bara/tidak-ada");
    expect(a.status).toBe(404);
    expect(String(a.body.detail ?? a.body.title)).toMatch(/tidak ditemukan/);
    // uji-impor's OPD has open period of this year too; a layanan of an OPD without an open period:
    await simpanLayananSkm(t.ctx, { pemda: "batu-bara", opd: "kecamatan-datuk-tanah-datar" }, "datuk-uji", {
      nama: "Uji",
    });
    const b = await kirim({ kunci: "uji-tutup-001", jawaban: JAWABAN }, "/api/v1/publik/skm/batu-bara/datuk-uji");
    expect(b.status).toBe(409);
    expect(String(b.body.detail ?? b.body.title)).toMatch(/tidak dibuka/);
    expect((await app.request("/api/v1/publik/skm/batu-bara/datuk-uji")).status).toBe(409);
  });

  it("a parallel burst of 200 submissions with repeated keys stores each key exactly once", async () => {
    const periode = tanggalWib(t.ctx.now()).slice(0, 4);
    const sebelum = await jumlahResponden(periode);
    const kunci = Array.from({ length: 200 }, (_, i) => `uji-burst-${String(i % 120).padStart(4, "0")}`);
    const hasil = await Promise.all(kunci.map((k) => kirim({ kunci: k, jawaban: JAWABAN, saluran: "kiosk" })));
    expect(hasil.every((h) => h.status === 201 || h.status === 200)).toBe(true);
    expect(hasil.filter((h) => h.status === 201)).toHaveLength(120);
    expect(await jumlahResponden(periode)).toBe(sebelum + 120);
  }, 180_000);
});
