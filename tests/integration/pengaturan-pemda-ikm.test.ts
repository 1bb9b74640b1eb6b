/**
 * Issue 11 acceptance (b): changing a Pemda's IKM rule (0,111 → 1/9, the admin's PUT …/pengaturan) changes its IKM
 * on the results API (list and one survey), the monitoring of every OPD and the measured realisasi — and another
 * Pemda reading the same survey keeps 0,111. Expected figures come from the domain's hitungIkm on the stored survey.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { BOBOT_IKM_0111, BOBOT_IKM_SEPERSEMBILAN, hitungIkm } from "../../src/domain/ikm";
import { masukanSurvei } from "../../src/services/hasil/nilai-tertaut";
import { kumpulkanUntuk } from "../../src/services/laporan/kumpulkan-lkjip";
import { simpanPemda } from "../../src/services/organisasi/simpan-pemda";
import { hitungIkmTahun } from "../../src/reports/model/hitung/kinerja";
import { listHasilSurvei } from "../../src/storage/repositories/hasil-tertaut-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
const P = "/api/v1/pemda/batu-bara";
const O = `${P}/opd/kecamatan-sei-balai`;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "e".repeat(40) } });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  await simpanPemda(t.ctx, { slug: "kab-b", nama: "Kabupaten B", jenis: "kabupaten", provinsi: "P" });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function get(path: string) {
  const res = await app.request(path, { headers: admin.headers });
  expect(res.status, path).toBe(200);
  return { body: (await res.json()) as never, etag: (res.headers.get("etag") ?? "").replace(/"/g, "") };
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

    await ubahIkm(BOBOT_IKM_SEPERSEMBILAN.id);
    try {
      const sesudah = await ikmDiLayar(survei.kode);
      expect(sesudah).toMatchObject({ daftar: ikm19, satu: ikm19, monitoring: ikm19, metode: h19.metode.id });
      expect(sesudah.diukur).toContain(`"${ikm19}"`);
      expect(sesudah.diukur).not.toContain(`"${ikm0111}"`);
      // another Pemda reading the same survey keeps its own (default) rule
      expect(await ikmLkjipB()).toBe(ikm0111);
    } finally {
      await ubahIkm(null);
    }
    expect(await ikmDiLayar(survei.kode)).toMatchObject({ daftar: ikm0111, monitoring: ikm0111 });
  }, 240_000);
});
