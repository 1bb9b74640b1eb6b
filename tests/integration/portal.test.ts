/**
 * The public portal and publication (issue 15, ADR 0029) on the real server app with the demo: without a cookie
 * /p/batu-bara lists the OPDs, the published Sei Balai 2023 LKjIP downloads (the bytes frozen at publication), an
 * unpublished OPD/year/table/document answers the 404 page, nothing under /p accepts a write; open data as CSV and
 * JSON; publish/withdraw through the API by role (audited); the 404 page for unknown non-API addresses.
 */
import { and, eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { demoDataset } from "../../src/demo/data";
import { loadDemo } from "../../src/demo/load-demo";
import { auditLog } from "../../src/storage/schema";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let pimpinan: SignedIn;
let operator: SignedIn;
let pimpinanLain: SignedIn;
const P = "/p/batu-bara/kecamatan-sei-balai/2023";
const API = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/publikasi/2023";

beforeAll(async () => {
  t = await openTestDatabase();
  pasangPenyaji(); // as `sakip serve` does before the demo: the demo publishes the LKjIP and PK documents
  await loadDemo(t.ctx);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "p".repeat(40) } });
  const opd = { pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai" };
  pimpinan = await createUserAndSignIn(app, t.ctx, { peran: "pimpinan_opd", ...opd });
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", ...opd });
  pimpinanLain = await createUserAndSignIn(app, t.ctx, {
    peran: "pimpinan_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-datuk-tanah-datar",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const get = (path: string) => app.request(path);

describe("portal without sign-in", () => {
  it("lists every OPD of the Pemda, linking the one with publications", async () => {
    const res = await get("/p/batu-bara");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('<html lang="id">');
    expect(html).not.toContain("<script");
    for (const o of demoDataset.opd) expect(html).toContain(o.nama.replace(/&/g, "&amp;"));
    expect(html).toContain(`href="${P}"`);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(100 * 1024);
  });

  it("shows the published items of Sei Balai 2023 with their tables and downloads, within 100 KB", async () => {
    const res = await get(P);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBeLessThanOrEqual(100 * 1024);
    const html = bytes.toString("utf8");
    for (const j of ["renstra", "pk", "lkjip", "skm", "akip"]) expect(html).toContain(`id="j-${j}"`);
    expect(html).toContain(`${P}/berkas/lkjip`);
    expect(html).toContain(`${P}/data/renstra-indikator.csv`);
    expect(html).toContain('<th scope="col">');
    const en = await (await get(`${P}?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Performance report (LKjIP)");
  });

  it("serves the LKjIP as frozen at publication", async () => {
    const res = await get(`${P}/berkas/lkjip`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("LKjIP-2023-kecamatan-sei-balai.pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // the bytes are the stored copy: the same on every download
    const lagi = Buffer.from(await (await get(`${P}/berkas/lkjip`)).arrayBuffer());
    expect(lagi.equals(pdf)).toBe(true);
  });

  it("answers open data as CSV and JSON with the same rows", async () => {
    const csv = await get(`${P}/data/renstra-indikator.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const baris = (await csv.text()).trimEnd().split("\r\n");
    expect(baris[0]).toBe("tujuan,sasaran,kode_indikator,indikator,satuan,iku,tahun,target");
    const json = (await (await get(`${P}/data/renstra-indikator.json`)).json()) as {
      kolom: string[];
      baris: Record<string, unknown>[];
    };
    expect(json.baris.length).toBe(baris.length - 1);
    expect(json.baris.length).toBeGreaterThan(0);
    const akip = (await (await get(`${P}/data/akip-komponen.json`)).json()) as { baris: { komponen: string }[] };
    expect(akip.baris.at(-1)?.komponen).toBe("Nilai AKIP");
  });

  it("answers the 404 page for unknown or unpublished addresses, never data", async () => {
    for (const path of [
      "/p/tidak-ada",
      "/p/batu-bara/tidak-ada",
      "/p/batu-bara/kecamatan-datuk-tanah-datar",
      "/p/batu-bara/kecamatan-datuk-tanah-datar/2023",
      "/p/batu-bara/kecamatan-sei-balai/2022",
      "/p/batu-bara/kecamatan-sei-balai/2022/berkas/lkjip",
      "/p/batu-bara/kecamatan-datuk-tanah-datar/2023/berkas/lkjip",
      `${P}/berkas/tidak-ada`,
      `${P}/data/tidak-ada.csv`,
      `${P}/data/renstra-indikator.xml`,
      "/p/batu-bara/kecamatan-sei-balai/20x3",
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type"), path).toContain("text/html");
      expect(await res.text(), path).toContain("Halaman tidak ditemukan");
    }
  });

  it("refuses every write under /p", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const res = await app.request(`${P}`, { method, body: "{}", headers: { "content-type": "application/json" } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD");
    }
    const res = await app.request("/p/batu-bara", { method: "POST", headers: pimpinan.headers });
    expect(res.status).toBe(405);
  });
});

describe("404 page outside the portal", () => {
  it("answers HTML for unknown non-API addresses and problem+json under /api", async () => {
    const html = await get("/tidak-ada/sama-sekali");
    expect(html.status).toBe(404);
    expect(await html.text()).toContain("<h1>Halaman tidak ditemukan</h1>");
    const api = await get("/api/v1/tidak-ada");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("publish and withdraw", () => {
  const kirim = (method: string, path: string, as: SignedIn, body?: unknown) =>
    app.request(path, {
      method,
      headers: { ...as.headers, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("lists the state per kind", async () => {
    const res = await app.request(API, { headers: operator.headers });
    expect(res.status).toBe(200);
    const d = (await res.json()) as { item: { jenis: string; terbit: unknown }[] };
    expect(d.item.map((i) => i.jenis)).toEqual(["renstra", "pk", "lkjip", "skm", "akip"]);
    expect(d.item.every((i) => i.terbit !== null)).toBe(true);
  });

  it("lets the pimpinan withdraw and publish again (audited); the operator and another OPD's pimpinan may not", async () => {
    expect((await kirim("DELETE", `${API}/akip`, operator)).status).toBe(403);
    expect((await kirim("DELETE", `${API}/akip`, pimpinanLain)).status).toBe(403);
    const tarik = await kirim("DELETE", `${API}/akip`, pimpinan);
    expect(tarik.status).toBe(200);
    expect(await tarik.json()).toEqual({ ditarik: true });
    expect((await get(`${P}/data/akip-komponen.csv`)).status).toBe(404);
    expect(await (await get(P)).text()).not.toContain('id="j-akip"');
    // withdrawing again changes nothing
    expect(await (await kirim("DELETE", `${API}/akip`, pimpinan)).json()).toEqual({ ditarik: false });
    const terbit = await kirim("PUT", `${API}/akip`, pimpinan, {});
    expect(terbit.status).toBe(200);
    expect((await get(`${P}/data/akip-komponen.csv`)).status).toBe(200);
    const audit = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "publikasi"), eq(auditLog.actorUserId, pimpinan.userId)));
    expect(audit.map((a) => a.action).sort()).toEqual(["tarik", "terbitkan"]);
  });

  it("refuses to publish what does not exist with a 409 naming it", async () => {
    const res = await kirim("PUT", "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/publikasi/2031/skm", pimpinan, {});
    expect(res.status).toBe(409);
    const p = (await res.json()) as { detail: string };
    expect(p.detail).toContain("Belum dapat diterbitkan");
    expect(p.detail).toContain("2031");
  });
});
