/**
 * Reviu (issue 14): POST /api/v1/pemda/{pemda}/reviu/periksa — multipart field `berkas` or JSON `{ namaBerkas, isiBase64 }` (a published LKjIP: DOCX, PDF with text,
 * TXT); answers the findings. Permission `reviu.periksa` (evaluator/Inspektorat, admin). Body up to the import limit
 * (SAKIP_IMPOR_MAKS_BERKAS_MB, see app.ts).
 * GET /api/v1/pemda/{pemda}/opd/{opd}/reviu/data/{tahun}: the validator over our own data (ADR 0027), "laporan.baca".
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { periksaUnggahanLaporan, type UnggahanLaporan } from "../../services/reviu/periksa-unggahan";
import type { AppEnv } from "../env";
import { bacaUnggahan } from "../unggahan";
import { periksaDataOpdTahun } from "../../services/reviu/periksa-data";
import { ZHasilReviu, ZHasilReviuData, ZReviuDataQuery, ZReviuForm, ZReviuJson } from "./skema-reviu";
import { problemResponses, ZOpdParam, ZPemdaParam } from "./skema-umum";

const ZOpdTahunParam = ZOpdParam.extend({
  tahun: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "tahun", in: "path" }, example: 2023, type: "integer" }),
});

async function bacaLaporan(c: Context<AppEnv>): Promise<UnggahanLaporan | null> {
  const { berkas } = await bacaUnggahan(c, { json: true });
  return berkas ? { nama: berkas.nama || "berkas", isi: berkas.isi } : null;
}

export function reviuRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/reviu/periksa",
      tags: ["Reviu"],
      summary: "Periksa LKjIP terbit: jumlah, persentase capaian/serapan, kategori, penomoran, narasi vs tabel",
      request: {
        params: ZPemdaParam,
        // Not validated here: the service authorises first, then reads the file (403 before 400).
        body: {
          required: false,
          content: { "multipart/form-data": { schema: ZReviuForm }, "application/json": { schema: ZReviuJson } },
        },
      },
      responses: {
        200: { description: "Temuan reviu", content: { "application/json": { schema: ZHasilReviu } } },
        ...problemResponses([400, 401, 403, 404, 413]),
      },
    }),
    async (c) =>
      c.json(await periksaUnggahanLaporan(c.get("ctx"), c.req.valid("param").pemda, () => bacaLaporan(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/reviu/data/{tahun}",
      tags: ["Reviu"],
      summary: "Periksa data OPD per tahun: kelengkapan, kewajaran, konsistensi; tiap temuan dengan tautan perbaikan",
      request: { params: ZOpdTahunParam, query: ZReviuDataQuery },
      responses: {
        200: { description: "Temuan atas data OPD", content: { "application/json": { schema: ZHasilReviuData } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const q = c.req.valid("query");
      const opsi = {
        ...(q.batasCapaian !== undefined ? { batasCapaian: q.batasCapaian } : {}),
        ...(q.kaliLonjakan !== undefined ? { kaliLonjakan: q.kaliLonjakan } : {}),
      };
      return c.json(await periksaDataOpdTahun(c.get("ctx"), { pemda, opd }, tahun, opsi), 200);
    },
  );
  return app;
}
