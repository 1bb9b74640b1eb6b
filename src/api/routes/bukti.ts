/** Evidence files of a realisasi: upload (multipart, ≤ 5 MB, PDF/PNG/JPEG), download, delete. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { hapusBukti, unduhBukti, unggahBukti } from "../../services/pengukuran/bukti";
import type { AppEnv } from "../env";
import { bacaUnggahan } from "../unggahan";
import { problemResponses, ZOpdParam } from "./skema-umum";
import { ZBuktiTerunggah, ZIdParam, ZOpdTahunParam } from "./skema-kinerja";

const ZUnggah = z
  .object({
    indikatorId: z.string().uuid(),
    periode: z.enum(["tw1", "tw2", "tw3", "tw4", "tahunan"]),
    berkas: z.any().openapi({ type: "string", format: "binary", description: "PDF, PNG atau JPEG, maks. 5 MB" }),
  })
  .openapi("UnggahBukti");

export function buktiRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/bukti",
      tags: ["Pengukuran"],
      summary: "Unggah bukti dukung realisasi (PDF/PNG/JPEG, maks. 5 MB)",
      request: {
        params: ZOpdTahunParam,
        // Not validated here: the service authorises first, then checks the fields (403 before 400).
        body: { required: false, content: { "multipart/form-data": { schema: ZUnggah } } },
      },
      responses: {
        201: { description: "Terunggah", content: { "application/json": { schema: ZBuktiTerunggah } } },
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { isian: form, berkas } = await bacaUnggahan(c);
      const row = await unggahBukti(
        c.get("ctx"),
        { pemda, opd },
        {
          indikatorId: typeof form.indikatorId === "string" ? form.indikatorId : undefined,
          periode: typeof form.periode === "string" ? (form.periode as never) : undefined,
          tahun,
          namaBerkas: berkas?.nama,
          isi: berkas?.isi,
        },
      );
      const { isi: _isi, ...info } = row as typeof row & { isi?: unknown };
      return c.json(info, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/bukti/{id}",
      tags: ["Pengukuran"],
      summary: "Unduh bukti dukung",
      request: { params: ZOpdParam.extend({ id: ZIdParam("id") }) },
      responses: {
        200: {
          description: "Berkas",
          content: { "application/octet-stream": { schema: z.any().openapi({ type: "string", format: "binary" }) } },
        },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      const b = await unduhBukti(c.get("ctx"), { pemda, opd }, id);
      return c.body(new Uint8Array(b.isi), 200, {
        "content-type": b.mime,
        "content-disposition": `attachment; filename="${encodeURIComponent(b.namaBerkas)}"`,
      }) as never;
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/bukti/{id}",
      tags: ["Pengukuran"],
      summary: "Hapus bukti dukung",
      request: { params: ZOpdParam.extend({ id: ZIdParam("id") }) },
      responses: {
        200: { description: "Terhapus", content: { "application/json": { schema: z.object({ id: z.string() }) } } },
        ...problemResponses([401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json(await hapusBukti(c.get("ctx"), { pemda, opd }, id), 200);
    },
  );
  return app;
}
