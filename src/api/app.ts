/**
 * The HTTP application: thin Hono routes with zod contracts (OpenAPI generated from them), problem+json errors,
 * security headers, request logging, and the built web UI served from the same port.
 */
import fs from "node:fs";
import path from "node:path";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, HonoRequest, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import { LayananAuth, type OpsiLayananAuth } from "../services/auth/layanan-auth";
import { mb } from "../services/berkas/batas-impor";
import type { ServiceContext } from "../services/context";
import { pencocokProxy } from "./alamat-klien";
import type { AppEnv } from "./env";
import { csrfMiddleware } from "./middleware/csrf";
import { requestContext } from "./middleware/request-context";
import { sesiMiddleware } from "./middleware/sesi";
import { teksAmanMiddleware } from "./middleware/teks-aman";
import { problem, problemFromError } from "./problem";
import { renderReferencePage } from "./reference-page";
import { mountRoutes } from "./routes";
import {
  JALUR_INTAKE_SKM,
  OPSI_SKM_PUBLIK_BAWAAN,
  type OpsiSkmPublik,
  skmPublikMiddleware,
} from "./middleware/skm-publik";
import { pasangHalamanSkmPublik } from "./skm-publik-halaman";
import { periksaKodePublik } from "../services/skm-publik/kode-sekali";
import { skmPublikOpdRoutes } from "./routes/skm-publik";
// M2-12 TTE
import { type OpsiTte, tteRoutes } from "./routes/tte";
import { pasangHalamanTte } from "./tte-halaman";
// M2 issue 15: public portal (server-rendered, GET only) and the 404 page
import { bahasaDari, pasangPortal } from "./portal-halaman";
import { halaman404 } from "./portal-teks";
// M2 issue 15: reminders (ADR 0035)
import { type OpsiPengingatApi, pengingatRoutes } from "./routes/pengingat";

export interface AppOptions {
  ctx: ServiceContext;
  logger: Logger;
  version: string;
  /** Folder with the built web UI (index.html); when absent, only the API is served. */
  webDir?: string | undefined;
  /** Accounts: secret (SAKIP_AUTH_SECRET) and sign-in limits; defaults suit production. */
  auth?: OpsiLayananAuth;
  /** Reverse proxies whose X-Forwarded-For is believed (SAKIP_PROXY_TEPERCAYA); none by default. */
  proxyTepercaya?: readonly string[];
  /** Public SKM survey: anti-abuse limits (SKM_RATE_LIMIT) and the built page (dist/skm-publik); ADR 0021. */
  skmPublik?: OpsiSkmPublik;
  skmPublikDir?: string | undefined;
  /** TTE: gateway (TTE_URL …) and the public address printed in the QR (ADR 0032). */
  tte?: OpsiTte;
  /** Reminders: the running job service (sakip serve); absent in tests → in-app only (ADR 0035). */
  pengingat?: OpsiPengingatApi;
}

export const OPENAPI_INFO = {
  title: "SAKIP",
  description: "API Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
};

// NOTE: validation messages in Indonesian (zod's bundled "id" locale) for every request contract.
z.config(z.locales.id());

