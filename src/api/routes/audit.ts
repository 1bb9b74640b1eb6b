/** The audit trail: browse with filters, the filter options, and export as CSV or XLSX (audit.baca). */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { eksporAudit } from "../../services/audit/ekspor-audit";
import { jelajahiAudit, opsiFilter } from "../../services/audit/jelajah-audit";
import type { AppEnv } from "../env";
import { problemResponses, ZPemdaParam } from "./skema-umum";

const ZFilter = z.object({
  opd: z.string().max(100).optional().openapi({ description: "slug OPD" }),
  entity: z.string().max(100).optional().openapi({ description: 'entitas, mis. "pengguna" atau "status_periode.*"' }),
  entityId: z.string().max(200).optional(),
  aktor: z.string().max(100).optional().openapi({ description: "id pengguna pelaku" }),
  aksi: z.string().max(100).optional(),
  dari: z.string().max(10).optional().openapi({ description: "YYYY-MM-DD (zona waktu Pemda), inklusif" }),
  sampai: z.string().max(10).optional().openapi({ description: "YYYY-MM-DD (zona waktu Pemda), inklusif" }),
});

const ZHalaman = ZFilter.extend({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

const ZEntri = z
  .object({
    id: z.number().int(),
    at: z.string(),
    opdId: z.string().nullable(),
    opdSlug: z.string().nullable(),
    opdNama: z.string().nullable(),
    actorUserId: z.string().nullable(),
    actorNama: z.string(),
    actorPeran: z.string(),
    entity: z.string(),
    entityId: z.string(),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    alasan: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .openapi("EntriAudit");

const ZHalamanAudit = z
  .object({
    entri: z.array(ZEntri),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    zonaWaktu: z
      .string()
      .openapi({ description: "Zona waktu Pemda (IANA), mis. Asia/Makassar", example: "Asia/Jakarta" }),
    singkatanZona: z.string().openapi({ example: "WIB" }),
  })
  .openapi("HalamanAudit");

const ZOpsi = z
  .object({
    entity: z.array(z.string()),
    aktor: z.array(z.object({ userId: z.string().nullable(), nama: z.string() })),
  })
  .openapi("OpsiFilterAudit");

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/audit",
      tags: ["Audit"],
      summary: "Jejak audit (terbaru dahulu), dengan filter entitas / OPD / pelaku / tanggal",
      request: { params: ZPemdaParam, query: ZHalaman },
      responses: {
        200: { description: "Entri", content: { "application/json": { schema: ZHalamanAudit } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => c.json(await jelajahiAudit(c.get("ctx"), c.req.valid("param").pemda, c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/audit/opsi",
      tags: ["Audit"],
      summary: "Nilai filter yang tersedia (entitas dan pelaku)",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Opsi", content: { "application/json": { schema: ZOpsi } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(await opsiFilter(c.get("ctx"), c.req.valid("param").pemda), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/audit/ekspor",
      tags: ["Audit"],
      summary: "Ekspor jejak audit terfilter (maks. 10.000 entri) sebagai CSV atau XLSX",
      request: { params: ZPemdaParam, query: ZFilter.extend({ format: z.enum(["csv", "xlsx"]).default("xlsx") }) },
      responses: {
        200: {
          description: "Berkas",
          content: {
            "text/csv": { schema: z.string() },
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: z.string().openapi({ format: "binary" }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { format, ...filter } = c.req.valid("query");
      const berkas = await eksporAudit(c.get("ctx"), c.req.valid("param").pemda, filter, format);
      return c.body(berkas.isi as Uint8Array<ArrayBuffer>, 200, {
        "content-type": berkas.contentType,
        "content-disposition": `attachment; filename="${berkas.namaBerkas}"`,
        "cache-control": "no-store",
      });
    },
  );
  return app;
}
