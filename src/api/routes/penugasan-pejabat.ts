/**
 * Acting officials (issue 17): the Plt./Plh. assignments of one of an OPD's pejabat — list (organisasi.baca) and
 * record one (organisasi.ubah, audited). Errors (period, SK, overlap) answer 400 naming the field.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { akhiriPenugasan, daftarPenugasan, tambahPenugasan } from "../../services/organisasi/penugasan-pejabat";
import type { AppEnv } from "../env";
import { problemResponses, ZOpdParam } from "./skema-umum";

const ZParam = ZOpdParam.extend({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});
const ZTanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "format YYYY-MM-DD");

const ZPenugasanInput = z
  .object({
    jenis: z.enum(["plt", "plh"]).openapi({ description: "plt = Pelaksana Tugas, plh = Pelaksana Harian" }),
    jabatanDiisi: z.string().min(1).max(200).openapi({ description: 'jabatan yang diisi, tanpa "Plt."' }),
    nomorSk: z.string().min(1).max(200),
    mulai: ZTanggal,
    selesai: ZTanggal.nullable().optional(),
  })
  .openapi("PenugasanPejabatInput");

const ZPenugasan = z
  .object({
    id: z.string(),
    pejabatId: z.string(),
    jenis: z.enum(["plt", "plh"]),
    jabatanDiisi: z.string(),
    nomorSk: z.string(),
    mulai: z.string(),
    selesai: z.string().nullable(),
  })
  .openapi("PenugasanPejabat");

export function penugasanPejabatRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}/penugasan",
      tags: ["Organisasi"],
      summary: "Penugasan Plt./Plh. seorang pejabat",
      request: { params: ZParam },
      responses: {
        200: {
          description: "Penugasan",
          content: { "application/json": { schema: z.object({ penugasan: z.array(ZPenugasan) }) } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json({ penugasan: await daftarPenugasan(c.get("ctx"), { pemda, opd }, id) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}/penugasan",
      tags: ["Organisasi"],
      summary: "Catat penugasan Plt./Plh. (periode, nomor SK, jabatan yang diisi)",
      request: {
        params: ZParam,
        body: { required: true, content: { "application/json": { schema: ZPenugasanInput } } },
      },
      responses: {
        201: { description: "Dicatat", content: { "application/json": { schema: ZPenugasan } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      const b = c.req.valid("json");
      return c.json(await tambahPenugasan(c.get("ctx"), { pemda, opd }, { ...b, pejabatId: id }), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}/penugasan/{penugasanId}/akhiri",
      tags: ["Organisasi"],
      summary: "Akhiri penugasan Plt./Plh. pada tanggal tertentu (inklusif)",
      request: {
        params: ZParam.extend({
          penugasanId: z
            .string()
            .uuid()
            .openapi({ param: { name: "penugasanId", in: "path" } }),
        }),
        body: {
          required: true,
          content: { "application/json": { schema: z.object({ selesai: ZTanggal }).openapi("AkhiriPenugasan") } },
        },
      },
      responses: {
        200: { description: "Diakhiri", content: { "application/json": { schema: ZPenugasan } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id, penugasanId } = c.req.valid("param");
      const { selesai } = c.req.valid("json");
      return c.json(await akhiriPenugasan(c.get("ctx"), { pemda, opd }, id, penugasanId, selesai), 200);
    },
  );
  return app;
}
