/**
 * Monitoring of every OPD (issue 15): the admin sees all 38 OPDs of the demo Pemda (the Inspektorat's recap,
 * src/demo/data/opd-list.ts) with a state per module; a submission shows as "diajukan"; the values agree
 * with the module's own routes (AKIP recap, survey result); filters, ranking and the XLSX export; Pemda-level roles only.
 */
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { MODUL_MONITORING } from "../../src/domain/monitoring";
import { opdList } from "../../src/demo/data/opd-list";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

const M = "/api/v1/pemda/batu-bara/monitoring";
const SEI = "kecamatan-sei-balai";
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let operator: SignedIn;
let viewer: SignedIn;

interface Angka {
  nilai: string;
  tampil: string;
}
interface Baris {
  opd: { slug: string; nama: string; jenis: string };
  modul: Array<{ modul: string; tahap: string; label: string }>;
  iku: { jumlah: number; terukur: number; rataCapaian: Angka | null };
  anggaran: { pagu: Angka | null; realisasi: Angka | null; serapan: Angka | null };
  ikm: { nilai: Angka; mutu: string } | null;
  akip: { nilai: Angka; predikat: string } | null;
  peringkat: number | null;
}
interface Monitoring {
  tahun: number;
  jumlahOpd: number;
  tahunBerdata: number[];
  urut: string;
  ringkasan: Array<{ modul: string; jumlah: Record<string, number> }>;
  baris: Baris[];
}

async function baca(q = "", who: SignedIn = admin, tahun = 2023): Promise<Monitoring> {
  const r = await app.request(`${M}/${tahun}${q}`, { headers: who.headers });
  expect(r.status, await r.clone().text()).toBe(200);
  return (await r.json()) as Monitoring;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "q".repeat(40) } });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", pemdaSlug: "batu-bara", opdSlug: SEI });
  viewer = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe("monitoring", () => {
  it("lists every OPD of the demo Pemda with a state for each module", async () => {
    const m = await baca();
    expect(m.jumlahOpd).toBe(opdList.length);
    expect(m.baris).toHaveLength(opdList.length);
    for (const b of m.baris) expect(b.modul.map((s) => s.modul)).toEqual([...MODUL_MONITORING]);
    for (const r of m.ringkasan) {
      expect(Object.values(r.jumlah).reduce((a, b) => a + b, 0)).toBe(opdList.length);
    }
  }, 120_000);

  it("agrees with the AKIP recap and the serapan formula for Sei Balai", async () => {
    const m = await baca();
    const sei = m.baris.find((b) => b.opd.slug === SEI)!;
    const rekap = (await (
      await app.request("/api/v1/pemda/batu-bara/lke-rekap/2023", { headers: admin.headers })
    ).json()) as { baris: Array<{ opd: { slug: string }; total: Angka; predikat: { kode: string } }> };
    const r = rekap.baris.find((b) => b.opd.slug === SEI)!;
    expect(sei.akip?.nilai).toEqual(r.total);
    expect(sei.akip?.predikat).toBe(r.predikat.kode);
    // every OPD in the recap has its Nilai AKIP here
    expect(m.baris.filter((b) => b.akip).length).toBe(rekap.baris.length);
    if (sei.anggaran.pagu && sei.anggaran.realisasi && sei.anggaran.serapan) {
      // regulations.md §4: serapan = realisasi / anggaran × 100 (2 dp)
      const s = (Number(sei.anggaran.realisasi.nilai) / Number(sei.anggaran.pagu.nilai)) * 100;
      expect(Math.abs(Number(sei.anggaran.serapan.nilai) - s)).toBeLessThan(0.006);
    }
    expect(sei.iku.jumlah).toBeGreaterThan(0);
  }, 120_000);

  it("ranks by the chosen value, competition style, and filters", async () => {
    for (const urut of ["akip", "capaian", "serapan", "ikm"]) {
      const m = await baca(`?urut=${urut}`);
      expect(m.urut).toBe(urut);
      const ranked = m.baris.filter((b) => b.peringkat !== null);
      for (let i = 1; i < ranked.length; i++)
        expect(ranked[i]!.peringkat!).toBeGreaterThanOrEqual(ranked[i - 1]!.peringkat!);
    }
    const kec = await baca("?jenis=kecamatan");
    expect(kec.baris.length).toBe(opdList.filter((o) => o.jenis === "kecamatan").length);
    const cari = await baca("?cari=sei%20balai");
    expect(cari.baris.map((b) => b.opd.slug)).toEqual([SEI]);
  }, 120_000);

  it("names the years with data, newest first, so the page can leave an empty working year", async () => {
    const kosong = await baca("", admin, 2031);
    expect(kosong.tahun).toBe(2031);
    expect(kosong.tahunBerdata).not.toContain(2031);
    expect(kosong.tahunBerdata).toContain(2023);
    expect([...kosong.tahunBerdata].sort((a, b) => b - a)).toEqual(kosong.tahunBerdata);
    // the newest year with data is one the monitoring shows states for
    const terbaru = await baca("", admin, kosong.tahunBerdata[0]);
    expect(terbaru.ringkasan.some((r) => (r.jumlah.belum ?? 0) < terbaru.jumlahOpd)).toBe(true);
  }, 120_000);

  it("shows a submission as diajukan and filters on it", async () => {
    // 2023 has data: an empty year cannot be submitted (the check before Ajukan, issue 14)
    const r = await app.request(`/api/v1/pemda/batu-bara/opd/${SEI}/status-periode/2023/pengukuran`, {
      method: "POST",
      headers: { ...operator.headers, "content-type": "application/json" },
      body: JSON.stringify({ aksi: "ajukan" }),
    });
    expect(r.status, await r.clone().text()).toBe(200);
    const m = await baca("?modul=pengukuran&tahap=diajukan", admin, 2023);
    expect(m.baris.map((b) => b.opd.slug)).toEqual([SEI]);
    expect(m.baris[0]!.modul.find((s) => s.modul === "pengukuran")?.label).toBe("Diajukan");
  }, 120_000);

  it("exports the same rows as XLSX", async () => {
    const m = await baca();
    const r = await app.request(`${M}/2023/xlsx`, { headers: viewer.headers });
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const ws = wb.getWorksheet("Monitoring")!;
    const nama: string[] = [];
    ws.eachRow((row, i) => {
      if (i > 3) nama.push(String(row.getCell(2).value));
    });
    expect(nama).toEqual(m.baris.map((b) => b.opd.nama));
  }, 120_000);

  it("refuses OPD-bound roles and rejects a bad filter with 400", async () => {
    expect((await app.request(`${M}/2023`, { headers: operator.headers })).status).toBe(403);
    const bad = await app.request(`${M}/2023?urut=acak`, { headers: admin.headers });
    expect(bad.status).toBe(400);
    expect((await app.request(`${M}/2023`)).status).toBe(401);
  }, 120_000);
});
