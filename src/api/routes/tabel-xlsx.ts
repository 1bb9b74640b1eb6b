/**
 * XLSX export, template and import of the organisation/plans/PK/measurement tables (docs/tabel-xlsx.md). A rejected
 * import answers 400 with every problem as `errors` ({ field: "Baris 5, kolom G (Realisasi)", message }) and
 * nothing is written; an accepted one answers the changed cells and the sheet rows added and removed.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { DomainError } from "../../domain/shared/errors";
import { eksporTabel, ID_TABEL, imporTabel } from "../../services/tabel/tabel-xlsx";
import type { AppEnv } from "../env";
import { problem } from "../problem";
import { problemResponses, ZOpdParam } from "./skema-umum";

const MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const ZParam = ZOpdParam.extend({
  tabel: z
    .enum(ID_TABEL as [string, ...string[]])
    .openapi({ param: { name: "tabel", in: "path" }, example: "realisasi" }),
  tahun: z.coerce
    .number()
    .int()
    .min(0)
    .max(2100)
    .openapi({
      param: { name: "tahun", in: "path" },
      example: 2023,
      type: "integer",
      description: "0 untuk tabel tanpa tahun (desa, pejabat, unit-kerja, dasar-hukum, inovasi)",
    }),
});

const ZBerkas = z.any().openapi({ type: "string", format: "binary" });
const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/tabel/{tabel}/{tahun}";

export function tabelXlsxRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  for (const templat of [false, true]) {
    app.openapi(
      createRoute({
        method: "get",
        path: `${BASE}/${templat ? "templat" : "xlsx"}`,
        tags: ["Tabel XLSX"],
        summary: templat
          ? "Templat XLSX tabel (baris kosong untuk diisi; tabel tanpa baris baru: kolom isian kosong, kunci terisi)"
          : "Ekspor tabel ke XLSX (dapat diubah lalu diimpor kembali)",
        request: { params: ZParam },
        responses: {
          200: { description: "Berkas XLSX", content: { [MIME_XLSX]: { schema: ZBerkas } } },
          ...problemResponses([400, 401, 403, 404]),
        },
      }),
      async (c) => {
        const { pemda, opd, tabel, tahun } = c.req.valid("param");
        const b = await eksporTabel(c.get("ctx"), { pemda, opd }, tabel, tahun, templat);
        return c.body(b.isi as never, 200, {
          "content-type": MIME_XLSX,
          "content-disposition": `attachment; filename="${b.namaBerkas}"`,
        }) as never;
      },
    );
  }
  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/xlsx`,
      tags: ["Tabel XLSX"],
      summary:
        "Impor XLSX: hanya sel yang diubah, baris baru (ID kosong) dan baris bertanda Hapus yang disimpan; berkas bermasalah ditolak seluruhnya",
      request: { params: ZParam, body: { required: false, content: { [MIME_XLSX]: { schema: ZBerkas } } } },
      responses: {
        200: {
          description: "Sel yang diubah",
          content: {
            "application/json": {
              schema: z.object({
                jumlah: z.number().int(),
                diubah: z.array(
                  z.object({ baris: z.number().int(), kolom: z.string(), dari: z.unknown(), ke: z.unknown() }),
                ),
                ditambah: z.array(z.number().int()).openapi({ description: "Baris lembar kerja yang ditambahkan" }),
                dihapus: z.array(z.number().int()).openapi({ description: "Baris lembar kerja yang dihapus" }),
              }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    }),
    async (c) => {
      const { pemda, opd, tabel, tahun } = c.req.valid("param");
      const isi = new Uint8Array(await c.req.arrayBuffer());
      try {
        return c.json(await imporTabel(c.get("ctx"), { pemda, opd }, tabel, tahun, isi), 200);
      } catch (e) {
        if (e instanceof DomainError && Array.isArray(e.details.errors)) {
          return problem(c, 400, "Berkas ditolak", {
            detail: e.message,
            errors: e.details.errors as Array<{ field: string; message: string }>,
          }) as never;
        }
        throw e;
      }
    },
  );
  return app;
}
