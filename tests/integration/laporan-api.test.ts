/**
 * The Laporan routes (issue 7) with real sessions on the demo: the summary, the HTML preview and the downloads
 * (content types, file names, the files themselves), the free texts and signatures (saved, audited, shown in the
 * document, refused for readers and other OPDs), and an edited generated paragraph that is flagged "angka berubah
 * sejak disunting" when the numbers it quoted change (issue 7, Narrative).
 */
import { and, asc, eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { demoDataset } from "../../src/demo/data";
import { simpanDesa } from "../../src/services/organisasi/simpan-desa";
import { auditLog } from "../../src/storage/schema";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { bukaZip } from "../support/laporan";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let viewer: SignedIn;
let operatorLain: SignedIn;
const SEI_BALAI = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const API = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/laporan/2023";

beforeAll(async () => {
  t = await openDemoDatabase();
  pasangPenyaji();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "l".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: SEI_BALAI.opd,
  });
  viewer = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
  operatorLain = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-datuk-tanah-datar",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function get(path: string, as: SignedIn = operator) {
  return app.request(path, { headers: as.headers });
}
async function kirim(method: string, path: string, body: unknown, as: SignedIn = operator) {
  return app.request(path, {
    method,
    headers: { ...as.headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}
async function ringkasan(as: SignedIn = operator) {
  const res = await get(API, as);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    bolehSunting: boolean;
    tabel: { id: string; nomor: string; judul: string }[];
    hilang: { kunci: string; modul: string }[];
    narasi: { kunci: string; status: string; angka: Record<string, string>; suntingan: unknown; berubah: unknown[] }[];
    peringatan: { kunci: string; pesan: string }[];
    pk: { kode: string; versi: string; pejabat: { nip: string | null } | null }[];
  };
}
async function pratinjau(): Promise<string> {
  const res = await get(`${API}/pratinjau`);
  expect(res.status).toBe(200);
  return res.text();
}

describe("summary, preview and downloads", () => {
  it("summarises the demo report: numbered tables, what is missing and where it is entered, the PK", async () => {
    const r = await ringkasan();
    expect(r.bolehSunting).toBe(true);
    expect(r.tabel.find((x) => x.id === "tabel-capaian")?.nomor).toBe("3.2");
    expect(r.hilang).toEqual([
      { kunci: "program-kegiatan:realisasi:2023", teks: expect.any(String), modul: "pengukuran" },
    ]);
    expect(r.narasi.length).toBeGreaterThan(25);
    expect(r.narasi.every((n) => n.status === "dihasilkan")).toBe(true);
    expect(r.pk).toHaveLength(7);
    expect(r.pk.map((p) => p.pejabat?.nip)).toContain("197206142008011001");
    expect((await ringkasan(viewer)).bolehSunting).toBe(false);
  });

  it("previews the report as one HTML page without scripts", async () => {
    const res = await get(`${API}/pratinjau`);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("Tabel 3.2");
    expect(html).toContain("94,71"); // capaian IKM 2023 (regulations.md §0)
    expect(html).not.toMatch(/<script/i);
  });

  // The first download starts the renderer's worker thread (tsx compiles the renderers there) and the others queue
  // behind it: over 30 s when a second `npm test` runs beside this one on 2 cores.
  it.each([
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"],
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"],
    ["pdf", "application/pdf", "%PDF"],
    ["html", "text/html; charset=utf-8", "<!doctype html>"],
  ])("downloads the LKjIP as %s", { timeout: 180_000 }, async (format, mime, awal) => {
    const res = await get(`${API}/unduh?format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(mime);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="LKjIP-2023-kecamatan-sei-balai.${format}"`,
    );
    const isi = Buffer.from(await res.arrayBuffer());
    expect(isi.subarray(0, awal.length).toString("latin1")).toBe(awal);
    expect(isi.length).toBeGreaterThan(20_000);
    if (format === "docx") expect(bukaZip(isi).get("word/document.xml")?.toString("utf8")).toContain("KATA PENGANTAR");
  });

  it("downloads the PK of one pejabat and version, and refuses a version that does not exist", async () => {
    const res = await get(`${API}/pk?format=docx&pejabat=19720614%20200801%201%20001&versi=perubahan`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="PK-2023-kecamatan-sei-balai-197206142008011001-perubahan.docx"',
    );
    const semua = await get(`${API}/pk?format=pdf`);
    expect(semua.status).toBe(200);
    expect(semua.headers.get("content-disposition")).toBe('attachment; filename="PK-2023-kecamatan-sei-balai.pdf"');
    const awal = await get(`${API}/pk?format=pdf&versi=awal`);
    expect(awal.status).toBe(404);
    expect(((await awal.json()) as { detail: string }).detail).toMatch(/\(versi awal\) tidak ditemukan/);
    expect((await get(`${API}/pk?format=pdf&pejabat=123`)).status).toBe(400);
    expect((await get(`${API}/unduh?format=odt`)).status).toBe(400);
  });

  it("answers 403 for another OPD's operator and 404 for an unknown OPD", async () => {
    expect((await get(API, operatorLain)).status).toBe(403);
    expect((await get(API.replace("kecamatan-sei-balai", "kecamatan-entah"))).status).toBe(404);
  });
});

describe("free texts and signatures", () => {
  it("lists the catalogue with the demo's texts and the signatures with their default signatory", async () => {
    const res = await get(`${API}/teks`);
    expect(res.status).toBe(200);
    const b = (await res.json()) as {
      teks: { kode: string; paragraf: string[]; bentuk: string; wajib: boolean }[];
      penandatangan: { dokumen: string; tempat: string | null; bawaanPejabatId: string | null }[];
      pejabat: { id: string; nama: string }[];
    };
    const kp = b.teks.find((x) => x.kode === "kata-pengantar")!;
    expect(kp.wajib).toBe(true);
    expect(kp.paragraf[0]).toMatch(/^Penyusunan Laporan Kinerja/); // SEED 16
    expect(b.teks.map((x) => x.kode)).toContain("sasaran:S1:pengantar");
    expect(b.penandatangan.map((p) => p.tempat)).toEqual(["Sei Balai", "Lima Puluh", "Mangkai Baru"]);
    expect(b.pejabat.map((p) => p.nama)).toContain("WALI WALA AZAHARI SAGALA, S.Pd, MH");
    expect(b.pejabat.map((p) => p.nama)).toContain("HASRUL IRFAN, S.Kom, MM"); // the Inspektur
  });

  it("saves a section (audited once), shows it in the document, and removing it brings the placeholder back", async () => {
    const url = `${API}/teks/kata-pengantar`;
    const isi = { paragraf: ["Puji syukur atas tersusunnya laporan ini.", "  "], butir: [], paragrafPenutup: [] };
    expect(await (await kirim("PUT", url, isi)).json()).toMatchObject({ diubah: true });
    expect(await (await kirim("PUT", url, isi)).json()).toMatchObject({ diubah: false });
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "laporan_teks"), eq(auditLog.entityId, "2023/kata-pengantar")))
      .orderBy(asc(auditLog.id)); // no ORDER BY = no order on PostgreSQL
    expect(audit.map((a) => [a.action, a.actorNama])).toEqual([
      ["buat", "sistem"],
      ["ubah", operator.aktor.nama],
    ]);
    expect(await pratinjau()).toContain("Puji syukur atas tersusunnya laporan ini.");
    expect(await (await kirim("PUT", url, { paragraf: [] })).json()).toMatchObject({ diubah: true });
    expect((await ringkasan()).hilang.map((h) => [h.kunci, h.modul])).toContainEqual([
      "teks:kata-pengantar",
      "laporan",
    ]);
    expect(await pratinjau()).toContain("[Data belum tersedia: kata pengantar]");
  });

  it.each([
    ["an unknown section", "teks/bab-9", { paragraf: ["x"] }, /tidak dikenal/],
    [
      "a label the section does not have",
      "teks/batas-wilayah",
      { butir: [{ label: "tenggara", teks: "x" }] },
      /tenggara/,
    ],
    ["a date that does not exist", "penandatangan/lkjip", { tempat: "X", tanggal: "2024-02-30" }, /bukan tanggal/],
    [
      "an unknown pejabat",
      "penandatangan/lkjip",
      { tempat: "X", tanggal: "2024-02-18", pejabatId: "00000000-0000-4000-8000-000000000000" },
      /tidak ditemukan/,
    ],
  ])("refuses %s with 400", async (_, path, body, pesan) => {
    const res = await kirim("PUT", `${API}/${path}`, body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(pesan);
  });

  it("refuses writes of a reader (403) and of another OPD's operator (403)", async () => {
    expect((await kirim("PUT", `${API}/teks/kesimpulan`, { paragraf: ["x"] }, viewer)).status).toBe(403);
    expect((await kirim("PUT", `${API}/teks/kesimpulan`, { paragraf: ["x"] }, operatorLain)).status).toBe(403);
    expect((await kirim("PUT", `${API}/narasi/bab1.wilayah`, { teks: "x" }, viewer)).status).toBe(403);
  });

  it("prints the signing place and date chosen", async () => {
    const res = await kirim("PUT", `${API}/penandatangan/lkjip`, { tempat: "Lima Puluh", tanggal: "2024-03-01" });
    expect(await res.json()).toMatchObject({ diubah: true });
    expect(await pratinjau()).toContain("Lima Puluh, 1 Maret 2024");
  });
});

