import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { requireAktor } from "../../services/akses/authorize";
import { checkHealth, checkReady } from "../../services/system/check-health";
import type { AppEnv } from "../env";
import { problemResponses } from "./skema-umum";

const ZHealth = z
  .object({
    status: z.enum(["ok", "error"]),
    database: z.object({
      engine: z.string(),
      ok: z.boolean(),
      latencyMs: z.number(),
      error: z.string().optional(),
    }),
  })
  .openapi("Health");

const ZReady = z
  .object({ status: z.enum(["ok", "error"]), database: z.boolean(), migrasi: z.boolean() })
  .openapi("Ready");

const ZInfo = z.object({ nama: z.string(), versi: z.string(), engine: z.string() }).openapi("SistemInfo");

export function systemRoutes(version: string) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      tags: ["Sistem"],
      summary: "Status layanan dan basis data",
      responses: {
        200: { description: "Sehat", content: { "application/json": { schema: ZHealth } } },
        503: { description: "Basis data tidak dapat dihubungi", content: { "application/json": { schema: ZHealth } } },
      },
    }),
    async (c) => {
      const health = await checkHealth(c.get("ctx"));
      return health.status === "ok" ? c.json(health, 200) : c.json(health, 503);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      tags: ["Sistem"],
      summary: "Siap melayani: basis data terhubung dan semua migrasi sudah diterapkan",
      responses: {
        200: { description: "Siap", content: { "application/json": { schema: ZReady } } },
        503: { description: "Belum siap", content: { "application/json": { schema: ZReady } } },
      },
    }),
    async (c) => {
      const ready = await checkReady(c.get("ctx"));
      return ready.status === "ok" ? c.json(ready, 200) : c.json(ready, 503);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/sistem/info",
      tags: ["Sistem"],
      summary: "Versi aplikasi dan mesin basis data (pengguna yang sudah masuk)",
      responses: {
        200: { description: "Info", content: { "application/json": { schema: ZInfo } } },
        ...problemResponses([401]),
      },
    }),
    (c) => {
      requireAktor(c.get("ctx"));
      return c.json({ nama: "SAKIP", versi: version, engine: c.get("ctx").engine }, 200);
    },
  );
  return app;
}
