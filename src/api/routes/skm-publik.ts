/**
 * SKM public survey, the OPD's side (issue 12, ADR 0021), under /api/v1/pemda/{pemda}/opd/{opd}/skm/layanan/{layanan}:
 * the A4 QR poster (PDF, skm.baca), the one-time codes of a service (count, generate N as JSON or a printable PDF,
 * skm.ubah) and its "wajib kode" setting (skm.ubah). The public page itself is served by skm-publik-halaman.ts.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { aturWajibKode, bacaKodeSekali, buatKodeSekali, MAKS_KODE_SEKALI } from "../../services/skm-publik/kode-sekali";
import { buatPosterSkm, pdfKodeSekali } from "../../services/skm-publik/poster";
import type { AppEnv } from "../env";
import { problemResponses } from "./skema-umum";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/skm/layanan/{layanan}";
const TAG = ["SKM publik"];

const segmen = (nama: string, contoh: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: nama, in: "path" }, example: contoh });
const ZParam = z.object({
  pemda: segmen("pemda", "kabupaten-contoh"),
  opd: segmen("opd", "kecamatan-sei-balai"),
  layanan: segmen("layanan", "sb-umum"),
});

const ZRingkasKode = z
  .object({
    layanan: z.string(),
    wajibKode: z.boolean(),
    jumlah: z.number().int().openapi({ description: "kode yang pernah dibuat" }),
    terpakai: z.number().int(),
  })
  .openapi("SkmKodeSekaliRingkas");

const ZKodeBaru = z
  .object({
    layanan: z.string(),
    namaLayanan: z.string(),
    batch: z.string(),
    kode: z.array(z.string()).openapi({ description: "ditampilkan sekali ini saja; yang tersimpan hanya hash-nya" }),
    wajibKode: z.boolean(),
  })
  .openapi("SkmKodeSekaliBaru");

const ZBuatKode = z
  .object({ jumlah: z.number().int().min(1).max(MAKS_KODE_SEKALI).openapi({ example: 50 }) })
  .openapi("SkmBuatKodeSekali");

const ZWajib = z.object({ wajibKode: z.boolean() }).openapi("SkmWajibKode");

const pdf = (description: string) => ({
  description,
  content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
});

/** The public base URL of the links (SAKIP_URL_PUBLIK), else the origin of this request. */
function urlPublik(c: Context<AppEnv>, bawaan: string | undefined): string {
  return bawaan ?? new URL(c.req.url).origin;
}

function kirimPdf(c: Context<AppEnv>, isi: Buffer, namaBerkas: string) {
  return c.body(new Uint8Array(isi), 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${namaBerkas}"`,
    "cache-control": "no-store",
  });
}

export function skmPublikOpdRoutes(opsi: { urlPublik?: string | undefined } = {}) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/poster`,
      tags: TAG,
      summary: "Poster QR layanan (A4 PDF: logo Pemda, nama layanan, kode QR, tautan pendek)",
      request: { params: ZParam },
      responses: { 200: pdf("Poster PDF"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const p = c.req.valid("param");
      const r = await buatPosterSkm(c.get("ctx"), { ...p, urlPublik: urlPublik(c, opsi.urlPublik) });
      return kirimPdf(c, r.pdf, r.namaBerkas) as never;
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/kode-sekali`,
      tags: TAG,
      summary: "Kode sekali pakai layanan: wajib atau tidak, jumlah dibuat dan terpakai",
      request: { params: ZParam },
      responses: {
        200: { description: "Ringkasan", content: { "application/json": { schema: ZRingkasKode } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(await bacaKodeSekali(c.get("ctx"), c.req.valid("param")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/kode-sekali`,
      tags: TAG,
      summary: "Buat N kode sekali pakai untuk dicetak di loket (JSON, atau PDF siap cetak dengan ?format=pdf)",
      request: {
        params: ZParam,
        query: z.object({ format: z.enum(["json", "pdf"]).optional() }),
        body: { content: { "application/json": { schema: ZBuatKode } }, required: true },
      },
      responses: {
        201: { description: "Kode baru", content: { "application/json": { schema: ZKodeBaru } } },
        200: pdf("Lembar kode PDF (format=pdf)"),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const p = c.req.valid("param");
      const { jumlah } = c.req.valid("json");
      const r = await buatKodeSekali(c.get("ctx"), { ...p, jumlah });
      if (c.req.valid("query").format !== "pdf") return c.json(r, 201);
      const berkas = await pdfKodeSekali(c.get("ctx"), {
        ...p,
        layanan: r.layanan,
        namaLayanan: r.namaLayanan,
        kode: r.kode,
        urlPublik: urlPublik(c, opsi.urlPublik),
      });
      return kirimPdf(c, berkas.pdf, berkas.namaBerkas) as never;
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/kode-sekali/wajib`,
      tags: TAG,
      summary: "Atur apakah kiriman survei layanan ini wajib memakai kode sekali pakai",
      request: {
        params: ZParam,
        body: { content: { "application/json": { schema: ZWajib } }, required: true },
      },
      responses: {
        200: { description: "Ringkasan", content: { "application/json": { schema: ZRingkasKode } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) =>
      c.json(
        await aturWajibKode(c.get("ctx"), { ...c.req.valid("param"), wajibKode: c.req.valid("json").wajibKode }),
        200,
      ),
  );

  return app;
}
