/**
 * Rencana Aksi documents (issue #19): `GET …/opd/{opd}/renaksi/{tahun}/dokumen?triwulan=1-4&format=docx|pdf|xlsx`
 * gives the quarterly Laporan Capaian Kinerja s.d. that triwulan; with `pk=<pkId>` the Rencana Aksi document of that
 * PK (docx|pdf). Read with renaksi.baca.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { unduhDokumenRenaksi } from "../../services/renaksi/dokumen-renaksi";
import type { AppEnv } from "../env";
import { ZOpdTahunParam } from "./skema-kinerja";
import { problemResponses } from "./skema-umum";

const ZBerkas = z.any().openapi({ type: "string", format: "binary" });
const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const ZDokumenRenaksiQuery = z.object({
  triwulan: z.coerce.number().int().min(1).max(4).openapi({ type: "integer", example: 2 }),
  format: z.enum(["docx", "pdf", "xlsx"]).openapi({ example: "docx" }),
  pk: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: "id PK: dokumen Rencana Aksi PK itu (docx/pdf) alih-alih laporan triwulan" }),
});

export function renaksiDokumenRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/dokumen",
      tags: ["Rencana Aksi"],
      summary:
        "Unduh Laporan Capaian Kinerja triwulanan (DOCX/PDF/XLSX), atau dengan pk= dokumen Rencana Aksi satu PK (DOCX/PDF)",
      request: { params: ZOpdTahunParam, query: ZDokumenRenaksiQuery },
      responses: {
        200: {
          description: "Berkas dokumen",
          content: Object.fromEntries(Object.values(MIME).map((m) => [m, { schema: ZBerkas }])),
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { triwulan, format, pk } = c.req.valid("query");
      const b = await unduhDokumenRenaksi(c.get("ctx"), { pemda, opd }, tahun, { triwulan, format, pkId: pk });
      return c.body(new Uint8Array(b.isi), 200, {
        "content-type": b.jenisMime,
        "content-disposition": `attachment; filename="${b.namaBerkas}"`,
        "cache-control": "no-store",
      }) as never;
    },
  );
  return app;
}
