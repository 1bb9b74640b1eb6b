import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { createUserAndSignIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase, openTestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let webDir: string;

beforeAll(async () => {
  t = await openDemoDatabase();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-web-"));
  fs.writeFileSync(path.join(webDir, "index.html"), "<!doctype html><title>SAKIP</title><div id=root></div>");
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "9.9.9", webDir });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe("HTTP API", () => {
  it("/healthz checks the database", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { ok: true, engine: t.database.engine } });
  });

  it("/healthz answers 503 when the database is gone", async () => {
    const broken = await openTestDatabase();
    const brokenApp = createApp({ ctx: broken.ctx, logger: pino({ level: "silent" }), version: "0" });
    await broken.close();
    const res = await brokenApp.request("/healthz");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "error", database: { ok: false } });
  });

  it("publishes an OpenAPI document generated from the zod contracts", async () => {
    const res = await app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; info: { version: string }; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.0.0");
    expect(doc.info.version).toBe("9.9.9");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/healthz", "/api/v1/pemda", "/api/v1/sistem/info"]),
    );
  });

  it("renders a readable API reference page", async () => {
    const res = await app.request("/api/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Referensi API");
    expect(html).toContain("/api/v1/pemda");
  });

  it("lists the demo Pemda with its OPD (to a signed-in user; 401 without a session)", async () => {
    expect((await app.request("/api/v1/pemda")).status).toBe(401);
    const admin = await createUserAndSignIn(app, t.ctx, {
      peran: "admin_pemda",
      pemdaSlug: "batu-bara",
      opdSlug: null,
    });
    const res = await app.request("/api/v1/pemda", { headers: admin.headers });
    const body = (await res.json()) as Array<{ slug: string; opd: Array<{ slug: string }> }>;
    expect(body.map((p) => p.slug)).toEqual(["batu-bara"]);
    expect(body[0]?.opd.map((o) => o.slug)).toContain("kecamatan-sei-balai");
  });

  it("answers unknown API routes with Indonesian problem+json", async () => {
    const res = await app.request("/api/v1/tidak-ada");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 404, title: "Rute API tidak ditemukan" });
  });

  it("sets security headers and a request id", async () => {
    const res = await app.request("/healthz");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves the web UI for non-API paths (client-side routing)", async () => {
    for (const p of ["/", "/anggaran", "/laporan/2023"]) {
      const res = await app.request(p);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<div id=root>");
    }
  });
});

describe("request validation", () => {
  it("answers an invalid body with Indonesian problem+json naming the field", async () => {
    const res = await app.request("/api/auth/masuk", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ identitas: 12 }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { title: string; errors: Array<{ field: string; message: string }> };
    expect(body.title).toBe("Permintaan tidak valid");
    expect(body.errors.length).toBeGreaterThan(0);
    for (const e of body.errors) expect(e.message).toMatch(/tidak valid|diharapkan|wajib|Terlalu/);
  });
});
