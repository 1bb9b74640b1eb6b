/**
 * The recap letter's number stored with the recap (issue 13; ADR 0033): the demo holds the 2023 letter as printed in
 * the LKjIP 2023 of Kecamatan Sei Balai ("Nomor : 700/656/2023", "Mangkai Baru, 05 September 2023"); the DOCX letter
 * prints it without a query field; the team leader edits it (versioned, audited), the evaluator may not.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { bukaZip } from "../support/laporan";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

const R = "/api/v1/pemda/batu-bara/rekap-akip/2023";
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let evaluator: SignedIn;
let ketua: SignedIn;

beforeAll(async () => {
  pasangPenyaji();
  t = await openDemoDatabase();
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: process.env.LOG_TEST ?? "silent" }),
    version: "0",
    auth: { rahasia: "s".repeat(40) },
  });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
  ketua = await createUserAndSignIn(app, t.ctx, {
    peran: "ketua_tim_evaluator",
    pemdaSlug: "batu-bara",
    opdSlug: null,
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function teksDocx(as: SignedIn): Promise<string> {
  const r = await app.request(`${R}/unduh?format=docx`, { headers: as.headers });
  expect(r.status).toBe(200);
  return bukaZip(Buffer.from(await r.arrayBuffer()))
    .get("word/document.xml")!
    .toString("utf8")
    .replace(/<[^>]+>/g, "");
}

const put = (as: SignedIn, body: unknown, versi?: string) =>
  app.request(`${R}/surat`, {
    method: "PUT",
    headers: { ...as.headers, "content-type": "application/json", ...(versi ? { "if-match": versi } : {}) },
    body: JSON.stringify(body),
  });

describe("recap letter number stored with the recap", () => {
  it("the demo letter prints its stored number; the team leader changes it; stale, bad or unauthorised writes fail", async () => {
    const g = await app.request(`${R}/surat`, { headers: evaluator.headers });
    expect(g.status).toBe(200);
    expect(await g.json()).toEqual({
      tahun: 2023,
      nomor: "700/656/2023",
      tempat: "Mangkai Baru",
      tanggal: "2023-09-05",
    });
    const etag = g.headers.get("etag")!;
    expect(await teksDocx(evaluator)).toContain("700/656/2023");

    expect((await put(evaluator, { nomor: "700/1/2023" }, etag)).status).toBe(403);
    const ok = await put(ketua, { nomor: "700/701/2023" }, etag);
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(((await ok.json()) as { nomor: string; tempat: string }).tempat).toBe("Mangkai Baru");
    expect((await put(ketua, { nomor: "700/702/2023" }, etag)).status).toBe(409);
    const salah = await put(ketua, { tanggal: "2023-02-31x" });
    expect(salah.status).toBe(400);
    expect(await salah.text()).toContain("tanggal");

    const teks = await teksDocx(evaluator);
    expect(teks).toContain("700/701/2023");
    expect(teks).not.toContain("700/656/2023");
    // a download's own field still wins
    const q = await app.request(`${R}/unduh?format=docx&nomor=700%2F9%2F2023`, { headers: evaluator.headers });
    expect(
      bukaZip(Buffer.from(await q.arrayBuffer()))
        .get("word/document.xml")!
        .toString("utf8"),
    ).toContain("700/9/2023");

    const audit = await app.request("/api/v1/pemda/batu-bara/audit?limit=50", { headers: ketua.headers });
    expect(JSON.stringify(await audit.json())).toContain("700/701/2023");
  }, 180_000);
});
