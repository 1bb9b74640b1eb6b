/** Perjanjian Kinerja routes: the PKs of a year, the cascade tree with its gaps, and the inline row edit. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaDaftarPk, bacaKaskade } from "../../services/pk/baca-pk";
import { ubahBarisPk } from "../../services/pk/ubah-baris-pk";
import type { AppEnv } from "../env";
import { problemResponses, ZOpdParam } from "./skema-umum";
import { ZIdParam, ZObjek, ZOpdTahunParam } from "./skema-kinerja";

const ZUbahBaris = z
  .object({
    sasaran: z.string().max(2000).optional(),
    indikator: z.string().max(2000).optional(),
    satuan: z.string().max(100).optional(),
    target: z.string().max(60).nullable().optional(),
  })
  .openapi("UbahBarisPkInput");

export function perjanjianKinerjaRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}",
      tags: ["Perjanjian Kinerja"],
      summary:
        "Perjanjian Kinerja setahun per pejabat (awal/perubahan; yang berlaku ditandai), baris kinerja dan anggaran",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "Daftar PK", content: { "application/json": { schema: ZObjek("DaftarPk") } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(
        (await bacaDaftarPk(c.get("ctx"), { pemda, opd }, tahun)) as unknown as Record<string, unknown>,
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}/kaskade",
      tags: ["Perjanjian Kinerja"],
      summary: "Pohon kaskade dari misi Kepala Daerah sampai eselon IV, dengan celah (tanpa turunan, tanpa target)",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "Kaskade", content: { "application/json": { schema: ZObjek("KaskadePk") } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(
        (await bacaKaskade(c.get("ctx"), { pemda, opd }, tahun)) as unknown as Record<string, unknown>,
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk-baris/{id}",
      tags: ["Perjanjian Kinerja"],
      summary: "Ubah satu baris kinerja PK (sasaran, indikator, satuan, target)",
      request: {
        params: ZOpdParam.extend({ id: ZIdParam("id") }),
        body: { required: true, content: { "application/json": { schema: ZUbahBaris } } },
      },
      responses: {
        200: { description: "Tersimpan", content: { "application/json": { schema: ZObjek("BarisPk") } } },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json(
        (await ubahBarisPk(c.get("ctx"), { pemda, opd }, id, c.req.valid("json"))) as Record<string, unknown>,
        200,
      );
    },
  );
  return app;
}
