/**
 * Pemda settings as data (issue 11, ADR 0019): a Pemda's time zone decides its calendar days and shown times, and its
 * IKM rule choice decides its IKM in the LKjIP and the measurement screen — only its own. Figures are derived with
 * the domain from the stored survey (LKjIP 2023 Kecamatan Sei Balai, Tabel 3.3), never typed here.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { BOBOT_IKM_0111, BOBOT_IKM_SEPERSEMBILAN, hitungIkm } from "../../src/domain/ikm";
import { tanggalDiZona, waktuDiZona } from "../../src/domain/pengaturan/zona-waktu";
import { indikatorTertaut } from "../../src/services/hasil/indikator-tertaut";
import { masukanSurvei } from "../../src/services/hasil/nilai-tertaut";
import { kumpulkanUntuk } from "../../src/services/laporan/kumpulkan-lkjip";
import { ubahProfilPemda } from "../../src/services/organisasi/profil-pemda";
import { simpanPemda } from "../../src/services/organisasi/simpan-pemda";
import { bacaPengaturanPemda } from "../../src/services/pengaturan/pengaturan-pemda";
import { hitungIkmTahun } from "../../src/reports/model/hitung/kinerja";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listHasilSurvei } from "../../src/storage/repositories/hasil-tertaut-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

pasangPenyaji();

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let operator: SignedIn;
const P = "/api/v1/pemda/batu-bara";

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: process.env.LOG_UJI ?? "silent" }),
    version: "0",
    auth: { rahasia: "d".repeat(40) },
  });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function minta(as: SignedIn, method: string, path: string, body?: unknown, versi?: string) {
  const res = await app.request(path, {
    method,
    headers: {
      ...as.headers,
      ...(versi ? { "if-match": `"${versi}"` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const teks = await res.text();
  return {
    status: res.status,
    etag: res.headers.get("etag"),
    teks,
    body: teks.startsWith("{") ? JSON.parse(teks) : null,
  };
}
const pemdaId = async (slug: string) => (await listPemda(t.ctx.db)).find((p) => p.slug === slug)!.id;

describe("the demo Pemda keeps the seed's choices", () => {
  it("is in WIB with no explicit rule choice: IKM bobot 0,111 as printed", async () => {
    const r = await minta(operator, "GET", `${P}/pengaturan`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ zonaWaktu: "Asia/Jakarta", singkatanZona: "WIB", aturan: {} });
    expect(
      r.body.pilihan.find((x: { area: string }) => x.area === "ikm").versi.map((v: { id: string }) => v.id),
    ).toEqual([BOBOT_IKM_0111.id, BOBOT_IKM_SEPERSEMBILAN.id]);
    const p = await bacaPengaturanPemda(t.ctx.db, await pemdaId("batu-bara"));
    expect(p.aturan("ikm", 2023).id).toBe(BOBOT_IKM_0111.id);
    expect(p.aturan("predikat-akip", 2023).id).toBe("predikat-akip-88-2021");
  });
});

describe("changing the settings (admin, audited, versioned)", () => {
  it("refuses an unknown zone or version naming the field; a stale If-Match gets 409; operators cannot", async () => {
    const awal = await minta(admin, "GET", `${P}/pengaturan`);
    const versi = awal.etag!.replace(/"/g, "");
    const salah = await minta(admin, "PUT", `${P}/pengaturan`, { aturan: { ikm: "bobot-0-2" } }, versi);
    expect(salah.status).toBe(400);
    expect(salah.teks).toContain("aturan.ikm");
    expect((await minta(admin, "PUT", `${P}/pengaturan`, { zonaWaktu: "Asia/Tokyo" }, versi)).status).toBe(400);
    expect((await minta(operator, "PUT", `${P}/pengaturan`, { zonaWaktu: "Asia/Makassar" })).status).toBe(403);

    const audit = async () =>
      (await listAudit(t.ctx.db, { pemdaId: null, entity: "pemda_pengaturan", limit: 100 })).length;
    const sebelum = await audit();
    const ubah = await minta(admin, "PUT", `${P}/pengaturan`, { zonaWaktu: "Asia/Makassar" }, versi);
    expect(ubah.status).toBe(200);
    expect(ubah.body.pengaturan.singkatanZona).toBe("WITA");
    expect(await audit()).toBe(sebelum + 1);
    const basi = await minta(admin, "PUT", `${P}/pengaturan`, { zonaWaktu: "Asia/Jayapura" }, versi);
    expect(basi.status).toBe(409);
    expect(basi.body.terkini.zonaWaktu).toBe("Asia/Makassar");
    expect(await audit()).toBe(sebelum + 1);
    // back to WIB for the other tests
    expect((await minta(admin, "PUT", `${P}/pengaturan`, { zonaWaktu: "Asia/Jakarta" }, ubah.body.versi)).status).toBe(
      200,
    );
  });
});

describe("a Pemda created in WITA", () => {
  it("has its calendar day and audit times in WITA (CLI/service creation with a zone)", async () => {
    const sistem = { ...t.ctx, now: () => new Date("2024-03-01T16:30:00Z") }; // 00:30 WITA on 2 March, 23:30 WIB on 1 March
    await simpanPemda(sistem, {
      slug: "kota-wita",
      nama: "Kota Uji Wita",
      jenis: "kota",
      provinsi: "Sulawesi Selatan",
      pengaturan: { zonaWaktu: "Asia/Makassar" },
    });
    const wita = await pemdaId("kota-wita");
    expect((await bacaPengaturanPemda(t.ctx.db, wita)).zonaWaktu).toBe("Asia/Makassar");
    // a new Kepala Daerah starts "today": the Pemda's day, not the server's or WIB's
    for (const nama of ["Andi Lama", "Andi Wita"]) {
      await ubahProfilPemda(sistem, "kota-wita", {
        nama: "Kota Uji Wita",
        provinsi: "Sulawesi Selatan",
        kepalaDaerah: { nama },
      });
    }
    await ubahProfilPemda(sistem, "batu-bara", {
      nama: "Kabupaten Batu Bara",
      provinsi: "Sumatera Utara",
      kepalaDaerah: { nama: "Budi Wib" },
    });
    const mulai = async (id: string, nama: string) =>
      (await listPejabat(t.ctx.db, id, null)).find((p) => p.nama === nama)!.mulai;
    expect(await mulai(wita, "Andi Wita")).toBe(tanggalDiZona(sistem.now(), "Asia/Makassar"));
    expect(await mulai(wita, "Andi Wita")).toBe("2024-03-02");
    expect(await mulai(await pemdaId("batu-bara"), "Budi Wib")).toBe("2024-03-01");
    expect((await listPejabat(t.ctx.db, wita, null)).find((p) => p.nama === "Andi Lama")!.selesai).toBe("2024-03-01");

    // audit: the page names WITA and the export shows UTC+8 wall-clock times
    const adminWita = await createUserAndSignIn(app, t.ctx, {
      peran: "admin_pemda",
      pemdaSlug: "kota-wita",
      opdSlug: null,
    });
    const halaman = await minta(adminWita, "GET", "/api/v1/pemda/kota-wita/audit?limit=5");
    expect(halaman.status).toBe(200);
    expect(halaman.body).toMatchObject({ zonaWaktu: "Asia/Makassar", singkatanZona: "WITA" });
    const entri = halaman.body.entri[0] as { at: string };
    const csv = await minta(adminWita, "GET", "/api/v1/pemda/kota-wita/audit/ekspor?format=csv");
    expect(csv.teks).toContain("Waktu (WITA)");
    expect(csv.teks).toContain(waktuDiZona(new Date(entri.at), "Asia/Makassar"));
    // the date filter reads days in WITA: the entry's own WITA day finds it
    const hari = tanggalDiZona(new Date(entri.at), "Asia/Makassar");
    const saring = await minta(adminWita, "GET", `/api/v1/pemda/kota-wita/audit?dari=${hari}&sampai=${hari}`);
    expect((saring.body.entri as Array<{ id: number }>).map((e) => e.id)).toContain(
      (halaman.body.entri[0] as { id: number }).id,
    );
    // the demo Pemda's page stays in WIB
    expect((await minta(admin, "GET", `${P}/audit?limit=1`)).body).toMatchObject({ singkatanZona: "WIB" });
  }, 120_000);
});

describe("a Pemda's IKM rule changes its IKM and nowhere else", () => {
  it("0,111 vs 1/9: the LKjIP IKM and the measured realisasi follow the Pemda's choice; another Pemda's does not", async () => {
    const bb = await pemdaId("batu-bara");
    const opd = (await listOpd(t.ctx.db, bb)).find((o) => o.slug === "kecamatan-sei-balai")!;
    const survei = (await listHasilSurvei(t.ctx.db, [opd.id])).find((s) => s.tahun === 2023)!;
    const ikm0111 = hitungIkm(masukanSurvei(survei), { bobot: BOBOT_IKM_0111 }).ikmTampil;
    const ikm19 = hitungIkm(masukanSurvei(survei), { bobot: BOBOT_IKM_SEPERSEMBILAN }).ikmTampil;
    expect(ikm19).not.toBe(ikm0111);
    const ikmLkjip = async (pemda: string) =>
      hitungIkmTahun(await kumpulkanUntuk(t.ctx.db, { pemdaId: pemda, opdId: opd.id, opd }, 2023), 2023)!.ikmTampil;
    const ikmDiukur = async () => {
      const d = (await minta(operator, "GET", `${P}/opd/kecamatan-sei-balai/pengukuran/2023`)).teks;
      return d;
    };
    const ind = (await indikatorTertaut(t.ctx.db, bb, opd.id, "ikm"))!;
    expect(ind).toBeDefined();

    expect(await ikmLkjip(bb)).toBe(ikm0111);
    const sebelumDiukur = await ikmDiukur();
    expect(sebelumDiukur).toContain(`"${ikm0111}"`);

    const g = await minta(admin, "GET", `${P}/pengaturan`);
    const u = await minta(
      admin,
      "PUT",
      `${P}/pengaturan`,
      { aturan: { ikm: BOBOT_IKM_SEPERSEMBILAN.id } },
      g.etag!.replace(/"/g, ""),
    );
    expect(u.status).toBe(200);
    expect(await ikmLkjip(bb)).toBe(ikm19);
    expect(await ikmDiukur()).toContain(`"${ikm19}"`);
    // the same survey read under another Pemda's settings (kota-wita: no choice) keeps 0,111
    expect(await ikmLkjip(await pemdaId("kota-wita"))).toBe(ikm0111);
    expect((await bacaPengaturanPemda(t.ctx.db, await pemdaId("kota-wita"))).aturan("ikm", 2023).id).toBe(
      BOBOT_IKM_0111.id,
    );
    // the document states the rule it used
    const unduh = await minta(admin, "GET", `${P}/opd/kecamatan-sei-balai/laporan/2023/unduh?format=html`);
    const html = unduh.teks;
    expect(unduh.status, html.slice(0, 500)).toBe(200);
    expect(html).toContain("bobot 1/9 per unsur");

    // back to the seed's choice
    const g2 = await minta(admin, "GET", `${P}/pengaturan`);
    expect(
      (await minta(admin, "PUT", `${P}/pengaturan`, { aturan: { ikm: null } }, g2.etag!.replace(/"/g, ""))).status,
    ).toBe(200);
    expect(await ikmLkjip(bb)).toBe(ikm0111);
  }, 180_000);
});
