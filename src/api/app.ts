/**
 * The HTTP application: thin Hono routes with zod contracts (OpenAPI generated from them), problem+json errors,
 * security headers, request logging, and the built web UI served from the same port.
 */
import fs from "node:fs";
import path from "node:path";
import { OpenAPIHono } from "@hono/zod-openapi";
import { serveStatic } from "@hono/node-server/serve-static";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import type { ServiceContext } from "../services/context";
import type { AppEnv } from "./env";
import { requestContext } from "./middleware/request-context";
import { problem, problemFromError } from "./problem";
import { renderReferencePage } from "./reference-page";
import { mountRoutes } from "./routes";

export interface AppOptions {
  ctx: ServiceContext;
  logger: Logger;
  version: string;
  /** Folder with the built web UI (index.html); when absent, only the API is served. */
  webDir?: string | undefined;
}

export const OPENAPI_INFO = {
  title: "SAKIP",
  description: "API Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
};

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

  app.use("*", requestContext(options.logger));
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
  app.use(
    "/api/*",
    bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (c) => problem(c, 413, "Ukuran permintaan terlalu besar") }),
  );
  app.use("*", async (c, next) => {
    c.set("ctx", options.ctx);
    await next();
  });

  mountRoutes(app, options.version);

  const openApiConfig = { openapi: "3.0.0", info: { ...OPENAPI_INFO, version: options.version } };
  app.doc("/api/openapi.json", openApiConfig);
  app.get("/api/docs", (c) => c.html(renderReferencePage(app.getOpenAPIDocument(openApiConfig) as never)));

  app.all("/api/*", (c) => problem(c, 404, "Rute API tidak ditemukan", { detail: `${c.req.method} ${c.req.path}` }));

  const webDir = options.webDir;
  if (webDir && fs.existsSync(path.join(webDir, "index.html"))) {
    const root = path.relative(process.cwd(), webDir) || ".";
    const indexHtml = fs.readFileSync(path.join(webDir, "index.html"), "utf8");
    app.use("/assets/*", serveStatic({ root }));
    app.use("/favicon.svg", serveStatic({ root }));
    // Single-page app: every other GET returns index.html and the client router takes over.
    app.get("*", (c) => c.html(indexHtml));
  }

  app.notFound((c) => problem(c, 404, "Halaman tidak ditemukan"));
  app.onError((error, c) => {
    options.logger.error({ err: error, requestId: c.get("requestId") }, "unhandled error");
    return problemFromError(c, error);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