export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const errors = result.error.issues.map((i) => ({ field: i.path.join(".") || "(body)", message: i.message }));
        return problem(c, 400, "Permintaan tidak valid", { errors });
      }
      return undefined;
    },
  });

  app.use(
    "*",
    requestContext(options.logger, {
      proxyTepercaya: pencocokProxy(options.proxyTepercaya ?? []),
      // the public SKM intake (hundreds per second in a burst): its accepted submissions log at debug (ADR 0055)
      logDebug: (method, jalur) => method === "POST" && JALUR_INTAKE_SKM.test(jalur),
    }),
  );
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: "strict-origin-when-cross-origin",
      xContentTypeOptions: "nosniff",
      xFrameOptions: "DENY",
    }),
  );
  // Evidence uploads (…/bukti) may carry a 5 MB file (issue M1-04); every other request stays within 2 MB.
  const batasUmum = batasUkuran({
    maxSize: 2 * 1024 * 1024,
    onError: (c) => problem(c, 413, "Ukuran permintaan terlalu besar"),
  });
  const batasBukti = batasUkuran({
    maxSize: 6 * 1024 * 1024,
    onError: (c) => problem(c, 413, "Berkas melebihi batas 5 MB"),
  });
  // Imports carry a file up to SAKIP_IMPOR_MAKS_BERKAS_MB: the budget import (…/anggaran/{tahun}/impor/pratinjau|
  // konfirmasi, multipart or base64 JSON: a third more) and the XLSX tables (…/tabel/{tabel}/{tahun}/xlsx). The service
  // checks the file's own size again and names the limit.
  const maksBerkas = options.ctx.batasImpor.ukuranBerkas;
  const batasImpor = batasUkuran({
    maxSize: Math.ceil((maksBerkas * 4) / 3) + 64 * 1024,
    onError: (c) =>
      problem(c, 413, "Berkas melebihi batas impor", {
        detail: `Berkas impor melebihi batas ${mb(maksBerkas)} (SAKIP_IMPOR_MAKS_BERKAS_MB); tidak ada yang disimpan`,
      }),
  });
  const IMPOR = /\/anggaran\/\d{4}\/impor\/(pratinjau|konfirmasi)$|\/tabel\/[^/]+\/\d+\/xlsx$/;
  // the reviu upload (a published LKjIP) takes the same limit as an import
  const REVIU = /^\/api\/v1\/pemda\/[^/]+\/reviu\/periksa$/;
  app.use("/api/*", (c, next) =>
    c.req.path.endsWith("/bukti")
      ? batasBukti(c, next)
      : (IMPOR.test(c.req.path) || REVIU.test(c.req.path)) && c.req.method === "POST"
        ? batasImpor(c, next)
        : batasUmum(c, next),
  );
  // Every request acts as the signed-in user (or nobody): never as the system actor.
  const auth = new LayananAuth(options.ctx, options.auth);
  app.use("*", sesiMiddleware(options.ctx, auth));
  app.use("/api/*", csrfMiddleware());
  // NUL and lone surrogates in the body, query or path: 400 naming the field, never a 500 from the database.
  app.use("/api/*", teksAmanMiddleware());
  // better-auth's own handler, only for the endpoints we use (sign-out); every other /api/auth path is 404.
  app.post("/api/auth/sign-out", async (c) => {
    const res = await auth.handler(await permintaanUtuh(c.req));
    if (res.ok) return res;
    // better-auth answers errors in English JSON; ours are Indonesian problem+json without internals.
    return problem(c, res.status === 403 ? 403 : 400, "Permintaan ditolak", {
      detail: "Gagal keluar; muat ulang halaman.",
    });
  });

  app.use(
    "/api/v1/publik/skm/*",
    skmPublikMiddleware({
      ...(options.skmPublik ?? OPSI_SKM_PUBLIK_BAWAAN),
      kodeSekali: (c, a) => periksaKodePublik(c.get("ctx"), a),
    }),
  );
  mountRoutes(app, options.version);
  app.route("/", skmPublikOpdRoutes({ urlPublik: options.skmPublik?.urlPublik }));
  // M2-12 TTE: API routes and the public verification page /v/{kode}
  app.route("/", tteRoutes({ urlPublik: options.skmPublik?.urlPublik, ...options.tte }));
  app.route("/", pengingatRoutes(options.pengingat));
  pasangHalamanTte(app);
  // M2 issue 15: the public portal under /p (no sign-in; GET only, other methods 405)
  pasangPortal(app);

  const openApiConfig = { openapi: "3.0.0", info: { ...OPENAPI_INFO, version: options.version } };
  app.doc("/api/openapi.json", openApiConfig);
  app.get("/api/docs", (c) => c.html(renderReferencePage(app.getOpenAPIDocument(openApiConfig) as never)));

  app.all("/api/*", (c) => problem(c, 404, "Rute API tidak ditemukan", { detail: `${c.req.method} ${c.req.path}` }));

  pasangHalamanSkmPublik(app, options.skmPublikDir);

  const webDir = options.webDir;
  if (webDir && fs.existsSync(path.join(webDir, "index.html"))) {
    const root = path.relative(process.cwd(), webDir) || ".";
    const indexHtml = fs.readFileSync(path.join(webDir, "index.html"), "utf8");
    // Hashed file names (vite): cached for a year; .br/.gz siblings written by `npm run build` (ADR 0031).
    app.use(
      "/assets/*",
      serveStatic({
        root,
        precompressed: true,
        onFound: (_p, c) => c.header("cache-control", "public, max-age=31536000, immutable"),
      }),
    );
    app.use("/favicon.svg", serveStatic({ root }));
    // Single-page app: every other GET returns index.html and the client router takes over.
    app.get("*", (c) => c.html(indexHtml));
  }

  // API paths keep the problem+json 404; any other unknown address gets the 404 page (M2 issue 15)
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? problem(c, 404, "Halaman tidak ditemukan")
      : c.html(halaman404(bahasaDari(c), c.req.path), 404, { "cache-control": "no-store" }),
  );
  app.onError((error, c) => {
    const res = problemFromError(c, error);
    // Expected refusals (401/403/404/409/429, invalid input) are not server faults: no stack in the error log.
    if (res.status >= 500) options.logger.error({ err: error, requestId: c.get("requestId") }, "unhandled error");
    else if (error instanceof Error && error.cause !== undefined)
      // a file the reader could not parse: the parser's own message stays here, the user reads a fixed sentence
      options.logger.warn(
        {
          requestId: c.get("requestId"),
          status: res.status,
          code: (error as { code?: string }).code,
          sebab: String(error.cause),
        },
        "berkas ditolak",
      );
    else
      options.logger.debug(
        { requestId: c.get("requestId"), status: res.status, name: (error as Error).name },
        "ditolak",
      );
    return res;
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * Hono's bodyLimit, answered from the headers when they tell the size: a Content-Length without Transfer-Encoding is
 * the body's exact length (Node's HTTP parser reads no more), and a GET or HEAD sends none. A chunked body, or any
 * other request without a Content-Length (app.request in tests), goes through bodyLimit itself, which counts what it
 * reads. (bodyLimit reads `c.req.raw.body` first, which makes @hono/node-server build a web ReadableStream for every
 * request and lose its direct read of the socket's buffers: measured on the public SKM intake, ADR 0055.)
 */
function batasUkuran(opsi: { maxSize: number; onError: (c: Context<AppEnv>) => Response | Promise<Response> }) {
  const cadangan = bodyLimit(opsi);
  return async (c: Context<AppEnv>, next: Next): Promise<Response | void> => {
    const panjang = c.req.header("content-length");
    if (panjang === undefined || c.req.header("transfer-encoding") !== undefined) {
      if (panjang === undefined && (c.req.method === "GET" || c.req.method === "HEAD")) return next();
      return cadangan(c, next);
    }
    return Number.parseInt(panjang, 10) > opsi.maxSize ? opsi.onError(c) : next();
  };
}

/**
 * The raw request with a readable body for a handler that reads it itself (better-auth): teks-aman already read a
 * JSON body through Hono's cache (c.req.text()), so the request is built again from that text.
 */
async function permintaanUtuh(req: HonoRequest): Promise<Request> {
  const raw = req.raw;
  if (!raw.bodyUsed) return raw;
  return new Request(raw.url, { method: raw.method, headers: raw.headers, body: await req.text() });
}
