/**
 * Editing a realisasi recomputes everything that depends on it and is audited (issue M1-04 acceptance); a linked
 * realisasi is changed through its source; the workflow lock makes the year read-only. Over HTTP as the demo roles.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { ubahStatusPeriode } from "../../src/services/alur/status-periode";
import { simpanHasilSurvei } from "../../src/services/hasil/simpan-hasil";
import { withAktor } from "../../src/services/context";
import { bacaPengukuran, type BarisIku } from "../../src/services/pengukuran/baca-pengukuran";
import { ubahRealisasi } from "../../src/services/pengukuran/ubah-realisasi";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let pimpinan: SignedIn;
let operatorLain: SignedIn;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const URL = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/pengukuran";

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "u".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  pimpinan = await createUserAndSignIn(app, t.ctx, {
    peran: "pimpinan_opd",
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

async function iku(tahun: number, kode: string): Promise<BarisIku> {
  const p = await bacaPengukuran(t.ctx, lingkup, tahun);
  return p.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === kode)!;
}

async function put(user: SignedIn, tahun: number, body: unknown) {
  const res = await app.request(`${URL}/${tahun}/realisasi`, {
    method: "PUT",
    headers: { ...user.headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("editing a realisasi", () => {
  it("recomputes capaian, kategori, the trend and the sasaran, and writes one audit entry", async () => {
    const ikm = await iku(2022, "ikm");
    expect(ikm.capaian?.nilai).toBe("112.63");
    const r = await put(operator, 2022, {
      indikatorId: ikm.id,
      periode: "tahunan",
      nilai: "60,00",
      narasi: "koreksi uji",
    });
    expect(r).toMatchObject({ status: 200, body: { diubah: true } });
    const sesudah = await iku(2022, "ikm");
    // 60,00 / 80,00 × 100 = 75,00 → Sedang (Permendagri 86/2017: 66 ≤ x < 76)
    expect(sesudah.realisasi).toMatchObject({ nilai: "60.00", asal: "manual", narasi: "koreksi uji" });
    expect(sesudah.capaian).toMatchObject({ nilai: "75.00", kategori: "Sedang", selisih: "20.00" });
    expect((await iku(2023, "ikm")).tren.find((x) => x.tahun === 2022)?.capaian).toBe("75.00");
    const { pemda, opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
    const audit = await listAudit(t.ctx.db, { pemdaId: pemda.id, opdId: opd.id, entity: "realisasi" });
    expect(audit[0]).toMatchObject({
      action: "ubah",
      actorUserId: operator.userId,
      actorPeran: "operator_opd",
      entityId: `${ikm.id}/2022/tahunan`,
      before: { nilai: "90.10" },
      after: { nilai: "60.00", narasi: "koreksi uji" },
    });
  });

  it("rejects a malformed value in Indonesian, naming the indicator and year", async () => {
    const ikm = await iku(2022, "ikm");
    const r = await put(operator, 2022, { indikatorId: ikm.id, periode: "tahunan", nilai: "enam puluh" });
    expect(r.status).toBe(400);
    expect(String(r.body.detail)).toContain(
      'realisasi "Indeks Kepuasan Masyarakat (IKM)" 2022: "enam puluh" bukan angka',
    );
  });

  it("takes a linked realisasi from its source: a new survey result changes the IKM and its capaian", async () => {
    const ikm = await iku(2023, "ikm");
    const r = await put(operator, 2023, { indikatorId: ikm.id, periode: "tahunan", nilai: "99" });
    expect(r.status).toBe(400);
    expect(String(r.body.detail)).toContain("diambil dari hasil survei");
    // every unsur 1 point higher per respondent on u1: Σu1 288 → 384 (96 × 4)
    await simpanHasilSurvei(t.ctx, lingkup, {
      kode: "skm-sei-balai-2023",
      tahun: 2023,
      periodeMulai: "2023-01-01",
      periodeSelesai: "2023-12-31",
      responden: 96,
      jenisMasukan: "jumlah",
      nilai: { u1: 384, u2: 298, u3: 301, u4: 378, u5: 293, u6: 304, u7: 312, u8: 293, u9: 318 },
    });
    // Σ NRR×0,111 = 3,22015625 + (1 × 0,111) = 3,33115625 → IKM 83,27890625 → 83,28; 83,28 / 85 = 97,98 %
    expect((await iku(2023, "ikm")).realisasi?.nilai).toBe("83.28");
    expect((await iku(2023, "ikm")).capaian?.nilai).toBe("97.98");
  });

  it("refuses another OPD's operator (403) and a locked year (409), then shows the year read-only", async () => {
    const ikm = await iku(2021, "ikm");
    expect((await put(operatorLain, 2021, { indikatorId: ikm.id, periode: "tw1", nilai: "70" })).status).toBe(403);
    const pimpinanCtx = withAktor(t.ctx, pimpinan.aktor, null);
    const operatorCtx = withAktor(t.ctx, operator.aktor, null);
    const { pemda, opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
    const key = { pemdaId: pemda.id, opdId: opd.id, tahun: 2021, modul: "pengukuran" as const };
    await ubahStatusPeriode(operatorCtx, key, "ajukan");
    expect((await put(operator, 2021, { indikatorId: ikm.id, periode: "tw1", nilai: "70" })).status).toBe(409);
    await ubahStatusPeriode(pimpinanCtx, key, "setujui");
    await ubahStatusPeriode(pimpinanCtx, key, "kunci");
    await expect(
      ubahRealisasi(operatorCtx, lingkup, { indikatorId: ikm.id, tahun: 2021, periode: "tahunan", nilai: "70" }),
    ).rejects.toThrow(/Terkunci/);
    expect((await bacaPengukuran(t.ctx, lingkup, 2021)).status).toBe("terkunci");
  });
});
