/**
 * The public SKM intake's cheaper path (ADR 0055) keeps its behaviour: an accepted submission logs at debug and a
 * refused one at info; a signed-in browser's cookie is ignored on the public route (no session, no CSRF token asked);
 * the body-size limit still answers 413 from the Content-Length; the intake statement, now a named prepared one,
 * stores a new kunci once and answers a replay (the kiosk's offline resubmission) with the stored row, many times.
 */
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { createPemdaWithOpd, createUserAndSignIn } from "../support/auth";
import { kiriman, siapkanLayananTerbuka } from "../support/skm-publik";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const baris: Array<Record<string, unknown>> = [];
const URL_INTAKE = "/api/v1/publik/skm/batu-bara/ringan-ktp";
const JSON_H = { "content-type": "application/json" };

beforeAll(async () => {
  t = await openTestDatabase();
  await createPemdaWithOpd(t.ctx, "batu-bara", ["kecamatan-sei-balai"]);
  await siapkanLayananTerbuka(t.ctx, "ringan-ktp", "Pelayanan KTP");
  const logger = pino(
    { level: "info" },
    { write: (s: string) => void baris.push(JSON.parse(s) as Record<string, unknown>) },
  );
  app = createApp({
    ctx: t.ctx,
    logger,
    version: "0",
    auth: { rahasia: "r".repeat(40) },
    skmPublik: { batasPerMenit: 0 },
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const kirim = (body: string, headers: Record<string, string> = JSON_H) =>
  app.request(URL_INTAKE, { method: "POST", headers, body });

describe("public SKM intake, cheaper path", () => {
  it("logs an accepted submission at debug (no info line) and a refused one at info", async () => {
    const ok = await kirim(JSON.stringify(kiriman("ringan-log-0001")));
    expect(ok.status).toBe(201);
    const idOk = ok.headers.get("x-request-id");
    expect(idOk).toBeTruthy();
    expect(baris.find((b) => b.requestId === idOk)).toBeUndefined();

    const tolak = await kirim(JSON.stringify(kiriman("ringan-log-0002", [5, 3, 3, 4, 3, 4, 4, 3, 3])));
    expect(tolak.status).toBe(400);
    const idTolak = tolak.headers.get("x-request-id");
    expect(baris.find((b) => b.requestId === idTolak)).toMatchObject({ msg: "request", status: 400, level: 30 });

    // any other route keeps its info line
    const lain = await app.request("/api/v1/publik/skm/batu-bara/ringan-ktp");
    expect(lain.status).toBe(200);
    expect(baris.find((b) => b.requestId === lain.headers.get("x-request-id"))).toMatchObject({ status: 200 });
  });

  it("ignores a signed-in browser's session on the public route (no CSRF token asked)", async () => {
    const viewer = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
    const { "x-csrf-token": _token, ...tanpaToken } = viewer.headers as Record<string, string>;
    expect(tanpaToken.cookie).toBeTruthy();
    // (another answer pattern: the same answers from this address would be the duplicate guard's 409)
    const res = await kirim(JSON.stringify(kiriman("ringan-sesi-0001", [1, 2, 3, 4, 1, 2, 3, 4, 1])), {
      ...tanpaToken,
      ...JSON_H,
    });
    expect(res.status).toBe(201);
    // the same request to a signed-in route without the token is still refused by the CSRF check
    const lain = await app.request("/api/v1/pemda/batu-bara/pengguna", {
      method: "POST",
      headers: { ...tanpaToken, ...JSON_H },
      body: "{}",
    });
    expect(lain.status).toBe(403);
  });

  it("answers 413 from a Content-Length over the limit, without reading the body", async () => {
    const res = await kirim(JSON.stringify(kiriman("ringan-besar-0001")), {
      ...JSON_H,
      "content-length": String(3 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    // and a body over the limit sent without a length is counted and refused too
    const besar = JSON.stringify({ ...kiriman("ringan-besar-0002"), saran: "x".repeat(2 * 1024 * 1024 + 10) });
    expect((await kirim(besar)).status).toBe(413);
  });

  it("stores a kunci once and answers each replay with the stored row (prepared statement, many calls)", async () => {
    const pertama = await kirim(JSON.stringify({ ...kiriman("ringan-ulang-0001"), saluran: "kiosk" }));
    expect(pertama.status).toBe(201);
    const isi = (await pertama.json()) as { id: string };
    // more calls than PostgreSQL's five custom plans before it may switch a prepared statement to its generic plan
    for (let i = 0; i < 8; i++) {
      const ulang = await kirim(JSON.stringify({ ...kiriman("ringan-ulang-0001"), saluran: "kiosk" }));
      expect(ulang.status).toBe(200);
      expect(((await ulang.json()) as { id: string }).id).toBe(isi.id);
      const baru = await kirim(JSON.stringify({ ...kiriman(`ringan-baru-${i}-xx`), saluran: "kiosk" }));
      expect(baru.status).toBe(201);
    }
    const rows = (await t.ctx.db.execute(
      sql`select count(*)::int as n from skm_responden where kunci = 'ringan-ulang-0001'`,
    )) as unknown as { rows: Array<{ n: number }> };
    expect(rows.rows[0]?.n).toBe(1);
  });
});
