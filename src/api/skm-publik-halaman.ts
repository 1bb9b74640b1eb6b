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
import type { ServiceContext } from "../services/context";
import { wajibKodePublik } from "../services/skm-publik/kode-sekali";
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
      precompressed: true,
      rewriteRequestPath: (p) => p.replace(/^\/s/, ""),
      onFound: (_p, c) => c.header("cache-control", "public, max-age=31536000, immutable"),
    }),
  );
  // The page learns its Pemda (for /s/{kode}) and whether the service asks for a one-time code from <meta> tags.
  const halaman = async (ctx: ServiceContext, pemda: string | null, kode: string, pendek: boolean) => {
    const meta: string[] = [];
    if (pemda && pendek) meta.push(`<meta name="sakip-pemda" content="${encodeURIComponent(pemda)}" />`);
    if (pemda && (await wajibKodePublik(ctx, pemda, kode))) meta.push(`<meta name="sakip-wajib-kode" content="1" />`);
    return meta.length ? html.replace("<head>", `<head>\n    ${meta.join("\n    ")}`) : html;
  };
  app.get("/s/:pemda/:kode", async (c) => {
    const pemda = c.req.param("pemda");
    const kode = c.req.param("kode");
    if (!SEGMEN.test(pemda) || !SEGMEN.test(kode)) return c.notFound();
    return c.html(await halaman(c.get("ctx"), pemda, kode, false), 200, { "cache-control": "no-cache" });
  });
  app.get("/s/:kode", async (c) => {
    const kode = c.req.param("kode");
    if (!SEGMEN.test(kode)) return c.notFound();
    const pemda = await pemdaUntukKodeLayanan(c.get("ctx"), kode);
    return c.html(await halaman(c.get("ctx"), pemda, kode, true), 200, { "cache-control": "no-cache" });
  });
}
