/**
 * Issue 11 / ADR 0034: the answers of the planning, PK and measurement routes are exactly what their declared zod
 * schema says — every field declared and of its type, and no field left undeclared (zod drops an unknown key, so a
 * parse that changes the answer names a field the contract misses). Over HTTP on the demo, as the web reads them.
 */
import type { z } from "@hono/zod-openapi";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import {
  ZAnalisisSasaran,
  ZBuktiTerunggah,
  ZCatatanSumber,
  ZIndikatorProgram,
  ZPembanding,
} from "../../src/api/routes/skema-kinerja";
import { ZBarisPk, ZDaftarPk, ZKaskadePk, ZPerencanaan } from "../../src/api/routes/skema-rencana-pk";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "k".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function jawaban(path: string, init?: RequestInit): Promise<unknown> {
  const res = await app.request(`${OPD}${path}`, { ...init, headers: { ...operator.headers, ...init?.headers } });
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(300);
  return res.json();
}

/** The answer parses, and parsing keeps it whole (a key the schema does not declare would be dropped). */
function cocok(skema: z.ZodType, isi: unknown): void {
  const hasil = skema.safeParse(isi);
  expect(hasil.error?.issues ?? []).toEqual([]);
  expect(hasil.data).toEqual(isi);
}

describe("jawaban rute perencanaan, PK dan pengukuran sesuai skemanya", () => {
  it("Perencanaan: dalam periode Renstra dan di luarnya", async () => {
    const p = (await jawaban("/perencanaan/2023")) as { renstra: { tujuan: unknown[] } | null };
    expect(p.renstra?.tujuan.length).toBeGreaterThan(0);
    cocok(ZPerencanaan, p);
    const luar = (await jawaban("/perencanaan/2040")) as { renstra: unknown };
    expect(luar.renstra).toBeNull();
    cocok(ZPerencanaan, luar);
  });

  it("DaftarPk, KaskadePk dan BarisPk (ubah target satu baris)", async () => {
    const d = (await jawaban("/pk/2023")) as {
      pk: Array<{ kinerja: Array<{ baris: { id: string; versi: string; targetTeks: string } }> }>;
    };
    expect(d.pk.length).toBe(7);
    cocok(ZDaftarPk, d);
    cocok(ZKaskadePk, await jawaban("/pk/2023/kaskade"));
    const baris = d.pk[0]!.kinerja[0]!.baris;
    const ubah = await jawaban(`/pk-baris/${baris.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "if-match": `"${baris.versi}"` },
      body: JSON.stringify({ target: "86,00" }),
    });
    expect(ubah).toMatchObject({ id: baris.id, targetTeks: "86,00" });
    cocok(ZBarisPk, ubah);
  });

  it("AnalisisSasaran, IndikatorProgram, Pembanding, CatatanSumber", async () => {
    const analisis = (await jawaban("/pengukuran/2023/analisis")) as unknown[];
    expect(analisis.length).toBeGreaterThan(0);
    cocok(ZAnalisisSasaran.array(), analisis);
    const program = (await jawaban("/pengukuran/2023/indikator-program")) as unknown[];
    expect(program.length).toBeGreaterThan(0);
    cocok(ZIndikatorProgram.array(), program);
    const pembanding = await jawaban("/pembanding");
    expect(pembanding).not.toBeNull();
    cocok(ZPembanding.nullable(), pembanding);
    const catatan = (await jawaban("/catatan-sumber")) as unknown[];
    expect(catatan.length).toBeGreaterThan(0);
    cocok(ZCatatanSumber.array(), catatan);
  });

  it("Bukti: jawaban unggahan", async () => {
    const p = (await jawaban("/pengukuran/2023")) as { sasaran: Array<{ indikator: Array<{ id: string }> }> };
    const form = new FormData();
    form.set("indikatorId", p.sasaran[0]!.indikator[0]!.id);
    form.set("periode", "tahunan");
    form.set("berkas", new File([new TextEncoder().encode("%PDF-1.4\n% uji\n%%EOF\n")], "bukti.pdf"));
    const bukti = await jawaban("/pengukuran/2023/bukti", { method: "POST", body: form });
    expect(bukti).toMatchObject({ namaBerkas: "bukti.pdf", mime: "application/pdf" });
    cocok(ZBuktiTerunggah, bukti);
  });
});
