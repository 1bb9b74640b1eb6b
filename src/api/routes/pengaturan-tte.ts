/**
 * TTE provider per Pemda (issue 17/11, ADR 0039): `register` or `bsre` and the Pemda's Esign Client Service address
 * (overrides TTE_URL). Read with organisasi.baca; changed by the Pemda's admin (pemda.kelola), audited, ETag/If-Match.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { lihatPengaturanTte, ubahPengaturanTte } from "../../services/tte/pengaturan-tte";
import type { AppEnv } from "../env";
import { denganEtag, simpanBerversi } from "../versi";
import { problemResponses, ZHeaderVersi, ZPemdaParam } from "./skema-umum";

const ZPengaturanTte = z
  .object({
    penyedia: z.enum(["register", "bsre"]),
    alamat: z.string().nullable().openapi({ description: "alamat Esign Client Service Pemda; null = TTE_URL server" }),
  })
  .openapi("PengaturanTte");

const ZPengaturanTteInput = z
  .object({
    penyedia: z.enum(["register", "bsre"]),
    alamat: z.string().max(500).nullable().optional(),
  })
  .openapi("PengaturanTteInput");

const PATH = "/api/v1/pemda/{pemda}/pengaturan/tte";

export function pengaturanTteRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: PATH,
      tags: ["Organisasi"],
      summary: "Penyedia TTE Pemda (register/BSrE) dan alamat Esign Client Service",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Pengaturan TTE", content: { "application/json": { schema: ZPengaturanTte } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(denganEtag(c, await lihatPengaturanTte(c.get("ctx"), c.req.valid("param").pemda)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: PATH,
      tags: ["Organisasi"],
      summary: "Ubah penyedia TTE Pemda (admin Pemda)",
      request: {
        params: ZPemdaParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZPengaturanTteInput } } },
      },
      responses: {
        200: {
          description: "Tersimpan (diubah: false bila tidak ada yang berubah)",
          content: {
            "application/json": {
              schema: z.object({ pengaturan: ZPengaturanTte, diubah: z.boolean(), versi: z.string() }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), "Pengaturan TTE", (ctx) => lihatPengaturanTte(ctx, pemda));
      const hasil = await ubahPengaturanTte(s.ctx, pemda, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  return app;
}
