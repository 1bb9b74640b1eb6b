/**
 * Pemda settings (issue 11, ADR 0019): time zone and rule version per area. Read by anyone who may see the Pemda;
 * changed by its admin (`pemda.kelola`), audited, with ETag / If-Match.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { AREA_ATURAN } from "../../domain/aturan/daftar";
import { ZONA_WAKTU } from "../../domain/pengaturan/zona-waktu";
import { lihatPengaturanPemda, ubahPengaturanPemda } from "../../services/pengaturan/pengaturan-pemda";
import type { AppEnv } from "../env";
import { denganEtag, simpanBerversi } from "../versi";
import { problemResponses, ZHeaderVersi, ZPemdaParam } from "./skema-umum";

const ZAturan = z
  .object(Object.fromEntries(AREA_ATURAN.map((a) => [a, z.string().max(100).optional()])))
  .openapi({ description: "id versi aturan per area; area yang tidak tercantum memakai versi yang berlaku tahun itu" });

const ZAreaAturan = z.enum(AREA_ATURAN).openapi("AreaAturan");

const ZVersiPilihan = z
  .object({
    id: z.string(),
    label: z.string(),
    regulasi: z.string(),
    berlakuMulai: z.number().int().nullable(),
    berlakuSampai: z.number().int().nullable(),
  })
  .openapi("VersiAturanPilihan");

const ZPengaturan = z
  .object({
    zonaWaktu: z.enum(ZONA_WAKTU),
    singkatanZona: z.string().openapi({ example: "WIB" }),
    aturan: ZAturan,
    pilihan: z
      .array(z.object({ area: ZAreaAturan, versi: z.array(ZVersiPilihan) }))
      .openapi({ description: "versi yang dapat dipilih per area; yang pertama berlaku pada suatu tahun = bawaannya" }),
    berlaku: z
      .array(z.object({ tahun: z.number().int(), aturan: z.record(ZAreaAturan, z.string()) }))
      .openapi({ description: "versi yang dipakai tiap area pada tahun ini, tiga tahun sebelumnya dan tahun depan" }),
  })
  .openapi("PengaturanPemda");

const ZPengaturanInput = z
  .object({
    zonaWaktu: z.enum(ZONA_WAKTU).optional(),
    aturan: z
      .object(Object.fromEntries(AREA_ATURAN.map((a) => [a, z.string().max(100).nullable().optional()])))
      .strict()
      .optional()
      .openapi({ description: "id versi per area; null mengembalikan ke versi yang berlaku" }),
  })
  .openapi("PengaturanPemdaInput");

const PATH = "/api/v1/pemda/{pemda}/pengaturan";

export function pengaturanPemdaRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: PATH,
      tags: ["Organisasi"],
      summary: "Pengaturan Pemda: zona waktu (WIB/WITA/WIT) dan pilihan versi aturan per area",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Pengaturan", content: { "application/json": { schema: ZPengaturan } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(denganEtag(c, await lihatPengaturanPemda(c.get("ctx"), c.req.valid("param").pemda)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: PATH,
      tags: ["Organisasi"],
      summary: "Ubah pengaturan Pemda (admin Pemda): zona waktu, versi aturan per area",
      request: {
        params: ZPemdaParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZPengaturanInput } } },
      },
      responses: {
        200: {
          description: "Tersimpan (diubah: false bila tidak ada yang berubah)",
          content: {
            "application/json": {
              schema: z.object({ pengaturan: ZPengaturan, diubah: z.boolean(), versi: z.string() }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), "Pengaturan Pemda", (ctx) => lihatPengaturanPemda(ctx, pemda));
      const hasil = await ubahPengaturanPemda(s.ctx, pemda, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  return app;
}
