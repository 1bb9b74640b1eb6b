/**
 * A component-only year (issue 13: "Component-only mode stays for years where only the four component values are
 * known", the seed's 2019–2023): the worksheet GET shows the stored components and the total/predikat the rules core
 * computes from them — the same figures as the linked AKIP result — not the empty answers' 0,00 (D).
 */
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let evaluator: SignedIn;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "k".repeat(40) } });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

interface Sisi {
  total: { tampil: string };
  predikat: { kode: string };
  komponen: Array<{ kunci: string; nilai: { tampil: string } }>;
}

it("shows the stored components of Sei Balai 2023 with the computed total and predikat", async () => {
  const lke = await app.request(`${O}/lke/2023`, { headers: evaluator.headers });
  expect(lke.status).toBe(200);
  const l = (await lke.json()) as { modeKomponen: boolean; nilai: { evaluator: Sisi } };
  const akip = await app.request(`${O}/hasil-akip/2023`, { headers: evaluator.headers });
  expect(akip.status).toBe(200);
  const a = (await akip.json()) as {
    hitung: {
      total: { tampil: string };
      predikat: { kode: string };
      komponen: Array<{ kunci: string; nilai: { tampil: string } }>;
    };
  };
  expect(l.modeKomponen).toBe(true);
  expect(a.hitung.total.tampil).not.toBe("0,00");
  expect(l.nilai.evaluator.total.tampil).toBe(a.hitung.total.tampil);
  expect(l.nilai.evaluator.predikat.kode).toBe(a.hitung.predikat.kode);
  expect(l.nilai.evaluator.komponen.map((k) => [k.kunci, k.nilai.tampil])).toEqual(
    a.hitung.komponen.map((k) => [k.kunci, k.nilai.tampil]),
  );
}, 120_000);
