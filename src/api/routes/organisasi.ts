import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import type { AppEnv } from "../env";

const ZOpd = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    nama: z.string(),
    jenis: z.string(),
    kode: z.string().nullable(),
    urutan: z.number().int().nullable(),
  })
  .openapi("Opd");

const ZPemda = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    nama: z.string(),
    jenis: z.enum(["kabupaten", "kota"]),
    provinsi: z.string(),
    opd: z.array(ZOpd),
  })
  .openapi("PemdaDenganOpd");

export function organisasiRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda",
      tags: ["Organisasi"],
      summary: "Daftar Pemda beserta perangkat daerahnya",
      responses: { 200: { description: "Daftar Pemda", content: { "application/json": { schema: z.array(ZPemda) } } } },
    }),
    async (c) => {
      const rows = await listPemdaWithOpd(c.get("ctx"));
      return c.json(
        rows.map(({ opd, ...p }) => ({ ...p, opd: opd.map(({ pemdaId: _p, ...o }) => o) })),
        200,
      );
    },
  );
  return app;
}
