/**
 * Monitoring of every OPD of a Pemda for one year (issue 15): GET /api/v1/pemda/{pemda}/monitoring/{tahun} (JSON)
 * and …/xlsx (the same table as XLSX). Permission monitoring.baca on the whole Pemda.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaMonitoring } from "../../services/monitoring/baca-monitoring";
import { eksporMonitoringXlsx } from "../../services/monitoring/ekspor-monitoring";
import type { AppEnv } from "../env";
import { ZTahun } from "./skema-kinerja";
import { ZFilterMonitoring, ZMonitoring } from "./skema-monitoring";
import { problemResponses, ZPemdaParam } from "./skema-umum";

const BASE = "/api/v1/pemda/{pemda}/monitoring/{tahun}";
const TAG = ["Monitoring"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function monitoringRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: BASE,
      tags: TAG,
      summary: "Monitoring seluruh OPD: tahap tiap modul, capaian IKU, serapan, IKM, Nilai AKIP, peringkat",
      request: { params: ZPemdaParam.extend({ tahun: ZTahun }), query: ZFilterMonitoring },
      responses: {
        200: { description: "Monitoring", content: { "application/json": { schema: ZMonitoring } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      return c.json(await bacaMonitoring(c.get("ctx"), pemda, tahun, c.req.valid("query")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/xlsx`,
      tags: TAG,
      summary: "Unduh monitoring seluruh OPD (XLSX), dengan saringan yang sama",
      request: { params: ZPemdaParam.extend({ tahun: ZTahun }), query: ZFilterMonitoring },
      responses: {
        200: {
          description: "XLSX",
          content: { [XLSX]: { schema: z.any().openapi({ type: "string", format: "binary" }) } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      const f = await eksporMonitoringXlsx(c.get("ctx"), pemda, tahun, c.req.valid("query"));
      return c.body(f.isi, 200, {
        "content-type": XLSX,
        "content-disposition": `attachment; filename="${f.namaBerkas}"`,
      }) as never;
    },
  );

  return app;
}
