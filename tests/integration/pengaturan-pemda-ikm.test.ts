/**
 * Issue 11 acceptance (b): changing a Pemda's IKM rule (0,111 → 1/9, the admin's PUT …/pengaturan) changes its IKM
 * on the results API (list and one survey), the monitoring of every OPD, the measured realisasi, the Laporan SKM
 * document (DOCX) and the public portal (/p/…, once published again: a publication freezes its figures, ADR 0029) —
 * and another Pemda keeps 0,111: reading the same survey, and its own SKM period with the same answers in its
 * Laporan SKM and on its portal page. Expected figures come from the domain's hitungIkm on the stored survey (the
 * demo's SKM period 2023 has rows built to the same Σ per unsur, src/demo/muat-skm.ts).
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { barisDariJumlah } from "../../src/domain/skm";
import { simpanEntriKertas } from "../../src/services/skm/entri";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { JUMLAH_SEI_BALAI_2023 } from "../fixtures/skm-dokumen";
import { bukaZip } from "../support/laporan";
import { BOBOT_IKM_0111, BOBOT_IKM_SEPERSEMBILAN, hitungIkm } from "../../src/domain/ikm";
import { masukanSurvei } from "../../src/services/hasil/nilai-tertaut";
import { kumpulkanUntuk } from "../../src/services/laporan/kumpulkan-lkjip";
import { hitungIkmTahun } from "../../src/reports/model/hitung/kinerja";
import { listHasilSurvei } from "../../src/storage/repositories/hasil-tertaut-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let pimpinan: SignedIn;
let pimpinanB: SignedIn;
const P = "/api/v1/pemda/batu-bara";
const O = `${P}/opd/kecamatan-sei-balai`;
const B = { pemda: "kab-b", opd: "kec-b" };
const OB = `/api/v1/pemda/${B.pemda}/opd/${B.opd}`;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "e".repeat(40) } });
  pasangPenyaji(); // the Laporan SKM DOCX
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  pimpinan = await createUserAndSignIn(app, t.ctx, {
    peran: "pimpinan_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  // Pemda B: one OPD whose SKM period 2023 has 96 answers with Sei Balai's Σ per unsur
  await createPemdaWithOpd(t.ctx, B.pemda, [B.opd]);
  pimpinanB = await createUserAndSignIn(app, t.ctx, { peran: "pimpinan_opd", pemdaSlug: B.pemda, opdSlug: B.opd });
  await simpanLayananSkm(t.ctx, B, "layanan-b", { nama: "Pelayanan Umum B" });
  await simpanPeriodeSkm(t.ctx, B, "2023", { jenis: "tahun", mulai: "2023-01-01", selesai: "2023-12-31" });
  const baris = barisDariJumlah({ responden: 96, jumlah: { ...JUMLAH_SEI_BALAI_2023 } });
  await simpanEntriKertas(
    t.ctx,
    { ...B, periode: "2023", layanan: "layanan-b" },
    baris.map((jawaban) => ({ jawaban, responden: { jenisKelamin: "P", umur: 35 } })),
  );
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function get(path: string) {
  const res = await app.request(path, { headers: admin.headers });
  expect(res.status, path).toBe(200);
  return { body: (await res.json()) as never, etag: (res.headers.get("etag") ?? "").replace(/"/g, "") };
}

/** "80.50" → "80,50" (id-ID, as the documents and the portal print it). */
const id = (x: string) => x.replace(".", ",");

