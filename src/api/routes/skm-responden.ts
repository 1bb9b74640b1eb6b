/**
 * Stored SKM answers for the Petugas SKM (issue 12, ADR 0037): paged list with filters, one answer (with its ETag),
 * correction and void (reason required, If-Match, audited). skm.baca / skm.ubah on the own OPD.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  bacaRespondenSkm,
  batalkanRespondenSkm,
  daftarRespondenSkm,
  koreksiRespondenSkm,
} from "../../services/skm/responden";
import type { AppEnv } from "../env";
import { denganEtag, simpanBerversi } from "../versi";
import { ZOpdIdParam, ZOpdPeriodeParam } from "./skema-skm";
import { problemResponses, ZHeaderVersi } from "./skema-umum";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/skm";
const TAG = ["SKM"];
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const ZSaluran = z.enum(["online", "qr", "kiosk", "kertas", "impor"]);

export const ZRespondenSkm = z
  .object({
    id: z.string(),
    layanan: z.string(),
    periode: z.string(),
    waktu: z.string(),
    saluran: ZSaluran,
    jawaban: z.record(z.string(), z.number().int()).openapi({ description: "u1 … u9 (1–4)" }),
    responden: z.object({
      umur: z.number().int().nullable(),
      jenisKelamin: z.string().nullable(),
      pendidikan: z.string().nullable(),
      pekerjaan: z.string().nullable(),
    }),
    saran: z.string().nullable().openapi({ description: "saran setelah data pribadi diganti" }),
    dikoreksiPada: z.string().nullable(),
    dibatalkanPada: z.string().nullable().openapi({ description: "terisi bila jawaban dibatalkan (tidak dihitung)" }),
    alasanBatal: z.string().nullable(),
  })
  .openapi("RespondenSkm");

export const ZHalamanRespondenSkm = z
  .object({
    periode: z.string(),
    total: z.number().int(),
    halaman: z.number().int(),
    ukuran: z.number().int(),
    baris: z.array(ZRespondenSkm),
  })
  .openapi("HalamanRespondenSkm");

const ZTanggal = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "tanggal harus yyyy-mm-dd")
  .optional();

const ZAlasan = z.string().max(2000).openapi({ description: "alasan koreksi/pembatalan (wajib)" });

export const ZMasukanKoreksiResponden = z
  .object({
    jawaban: z.record(z.string(), z.unknown()).openapi({ description: "u1 … u9, bilangan bulat 1–4" }),
    responden: z
      .object({
        umur: z.union([z.number(), z.string()]).nullable().optional(),
        jenisKelamin: z.string().max(20).nullable().optional(),
        pendidikan: z.string().max(20).nullable().optional(),
        pekerjaan: z.string().max(20).nullable().optional(),
      })
      .nullable()
      .optional(),
    alasan: ZAlasan,
  })
  .openapi("MasukanKoreksiRespondenSkm");

export const ZMasukanBatalResponden = z.object({ alasan: ZAlasan }).openapi("MasukanBatalRespondenSkm");

export function skmRespondenRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/periode/{periode}/responden`,
      tags: TAG,
      summary: "Jawaban responden yang tersimpan pada satu periode (berhalaman; saring layanan, saluran, tanggal)",
      request: {
        params: ZOpdPeriodeParam,
        query: z.object({
          layanan: z.string().max(60).optional(),
          saluran: ZSaluran.optional(),
          dari: ZTanggal.openapi({ description: "tanggal awal (WIB), yyyy-mm-dd" }),
          sampai: ZTanggal.openapi({ description: "tanggal akhir (WIB, termasuk), yyyy-mm-dd" }),
          status: z.enum(["aktif", "batal"]).optional(),
          halaman: z.coerce.number().int().min(1).max(100000).optional(),
          ukuran: z.coerce.number().int().min(1).max(200).optional(),
        }),
      },
      responses: { 200: json(ZHalamanRespondenSkm, "Satu halaman"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      return c.json(await daftarRespondenSkm(c.get("ctx"), l, periode, c.req.valid("query")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/responden/{id}`,
      tags: TAG,
      summary: "Satu jawaban responden (dengan ETag untuk koreksi/pembatalan)",
      request: { params: ZOpdIdParam("id") },
      responses: { 200: json(ZRespondenSkm, "Jawaban"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { id, ...l } = c.req.valid("param") as { id: string; pemda: string; opd: string };
      return c.json(denganEtag(c, await bacaRespondenSkm(c.get("ctx"), l, id)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/responden/{id}`,
      tags: TAG,
      summary: "Koreksi satu jawaban (u1–u9 dan profil; alasan wajib; IKM dihitung ulang; periode harus terbuka)",
      request: {
        params: ZOpdIdParam("id"),
        headers: ZHeaderVersi,
        body: { content: { "application/json": { schema: ZMasukanKoreksiResponden } }, required: true },
      },
      responses: { 200: json(ZRespondenSkm, "Tersimpan"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { id, ...l } = c.req.valid("param") as { id: string; pemda: string; opd: string };
      const s = simpanBerversi(c, c.get("ctx"), "jawaban responden SKM", (ctx) => bacaRespondenSkm(ctx, l, id));
      const hasil = await koreksiRespondenSkm(s.ctx, l, id, c.req.valid("json"));
      await s.selesai();
      return c.json(hasil, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/responden/{id}/batal`,
      tags: TAG,
      summary: "Batalkan satu jawaban (alasan wajib; tetap tersimpan dan tercatat, tidak dihitung dalam IKM)",
      request: {
        params: ZOpdIdParam("id"),
        headers: ZHeaderVersi,
        body: { content: { "application/json": { schema: ZMasukanBatalResponden } }, required: true },
      },
      responses: { 200: json(ZRespondenSkm, "Dibatalkan"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { id, ...l } = c.req.valid("param") as { id: string; pemda: string; opd: string };
      const path = c.req.path.replace(/\/batal$/, "");
      const s = simpanBerversi(c, c.get("ctx"), "jawaban responden SKM", (ctx) => bacaRespondenSkm(ctx, l, id), path);
      const hasil = await batalkanRespondenSkm(s.ctx, l, id, c.req.valid("json"));
      await s.selesai();
      return c.json(hasil, 200);
    },
  );

  return app;
}