describe("an edited generated paragraph", () => {
  const KUNCI = "bab1.wilayah";
  const teks = "Kecamatan Sei Balai seluas 9.286,9 Ha terdiri atas 14 desa.";
  const desa = (ubahLuas: string | null) =>
    demoDataset.seiBalai.profilWilayah.desa.map((x, i) => ({
      nomor: x.nomor,
      nama: x.nama,
      luasHa: i === 0 && ubahLuas ? ubahLuas : x.luasHa,
      dusun: x.dusun,
      kk: x.kk,
      pendudukL: x.pendudukL,
      pendudukP: x.pendudukP,
      perkebunanHa: x.lahan.perkebunanHa,
      pertanianHa: x.lahan.pertanianHa,
      perumahanHa: x.lahan.perumahanHa,
      sumber: x.sumber,
    }));
  const narasi = async () => (await ringkasan()).narasi.find((n) => n.kunci === KUNCI)!;

  it("is saved with the numbers it quotes and printed instead of the generated text", async () => {
    const res = await kirim("PUT", `${API}/narasi/${KUNCI}`, { teks });
    expect(await res.json()).toMatchObject({ diubah: true, angka: { jumlahDesa: "14", luasHa: "9.286,9" } });
    const n = await narasi();
    expect(n.status).toBe("disunting");
    expect(n.suntingan).toMatchObject({ teks, angka: { jumlahDesa: "14", luasHa: "9.286,9" } });
    const html = await pratinjau();
    expect(html).toContain(teks);
    expect(html).toContain('data-narasi="bab1.wilayah" data-status="disunting"');
  });

  it('is flagged "angka berubah sejak disunting" when the data it quotes changes', async () => {
    await simpanDesa(t.ctx, SEI_BALAI, desa("200")); // Desa Sei Balai 100 → 200 Ha (SEED 160: 100 Ha)
    const n = await narasi();
    expect(n.status).toBe("disunting-basi");
    expect(n.berubah).toEqual([{ nama: "luasHa", lama: "9.286,9", baru: "9.386,9" }]);
    expect((await ringkasan()).peringatan.map((p) => p.kunci)).toEqual([KUNCI]);
    expect(await pratinjau()).toContain("angka berubah sejak disunting");
  });

  it("saving it again takes the current numbers; removing the edit brings the generated text back", async () => {
    await kirim("PUT", `${API}/narasi/${KUNCI}`, { teks });
    expect((await narasi()).status).toBe("disunting");
    expect(
      await (await app.request(`${API}/narasi/${KUNCI}`, { method: "DELETE", headers: operator.headers })).json(),
    ).toMatchObject({
      diubah: true,
    });
    expect((await narasi()).status).toBe("dihasilkan");
    await simpanDesa(t.ctx, SEI_BALAI, desa(null));
    expect(await pratinjau()).toContain("luas wilayah Kecamatan Sei Balai adalah 9.286,9 Ha");
  });

  it("refuses a paragraph the report does not have (404) and an empty text (400)", async () => {
    expect((await kirim("PUT", `${API}/narasi/bab9.tidak-ada`, { teks: "x" })).status).toBe(404);
    expect((await kirim("PUT", `${API}/narasi/${KUNCI}`, { teks: " " })).status).toBe(400);
  });
});
