import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listOpdOfPemda, listPemdaWithOpd } from "../../services/organisasi/list-opd";
import type { AppEnv } from "../env";
import { problemResponses, ZPemdaParam } from "./skema-umum";

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
      summary: "Daftar Pemda beserta perangkat daerahnya (yang boleh dilihat pengguna)",
      description:
        "Pengguna melihat Pemda-nya sendiri saja; pengguna yang terikat pada satu OPD hanya melihat OPD-nya di daftar.",
      responses: {
        200: { description: "Daftar Pemda", content: { "application/json": { schema: z.array(ZPemda) } } },
        ...problemResponses([401]),
      },
    }),
    async (c) => {
      const rows = await listPemdaWithOpd(c.get("ctx"));
      return c.json(
        rows.map(({ opd, ...p }) => ({ ...p, opd: opd.map(({ pemdaId: _p, ...o }) => o) })),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd",
      tags: ["Organisasi"],
      summary: "Perangkat daerah satu Pemda (yang boleh dilihat pengguna)",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Daftar OPD", content: { "application/json": { schema: z.array(ZOpd) } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const rows = await listOpdOfPemda(c.get("ctx"), c.req.valid("param").pemda);
      return c.json(
        rows.map(({ pemdaId: _p, ...o }) => o),
        200,
      );
    },
  );
  return app;
}
