/**
 * Publication for the public portal (issue 15, ADR 0029) under /api/v1/pemda/{pemda}/opd/{opd}/publikasi/{tahun}:
 * what is published for the OPD and year (laporan.baca), publish one kind (PUT, freezes data and document) and
 * withdraw it (DELETE); both need publikasi.terbitkan and are audited.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  daftarPublikasi,
  JENIS_PUBLIKASI,
  tarikPublikasi,
  terbitkanPublikasi,
} from "../../services/publikasi/terbitkan";
import type { AppEnv } from "../env";
import { ZOpdTahunParam } from "./skema-kinerja";
import { problemResponses } from "./skema-umum";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/publikasi/{tahun}";
const TAG = ["Publikasi"];

const ZJenisParam = ZOpdTahunParam.extend({
  jenis: z.enum(JENIS_PUBLIKASI).openapi({ param: { name: "jenis", in: "path" }, example: "lkjip" }),
});

const ZStatusPublikasi = z
  .object({
    jenis: z.enum(JENIS_PUBLIKASI),
    label: z.string(),
    terbit: z
      .object({
        id: z.string(),
        judul: z.string(),
        diterbitkanPada: z.string(),
        diterbitkanOleh: z.string(),
        namaBerkas: z.string().nullable(),
        ukuranBerkas: z.number().int().nullable(),
        tabel: z.array(z.string()),
      })
      .nullable(),
  })
  .openapi("StatusPublikasi");

const ZDaftarPublikasi = z
  .object({ tahun: z.number().int(), item: z.array(ZStatusPublikasi) })
  .openapi("DaftarPublikasi");

const ZTerbitkanInput = z
  .object({
    periodeSkm: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .openapi({ description: "Kode periode SKM (hanya untuk jenis skm; bawaan: tahun)", example: "2023" }),
  })
  .openapi("TerbitkanPublikasiInput");

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export function publikasiRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: BASE,
      tags: TAG,
      summary: "Status publikasi portal per jenis (Renstra, PK, LKjIP, SKM, AKIP) untuk OPD dan tahun",
      request: { params: ZOpdTahunParam },
      responses: { 200: json(ZDaftarPublikasi, "Status publikasi"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await daftarPublikasi(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/{jenis}`,
      tags: TAG,
      summary:
        "Terbitkan ke portal publik (data dan dokumen dibekukan sebagaimana saat ini; terbit ulang menggantinya)",
      request: {
        params: ZJenisParam,
        body: { required: false, content: { "application/json": { schema: ZTerbitkanInput } } },
      },
      responses: {
        200: json(ZStatusPublikasi, "Diterbitkan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun, jenis } = c.req.valid("param");
      const body = c.req.header("content-type")?.includes("application/json") ? c.req.valid("json") : {};
      const r = await terbitkanPublikasi(c.get("ctx"), { pemda, opd }, tahun, jenis, {
        periodeSkm: body?.periodeSkm,
      });
      return c.json(r, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: `${BASE}/{jenis}`,
      tags: TAG,
      summary: "Tarik dari portal publik (yang belum terbit: tidak ada perubahan)",
      request: { params: ZJenisParam },
      responses: {
        200: json(z.object({ ditarik: z.boolean() }).openapi("HasilTarikPublikasi"), "Ditarik"),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun, jenis } = c.req.valid("param");
      return c.json(await tarikPublikasi(c.get("ctx"), { pemda, opd }, tahun, jenis), 200);
    },
  );
  return app;
}