/** The IKM sentence of a Laporan SKM DOCX (bab III: "… sebesar 80,50 (mutu B, Baik) …"). */
async function ikmLaporanSkm(opd: string, as: SignedIn): Promise<string> {
  const res = await app.request(`${opd}/skm/periode/2023/laporan?format=docx`, { headers: as.headers });
  expect(res.status).toBe(200);
  const xml = bukaZip(Buffer.from(await res.arrayBuffer()))
    .get("word/document.xml")!
    .toString("utf8");
  const teks = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
  const m = /(\d+,\d{2}) \(mutu [A-D]/.exec(teks);
  expect(m, "IKM (mutu …) in the Laporan SKM").not.toBeNull();
  return m![1]!;
}

/** Publishes the SKM result 2023 of an OPD and reads the IKM its public portal page shows (no sign-in). */
async function ikmPortal(pemda: string, opd: string, as: SignedIn, terbitkan = true): Promise<string> {
  if (terbitkan) {
    const res = await app.request(`/api/v1/pemda/${pemda}/opd/${opd}/publikasi/2023/skm`, {
      method: "PUT",
      headers: as.headers,
    });
    expect(res.status).toBe(200);
  }
  const html = await (await app.request(`/p/${pemda}/${opd}/2023`)).text();
  const m = /<dt>IKM<\/dt><dd>([^<]+)<\/dd>/.exec(html);
  expect(m, `IKM on /p/${pemda}/${opd}/2023`).not.toBeNull();
  return m![1]!;
}

async function ubahIkm(id: string | null) {
  const { etag } = await get(`${P}/pengaturan`);
  const res = await app.request(`${P}/pengaturan`, {
    method: "PUT",
    headers: { ...admin.headers, "content-type": "application/json", "if-match": `"${etag}"` },
    body: JSON.stringify({ aturan: { ikm: id } }),
  });
  expect(res.status).toBe(200);
}

/** The IKM of Sei Balai 2023 on every route that shows it. */
async function ikmDiLayar(kode: string) {
  const daftar = (await get(`${O}/hasil-survei`)).body as Array<{ kode: string; ikm: { nilai: string } }>;
  const satu = (await get(`${O}/hasil-survei/${kode}`)).body as { hitung: { ikm: { nilai: string }; metode: string } };
  const mon = (await get(`${P}/monitoring/2023`)).body as {
    baris: Array<{ opd: { slug: string }; ikm: { nilai: { nilai: string } } | null }>;
  };
  const diukur = JSON.stringify((await get(`${O}/pengukuran/2023`)).body);
  return {
    daftar: daftar.find((d) => d.kode === kode)!.ikm.nilai,
    satu: satu.hitung.ikm.nilai,
    metode: satu.hitung.metode,
    monitoring: mon.baris.find((b) => b.opd.slug === "kecamatan-sei-balai")!.ikm!.nilai.nilai,
    diukur,
  };
}

describe("a Pemda's IKM rule changes its IKM on every screen, and nowhere else", () => {
  it("0,111 → 1/9 → back", async () => {
    const pemda = await listPemda(t.ctx.db);
    const bb = pemda.find((p) => p.slug === "batu-bara")!.id;
    const b = pemda.find((p) => p.slug === "kab-b")!.id;
    const opd = (await listOpd(t.ctx.db, bb)).find((o) => o.slug === "kecamatan-sei-balai")!;
    const survei = (await listHasilSurvei(t.ctx.db, [opd.id])).find((s) => s.tahun === 2023)!;
    const h0111 = hitungIkm(masukanSurvei(survei), { bobot: BOBOT_IKM_0111 });
    const h19 = hitungIkm(masukanSurvei(survei), { bobot: BOBOT_IKM_SEPERSEMBILAN });
    const [ikm0111, ikm19] = [h0111.ikmTampil, h19.ikmTampil];
    expect(ikm19).not.toBe(ikm0111);
    const ikmLkjipB = async () =>
      hitungIkmTahun(await kumpulkanUntuk(t.ctx.db, { pemdaId: b, opdId: opd.id, opd }, 2023), 2023)!.ikmTampil;

    const awal = await ikmDiLayar(survei.kode);
    expect(awal).toMatchObject({ daftar: ikm0111, satu: ikm0111, monitoring: ikm0111, metode: h0111.metode.id });
    expect(awal.diukur).toContain(`"${ikm0111}"`);
    expect(await ikmLaporanSkm(O, admin)).toBe(id(ikm0111));
    expect(await ikmPortal("batu-bara", "kecamatan-sei-balai", pimpinan, false)).toBe(id(ikm0111)); // the demo's

    await ubahIkm(BOBOT_IKM_SEPERSEMBILAN.id);
    try {
      const sesudah = await ikmDiLayar(survei.kode);
      expect(sesudah).toMatchObject({ daftar: ikm19, satu: ikm19, monitoring: ikm19, metode: h19.metode.id });
      expect(sesudah.diukur).toContain(`"${ikm19}"`);
      expect(sesudah.diukur).not.toContain(`"${ikm0111}"`);
      // the Laporan SKM follows at once; the portal shows the frozen publication until it is published again
      expect(await ikmLaporanSkm(O, admin)).toBe(id(ikm19));
      expect(await ikmPortal("batu-bara", "kecamatan-sei-balai", pimpinan, false)).toBe(id(ikm0111));
      expect(await ikmPortal("batu-bara", "kecamatan-sei-balai", pimpinan)).toBe(id(ikm19));
      // another Pemda reading the same survey keeps its own (default) rule
      expect(await ikmLkjipB()).toBe(ikm0111);
      // … and its own SKM period with the same answers: its Laporan SKM and its portal page
      expect(await ikmLaporanSkm(OB, pimpinanB)).toBe(id(ikm0111));
      expect(await ikmPortal(B.pemda, B.opd, pimpinanB)).toBe(id(ikm0111));
    } finally {
      await ubahIkm(null);
    }
    expect(await ikmDiLayar(survei.kode)).toMatchObject({ daftar: ikm0111, monitoring: ikm0111 });
    expect(await ikmLaporanSkm(O, admin)).toBe(id(ikm0111));
    expect(await ikmPortal("batu-bara", "kecamatan-sei-balai", pimpinan)).toBe(id(ikm0111));
  }, 240_000);
});
