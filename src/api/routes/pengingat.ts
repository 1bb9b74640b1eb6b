/**
 * Reminders (issue 15, ADR 0035): GET /api/v1/pemda/{pemda}/pemberitahuan (mine), POST …/pemberitahuan/dibaca,
 * and for the Admin Pemda GET …/pengingat/kiriman (e-mail deliveries, failed first) and POST …/pengingat/jalankan.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  bacaKirimanSurel,
  bacaPemberitahuan,
  jalankanPengingatSekarang,
  tandaiPemberitahuanDibaca,
} from "../../services/tugas/kelola-pengingat";
import type { LayananTugas } from "../../services/tugas/layanan-tugas";
import type { AppEnv } from "../env";
import { problemResponses, ZPemdaParam } from "./skema-umum";

const TAG = ["Pengingat"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } } });

const ZPemberitahuan = z
  .object({
    id: z.string(),
    jenis: z.string(),
    judul: z.string(),
    isi: z.string(),
    tautan: z.string().nullable(),
    dibuatPada: z.string(),
    dibaca: z.boolean(),
  })
  .openapi("Pemberitahuan");
const ZDaftarPemberitahuan = z
  .object({ belumDibaca: z.number().int(), daftar: z.array(ZPemberitahuan) })
  .openapi("DaftarPemberitahuan");
const ZStatusKiriman = z.enum(["menunggu", "terkirim", "gagal"]);
const ZKiriman = z
  .object({
    jumlah: z.object({ menunggu: z.number().int(), terkirim: z.number().int(), gagal: z.number().int() }),
    daftar: z.array(
      z.object({
        id: z.string(),
        kepada: z.string(),
        subjek: z.string(),
        status: ZStatusKiriman,
        percobaan: z.number().int(),
        galat: z.string().nullable(),
        dibuatPada: z.string(),
        diubahPada: z.string(),
        terkirimPada: z.string().nullable(),
      }),
    ),
  })
  .openapi("KirimanSurel");
const ZHasilJalankan = z
  .object({
    hariIni: z.string(),
    pengingat: z.number().int(),
    pemberitahuanBaru: z.number().int(),
    surelBaru: z.number().int(),
    antrean: z.boolean(),
  })
  .openapi("HasilPengingat");

export interface OpsiPengingatApi {
  /** The running job service (`sakip serve`); absent in an app built for tests: in-app notifications only. */
  layanan?: LayananTugas | null;
}

export function pengingatRoutes(opsi: OpsiPengingatApi = {}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/pemberitahuan",
      tags: TAG,
      summary: "Pemberitahuan saya (pengingat tenggat), terbaru dulu",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Pemberitahuan", ...json(ZDaftarPemberitahuan) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => c.json(await bacaPemberitahuan(c.get("ctx"), c.req.valid("param").pemda), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/pemberitahuan/dibaca",
      tags: TAG,
      summary: "Tandai pemberitahuan saya sudah dibaca (satu menurut id, atau semuanya)",
      request: {
        params: ZPemdaParam,
        body: { required: true, ...json(z.object({ id: z.string().uuid().optional() }).openapi("TandaiDibaca")) },
      },
      responses: {
        200: { description: "Ditandai", ...json(z.object({ ditandai: z.number().int() })) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda } = c.req.valid("param");
      return c.json(await tandaiPemberitahuanDibaca(c.get("ctx"), pemda, c.req.valid("json").id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/pengingat/kiriman",
      tags: TAG,
      summary: "Pengiriman surel pengingat (Admin Pemda): yang gagal dan yang menunggu, dengan jawaban server",
      request: { params: ZPemdaParam, query: z.object({ status: ZStatusKiriman.optional() }) },
      responses: { 200: { description: "Pengiriman", ...json(ZKiriman) }, ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) =>
      c.json(await bacaKirimanSurel(c.get("ctx"), c.req.valid("param").pemda, c.req.valid("query").status), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/pengingat/jalankan",
      tags: TAG,
      summary: "Jalankan pengingat tenggat sekarang (Admin Pemda; tercatat di jejak audit bila ada yang baru)",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Hasil", ...json(ZHasilJalankan) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) =>
      c.json(await jalankanPengingatSekarang(c.get("ctx"), c.req.valid("param").pemda, opsi.layanan ?? null), 200),
  );

  return app;
}
