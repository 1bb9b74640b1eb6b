/** Workflow state of an OPD's plan and measurement data per year: read it, and move it (ajukan … buka). */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { STATUS } from "../../domain/akses/alur-kerja";
import { jalankanTindakan, lihatStatusOpd } from "../../services/alur/tindakan-periode";
import type { AppEnv } from "../env";
import { problemResponses, ZOpdParam } from "./skema-umum";

const MODUL = [
  "perencanaan",
  "pk",
  "pengukuran",
  "anggaran",
  "laporan",
  // M2-15 Rencana Aksi (ADR 0028)
  "renaksi",
] as const;
const AKSI = ["ajukan", "setujui", "kembalikan", "kunci", "buka", "tarik"] as const;

const ZTahunParam = ZOpdParam.extend({
  tahun: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "tahun", in: "path" }, example: 2024, type: "integer" }),
});

const ZModulParam = ZTahunParam.extend({
  modul: z.enum(MODUL).openapi({ param: { name: "modul", in: "path" } }),
});

const ZTindakan = z.object({
  aksi: z.enum(AKSI),
  label: z.string(),
  ke: z.enum(STATUS),
  perluAlasan: z.boolean(),
});

const ZStatusModul = z
  .object({
    modul: z.enum(MODUL),
    status: z.enum(STATUS),
    labelStatus: z.string(),
    tindakan: z.array(ZTindakan),
  })
  .openapi("StatusModul");

const ZUbahStatus = z
  .object({
    aksi: z.enum(AKSI),
    alasan: z.string().max(2000).optional().openapi({ description: "wajib untuk kembalikan dan buka" }),
  })
  .openapi("UbahStatusInput");

export function statusPeriodeRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}",
      tags: ["Alur kerja"],
      summary: "Status tiap modul (draf → diajukan → disetujui → terkunci) dan tindakan yang boleh diambil",
      request: { params: ZTahunParam },
      responses: {
        200: { description: "Status", content: { "application/json": { schema: z.array(ZStatusModul) } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await lihatStatusOpd(c.get("ctx"), pemda, opd, tahun), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}/{modul}",
      tags: ["Alur kerja"],
      summary: "Ajukan, setujui, kembalikan, kunci, atau buka kunci (dengan alasan) data satu modul",
      request: {
        params: ZModulParam,
        body: { required: true, content: { "application/json": { schema: ZUbahStatus } } },
      },
      responses: {
        200: {
          description: "Status baru",
          content: { "application/json": { schema: z.object({ status: z.enum(STATUS) }) } },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun, modul } = c.req.valid("param");
      const { aksi, alasan } = c.req.valid("json");
      const status = await jalankanTindakan(
        c.get("ctx"),
        { pemdaSlug: pemda, opdSlug: opd, tahun, modul },
        aksi,
        alasan,
      );
      return c.json({ status }, 200);
    },
  );
  return app;
}
