/**
 * Read-back of the plan documents in the shape of their PUT body (RpjmdInput / RenstraInput), for the edit forms:
 * GET then PUT unchanged answers `diubah: false`.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaIsianRenstra, bacaIsianRpjmd } from "../../services/perencanaan/baca-renstra-masukan";
import type { AppEnv } from "../env";
import { denganEtag } from "../versi";
import { ZRenstraInput, ZRpjmdInput } from "./skema-dokumen";
import { problemResponses, ZOpdParam, ZPemdaParam } from "./skema-umum";

const tahunAwal = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ param: { name: "tahunAwal", in: "path" }, type: "integer" });

export function perencanaanMasukanRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}",
      tags: ["Perencanaan"],
      summary: "RPJMD (visi, kata kunci, misi) dalam bentuk isian PUT, untuk formulir ubah; ETag = versinya",
      request: { params: ZPemdaParam.extend({ tahunAwal }) },
      responses: {
        200: { description: "Isian RPJMD", content: { "application/json": { schema: ZRpjmdInput } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahunAwal: awal } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaIsianRpjmd(c.get("ctx"), pemda, awal)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/renstra/{tahunAwal}",
      tags: ["Perencanaan"],
      summary: "Renstra (misi, tujuan, sasaran, strategi, kebijakan) dalam bentuk isian PUT, untuk formulir ubah",
      request: { params: ZOpdParam.extend({ tahunAwal }) },
      responses: {
        200: { description: "Isian Renstra", content: { "application/json": { schema: ZRenstraInput } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahunAwal: awal } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaIsianRenstra(c.get("ctx"), { pemda, opd }, awal)), 200);
    },
  );
  return app;
}
