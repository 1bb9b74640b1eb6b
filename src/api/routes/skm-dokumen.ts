/**
 * The SKM documents of a survey period (issue 12, ADR 0022) under /api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}:
 * the Laporan SKM per Permenpan RB 14/2017 (DOCX, PDF) and the one-page Hasil SKM for the notice board (PDF, PNG) at …/publikasi.
 * Read with "skm.baca" on the OPD (services/skm/dokumen-skm.ts).
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { unduhDokumenSkm } from "../../services/skm/dokumen-skm";
import type { AppEnv } from "../env";
import { problemResponses, ZOpdParam } from "./skema-umum";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}";
const TAG = ["SKM"];
const ZBerkas = z.any().openapi({ type: "string", format: "binary" });
const ZPeriodeParam = ZOpdParam.extend({
  periode: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { name: "periode", in: "path" }, example: "2023" }),
});
const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  png: "image/png",
} as const;
const berkas = (jenis: (keyof typeof MIME)[], description: string) => ({
  description,
  content: Object.fromEntries(jenis.map((j) => [MIME[j], { schema: ZBerkas }])),
});

export function skmDokumenRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  for (const [jenis, segmen, format, ringkas] of [
    [
      "laporan",
      "laporan",
      ["docx", "pdf"],
      "Laporan Survei Kepuasan Masyarakat (Bab I–V, RTL) per Permenpan RB 14/2017",
    ],
    [
      "hasil",
      "publikasi",
      ["pdf", "png"],
      "Publikasi satu halaman Hasil SKM (IKM, mutu, per unsur, RTL) untuk papan pengumuman",
    ],
  ] as const) {
    app.openapi(
      createRoute({
        method: "get",
        path: `${BASE}/${segmen}`,
        tags: TAG,
        summary: ringkas,
        request: {
          params: ZPeriodeParam,
          query: z.object({ format: z.enum(format).openapi({ example: format[1] }) }),
        },
        responses: { 200: berkas([...format], ringkas), ...problemResponses([400, 401, 403, 404]) },
      }),
      async (c) => {
        const { pemda, opd, periode } = c.req.valid("param");
        const { format: f } = c.req.valid("query");
        const b = await unduhDokumenSkm(c.get("ctx"), { pemda, opd }, periode, jenis, f);
        return c.body(new Uint8Array(b.isi), 200, {
          "content-type": b.jenisMime,
          "content-disposition": `${f === "png" ? "inline" : "attachment"}; filename="${b.namaBerkas}"`,
          "cache-control": "no-store",
        }) as never;
      },
    );
  }
  return app;
}
