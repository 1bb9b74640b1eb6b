/**
 * The ESR bundle (issue 17, ADR 0039): `GET …/opd/{opd}/esr/{tahun}` answers one ZIP with the documents KemenPAN's
 * e-SAKIP Review asks for, the signed PDFs and a manifest with SHA-256 per file. Read with laporan.baca; the service
 * audits every export.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { buatBundelEsr } from "../../services/esr/bundel-esr";
import type { AppEnv } from "../env";
import { ZOpdTahunParam } from "./skema-kinerja";
import { problemResponses } from "./skema-umum";

const ZZip = z.any().openapi({ type: "string", format: "binary" });

export function esrRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/esr/{tahun}",
      tags: ["Laporan"],
      summary: "Unduh bundel ESR (ZIP): Renstra, PK, IKU, LKjIP, versi bertanda tangan dan manifest SHA-256",
      request: { params: ZOpdTahunParam },
      responses: {
        200: {
          description: "ESR-<tahun>-<opd>.zip (manifest.json dan DAFTAR-ISI.txt di dalamnya)",
          content: { "application/zip": { schema: ZZip } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const b = await buatBundelEsr(c.get("ctx"), { pemda, opd }, tahun);
      return c.body(new Uint8Array(b.isi), 200, {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${b.namaBerkas}"`,
        "cache-control": "no-store",
      }) as never;
    },
  );
  return app;
}
