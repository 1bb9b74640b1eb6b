/** Planning routes: RPJMD + Renstra with indicators and targets per year, and the inline target edit. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaRenstra } from "../../services/perencanaan/baca-renstra";
import { ubahTarget } from "../../services/perencanaan/simpan-indikator";
import type { AppEnv } from "../env";
import { problemResponses } from "./skema-umum";
import { ZIdParam, ZObjek, ZOpdTahunParam } from "./skema-kinerja";

export function perencanaanRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/perencanaan/{tahun}",
      tags: ["Perencanaan"],
      summary:
        "RPJMD dan Renstra yang berlaku pada tahun itu: tujuan, sasaran, strategi, indikator dan target per tahun; " +
        "`periode` mendaftar semua periode Renstra dan RPJMD (renstra null bila tahun di luar semua periode)",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "Perencanaan", content: { "application/json": { schema: ZObjek("Perencanaan") } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await bacaRenstra(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/indikator/{id}/target/{tahun}",
      tags: ["Perencanaan"],
      summary: 'Ubah target satu tahun, ditulis seperti di dokumen ("85,00", "80-90", "BB (75,00)"); kosong = hapus',
      request: {
        params: ZOpdTahunParam.extend({ id: ZIdParam("id") }),
        body: {
          required: true,
          content: {
            "application/json": { schema: z.object({ target: z.string().max(60).nullable() }).openapi("TargetInput") },
          },
        },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: {
            "application/json": {
              schema: z.object({ indikatorId: z.string(), tahun: z.number(), target: z.string().nullable() }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun, id } = c.req.valid("param");
      return c.json(await ubahTarget(c.get("ctx"), { pemda, opd }, id, tahun, c.req.valid("json").target), 200);
    },
  );
  return app;
}
