/**
 * Serves the public SKM survey page (dist/skm-publik, its own bundle; ADR 0021):
 * - `/s/{kode}`: the Pemda is resolved on the server (the only Pemda, or the one whose service has that kode) and
 *   written into the page as `<meta name="sakip-pemda">`; `/s/{pemda}/{kode}` always works;
 * - `/kiosk/{kode}` → `/s/{kode}?kiosk=1`;
 * - `/s/assets/*` (hashed, cached for a year) and `/s/sw.js` (the service worker, never cached by HTTP).
 */
import fs from "node:fs";
import path from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { serveStatic } from "@hono/node-server/serve-static";
import { pemdaUntukKodeLayanan } from "../services/skm-publik/pemda-layanan";
import type { AppEnv } from "./env";

const SEGMEN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function pasangHalamanSkmPublik(app: OpenAPIHono<AppEnv>, dir: string | undefined): void {
  if (!dir || !fs.existsSync(path.join(dir, "index.html"))) return;
  const root = path.relative(process.cwd(), dir) || ".";
  const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const swPath = path.join(dir, "sw.js");

  app.get("/kiosk/:kode", (c) => {
    const kode = c.req.param("kode");
    return SEGMEN.test(kode) ? c.redirect(`/s/${encodeURIComponent(kode)}?kiosk=1`, 302) : c.notFound();
  });
  app.get("/s/sw.js", (c) => {
    if (!fs.existsSync(swPath)) return c.notFound();
    return c.body(fs.readFileSync(swPath), 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
    });
  });
  app.use(
    "/s/assets/*",
    serveStatic({
      root,
      rewriteRequestPath: (p) => p.replace(/^\/s/, ""),
      onFound: (_p, c) => c.header("cache-control", "public, max-age=31536000, immutable"),
    }),
  );
  app.get("/s/:pemda/:kode", (c) => {
    if (!SEGMEN.test(c.req.param("pemda")) || !SEGMEN.test(c.req.param("kode"))) return c.notFound();
    return c.html(html, 200, { "cache-control": "no-cache" });
  });
  app.get("/s/:kode", async (c) => {
    const kode = c.req.param("kode");
    if (!SEGMEN.test(kode)) return c.notFound();
    const pemda = await pemdaUntukKodeLayanan(c.get("ctx"), kode);
    const isi = pemda
      ? html.replace("<head>", `<head>\n    <meta name="sakip-pemda" content="${encodeURIComponent(pemda)}" />`)
      : html;
    return c.html(isi, 200, { "cache-control": "no-cache" });
  });
}
