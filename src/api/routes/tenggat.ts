/**
 * Deadlines and the worklist (issue 15): GET/PUT /api/v1/pemda/{pemda}/tenggat/{tahun} (read: organisasi.baca;
 * save: pemda.kelola, audited) and GET /api/v1/pemda/{pemda}/daftar-kerja (what waits for the signed-in user in the
 * working year, ?tahun= to choose another year); GET …/tenggat/{tahun}/riwayat: the saved versions (from the audit).
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { JENIS_TENGGAT } from "../../domain/tenggat";
import { bacaDaftarKerja } from "../../services/tenggat/daftar-kerja";
import { bacaTenggat, riwayatTenggat, simpanTenggat } from "../../services/tenggat/tenggat";
import type { AppEnv } from "../env";
import { ZTahun } from "./skema-kinerja";
import { problemResponses, ZPemdaParam } from "./skema-umum";

const TAG = ["Tenggat dan daftar kerja"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } } });

const ZTenggat = z
  .object({
    tahun: z.number().int(),
    baris: z.array(
      z.object({ jenis: z.enum(JENIS_TENGGAT), label: z.string(), tanggal: z.string(), bawaan: z.boolean() }),
    ),
  })
  .openapi("Tenggat");

const ZSimpanTenggat = z
  .object({
    baris: z
      .array(
        z.object({
          jenis: z.enum(JENIS_TENGGAT),
          tanggal: z.string().max(10).openapi({ description: "TTTT-BB-HH" }),
        }),
      )
      .min(1)
      .max(JENIS_TENGGAT.length),
  })
  .openapi("SimpanTenggat");

const ZRiwayatTenggat = z
  .object({
    tahun: z.number().int(),
    versi: z.array(
      z.object({
        pada: z.string(),
        oleh: z.string(),
        perubahan: z.array(
          z.object({
            jenis: z.enum(JENIS_TENGGAT),
            label: z.string(),
            sebelum: z.string().nullable(),
            sesudah: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi("RiwayatTenggat");

const ZOpdRingkas = z.object({ slug: z.string(), nama: z.string() });
const ZDaftarKerja = z
  .object({
    tahun: z.number().int(),
    hariIni: z.string(),
    peran: z.string(),
    untukDisetujui: z.array(
      z.object({ opd: ZOpdRingkas, modul: z.string(), tahun: z.number().int(), label: z.string() }),
    ),
    dikembalikan: z.array(
      z.object({
        opd: ZOpdRingkas,
        modul: z.string(),
        label: z.string(),
        alasan: z.string().nullable(),
        oleh: z.string(),
      }),
    ),
    tenggat: z.array(
      z.object({
        jenis: z.enum(JENIS_TENGGAT),
        label: z.string(),
        tahunData: z.number().int(),
        tanggal: z.string(),
        sisaHari: z.number().int(),
        keadaan: z.enum(["lewat", "segera"]),
        jumlahOpd: z.number().int(),
        opd: z.array(ZOpdRingkas.extend({ tahap: z.string() })),
      }),
    ),
  })
  .openapi("DaftarKerja");

export function tenggatRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const params = ZPemdaParam.extend({ tahun: ZTahun });

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/tenggat/{tahun}",
      tags: TAG,
      summary: "Tenggat tahun ini: realisasi per triwulan, PK, LKjIP, periode SKM, LKE (tersimpan atau bawaan)",
      request: { params },
      responses: { 200: { description: "Tenggat", ...json(ZTenggat) }, ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      return c.json(await bacaTenggat(c.get("ctx"), pemda, tahun), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/tenggat/{tahun}",
      tags: TAG,
      summary: "Ubah tenggat tahun ini (admin Pemda; tercatat di jejak audit)",
      request: { params, body: { required: true, ...json(ZSimpanTenggat) } },
      responses: { 200: { description: "Tersimpan", ...json(ZTenggat) }, ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      return c.json(await simpanTenggat(c.get("ctx"), pemda, tahun, c.req.valid("json").baris), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/tenggat/{tahun}/riwayat",
      tags: TAG,
      summary: "Versi tenggat tahun ini: setiap penyimpanan dengan tanggal sebelum dan sesudahnya, terbaru dulu",
      request: { params },
      responses: {
        200: { description: "Riwayat", ...json(ZRiwayatTenggat) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      return c.json(await riwayatTenggat(c.get("ctx"), pemda, tahun), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/daftar-kerja",
      tags: TAG,
      summary: "Daftar kerja saya: menunggu persetujuan, dikembalikan, tenggat segera dan terlewat",
      request: {
        params: ZPemdaParam,
        query: z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
      responses: {
        200: { description: "Daftar kerja", ...json(ZDaftarKerja) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda } = c.req.valid("param");
      return c.json(await bacaDaftarKerja(c.get("ctx"), pemda, c.req.valid("query").tahun), 200);
    },
  );

  return app;
}
