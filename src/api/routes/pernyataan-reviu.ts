/**
 * The APIP's "Pernyataan Telah Direviu" (issue 14): GET /api/v1/pemda/{pemda}/opd/{opd}/reviu/pernyataan/{tahun}
 * ?format=docx|pdf[&tempat=&tanggal=]. Permission `reviu.periksa` (evaluator/Inspektorat, admin). The validator's
 * counts travel in the headers x-reviu-galat, x-reviu-peringatan, x-reviu-info as well as in the document.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { unduhPernyataanReviu } from "../../services/reviu/pernyataan-reviu";
import type { AppEnv } from "../env";
import { ZOpsiSurat } from "./skema-dokumen-evaluasi";
import { ZOpdTahunParam } from "./skema-kinerja";
import { problemResponses } from "./skema-umum";

const ZBerkas = z.any().openapi({ type: "string", format: "binary" });
const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};
const ZFormatPernyataan = ZOpsiSurat.omit({ nomor: true }).extend({
  format: z.enum(["docx", "pdf"]).openapi({ example: "docx" }),
});
const ZJumlah = z.string().openapi({ example: "0" });

export function pernyataanReviuRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/reviu/pernyataan/{tahun}",
      tags: ["Reviu"],
      summary: "Unduh Pernyataan Telah Direviu LKjIP satu OPD (DOCX/PDF) dengan jumlah temuan reviu data",
      request: { params: ZOpdTahunParam, query: ZFormatPernyataan },
      responses: {
        200: {
          description: "Berkas pernyataan (Pernyataan-Telah-Direviu-<tahun>-<opd>.<format>)",
          headers: z.object({ "x-reviu-galat": ZJumlah, "x-reviu-peringatan": ZJumlah, "x-reviu-info": ZJumlah }),
          content: { [MIME.docx]: { schema: ZBerkas }, [MIME.pdf]: { schema: ZBerkas } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { format, ...opsi } = c.req.valid("query");
      const b = await unduhPernyataanReviu(c.get("ctx"), { pemda, opd }, tahun, format, opsi);
      return c.body(new Uint8Array(b.isi), 200, {
        "content-type": b.jenisMime,
        "content-disposition": `attachment; filename="${b.namaBerkas}"`,
        "cache-control": "no-store",
        "x-reviu-galat": String(b.hasil.ringkasan.galat),
        "x-reviu-peringatan": String(b.hasil.ringkasan.peringatan),
        "x-reviu-info": String(b.hasil.ringkasan.info),
      }) as never;
    },
  );
  return app;
}
