/**
 * The SKM survey as system evidence in the LKE (issue 13: "the SKM ran and its RTL exists"; ADR 0033): for the
 * kriteria 2.b.2, 2.b.6 and 1.c.5 the worksheet says which SKM period ran in the year, with how many respondents and
 * which IKM — the same figures as the SKM results of that period — and how many RTL items exist.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { KRITERIA_BUKTI_SKM } from "../../src/services/lke/bukti-skm";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let evaluator: SignedIn;
let petugas: SignedIn;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "q".repeat(40) } });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
  petugas = await createUserAndSignIn(app, t.ctx, {
    peran: "petugas_skm",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

interface Bukti {
  jenis: string;
  ada: boolean;
  uraian: string;
  tautan: string | null;
}
async function buktiSkm(tahun: number): Promise<Bukti[]> {
  const r = await app.request(`${O}/lke/${tahun}`, { headers: evaluator.headers });
  expect(r.status).toBe(200);
  const l = (await r.json()) as { kriteria: Array<{ kode: string; buktiSistem: Bukti[] }> };
  return KRITERIA_BUKTI_SKM.map((kode) => {
    const b = l.kriteria.find((k) => k.kode === kode)?.buktiSistem.find((x) => x.jenis === "skm");
    expect(b, kode).toBeDefined();
    return b!;
  });
}

describe("LKE evidence from the SKM survey", () => {
  it("names the 2023 period with its respondents and IKM as the SKM results compute them, and its RTL", async () => {
    const h = await app.request(`${O}/skm/periode/2023/hasil`, { headers: petugas.headers });
    expect(h.status).toBe(200);
    const hasil = (await h.json()) as { total: { responden: number; ikm: { tampil: string }; mutu: { mutu: string } } };
    const rtl = (await (await app.request(`${O}/skm/rtl`, { headers: petugas.headers })).json()) as Array<{
      periode: string;
    }>;
    const n = rtl.filter((r) => r.periode === "2023").length;
    const bukti = await buktiSkm(2023);
    for (const b of bukti) {
      expect(b.ada).toBe(true);
      expect(b.uraian).toContain(`SKM 2023`);
      expect(b.uraian).toContain(
        `${hasil.total.responden} responden, IKM ${hasil.total.ikm.tampil} (mutu ${hasil.total.mutu.mutu})`,
      );
      expect(b.uraian).toContain(n ? `RTL ada (${n} item` : "RTL belum ada");
      expect(b.tautan).toContain("/skm");
    }

    // one more RTL item shows at once
    const baru = await app.request(`${O}/skm/rtl`, {
      method: "POST",
      headers: { ...petugas.headers, "content-type": "application/json" },
      body: JSON.stringify({
        periode: "2023",
        unsur: "u5",
        item: "Pelatihan petugas loket",
        penanggungJawab: "Sekcam",
      }),
    });
    expect(baru.status, await baru.clone().text()).toBe(201);
    expect((await buktiSkm(2023))[0]!.uraian).toContain(`RTL ada (${n + 1} item`);
  }, 120_000);

  it("says so when the year has no SKM period", async () => {
    const bukti = await buktiSkm(2025);
    expect(bukti[0]!.ada).toBe(false);
    expect(bukti[0]!.uraian).toBe("Belum ada periode SKM tahun 2025");
  }, 120_000);
});
