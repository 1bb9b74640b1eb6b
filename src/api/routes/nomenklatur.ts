/**
 * Nomenclature check of budget rows typed in a form (issue 17, ADR 0043): `POST …/opd/{opd}/anggaran/{tahun}/
 * nomenklatur/periksa` answers the findings (unknown code, renamed one with the official name, unreadable code) of
 * the rows against the version in force for the budget year. Read-only (anggaran.baca); warnings, never a refusal.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { periksaNomenklaturBaris } from "../../services/anggaran/periksa-nomenklatur";
import type { AppEnv } from "../env";
import { ZOpdTahunParam } from "./skema-kinerja";
import { problemResponses } from "./skema-umum";

const ZBaris = z.object({
  ref: z.string().min(1).max(40).openapi({ description: 'posisi baris di formulir, mis. "1.2"', example: "1.2" }),
  tingkat: z.enum(["program", "kegiatan", "sub-kegiatan"]),
  kode: z.string().max(80).openapi({ example: "2.2.02.3" }),
  uraian: z.string().max(2000),
});

const ZHasil = z
  .object({
    versi: z
      .object({ id: z.string(), judul: z.string(), mulaiTahun: z.number().int(), lengkap: z.boolean() })
      .nullable()
      .openapi({ description: "versi nomenklatur yang berlaku pada tahun anggaran; null = tidak diperiksa" }),
    diperiksa: z.number().int(),
    temuan: z.array(
      z.object({
        ref: z.string(),
        jenis: z.enum(["kode_tidak_sah", "kode_tidak_dikenal", "nama_berbeda"]),
        kode: z.string(),
        namaResmi: z.string().nullable(),
        pesan: z.string(),
      }),
    ),
  })
  .openapi("HasilPeriksaNomenklatur");

export function nomenklaturRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/nomenklatur/periksa",
      tags: ["Anggaran"],
      summary: "Periksa kode dan nama program/kegiatan/sub-kegiatan terhadap nomenklatur yang berlaku (peringatan)",
      request: {
        params: ZOpdTahunParam,
        body: {
          required: true,
          content: {
            "application/json": {
              schema: z.object({ baris: z.array(ZBaris).max(2000) }).openapi("PeriksaNomenklaturInput"),
            },
          },
        },
      },
      responses: {
        200: { description: "Temuan per baris", content: { "application/json": { schema: ZHasil } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { baris } = c.req.valid("json");
      return c.json(await periksaNomenklaturBaris(c.get("ctx"), { pemda, opd }, tahun, baris), 200);
    },
  );
  return app;
}
