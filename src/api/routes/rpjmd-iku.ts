/**
 * The Pemda's RPJMD IKU and the Kabupaten LKjIP (issue 15, ADR 0036):
 * GET/PUT /api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku (rpjmd.baca / rpjmd.ubah; the PUT replaces the whole document,
 * versioned with If-Match), GET /api/v1/pemda/{pemda}/capaian-iku/{tahun} (capaian per IKU, rules core) and
 * GET /api/v1/pemda/{pemda}/lkjip/{tahun}?format=docx|pdf|html|xlsx (the report, same engine as the OPD LKjIP).
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaCapaianIkuPemda } from "../../services/rpjmd/capaian-iku-pemda";
import { bacaRpjmdIku, simpanRpjmdIku } from "../../services/rpjmd/iku-rpjmd";
import { unduhLkjipPemda } from "../../services/rpjmd/lkjip-pemda";
import type { AppEnv } from "../env";
import { denganEtag, simpanBerversi } from "../versi";
import {
  ZCapaianIkuPemda,
  ZFormatLkjipPemda,
  ZPemdaTahunParamRpjmd,
  ZRpjmdIku,
  ZRpjmdIkuInput,
  ZRpjmdParam,
} from "./skema-rpjmd-iku";
import { problemResponses, ZHeaderVersi } from "./skema-umum";

const TAG = ["RPJMD & LKjIP Kabupaten"];
const ZBerkas = z.any().openapi({ type: "string", format: "binary" });
const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function rpjmdIkuRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku",
      tags: TAG,
      summary: "Tujuan, sasaran dan IKU RPJMD Pemda beserta target, realisasi langsung dan tautan ke indikator OPD",
      request: { params: ZRpjmdParam },
      responses: {
        200: { description: "IKU RPJMD", content: { "application/json": { schema: ZRpjmdIku } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahunAwal } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaRpjmdIku(c.get("ctx"), pemda, tahunAwal)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku",
      tags: TAG,
      summary: "Simpan seluruh tujuan, sasaran dan IKU RPJMD (Admin Pemda; If-Match versi yang dibaca)",
      request: {
        params: ZRpjmdParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZRpjmdIkuInput } } },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: {
            "application/json": { schema: ZRpjmdIku.extend({ diubah: z.boolean(), versi: z.string() }) },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, tahunAwal } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `IKU RPJMD ${tahunAwal}`, (ctx) => bacaRpjmdIku(ctx, pemda, tahunAwal));
      const hasil = await simpanRpjmdIku(s.ctx, pemda, tahunAwal, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/capaian-iku/{tahun}",
      tags: TAG,
      summary: "Capaian setiap IKU RPJMD pada satu tahun (target, realisasi, capaian, tahun lalu, target akhir)",
      request: { params: ZPemdaTahunParamRpjmd },
      responses: {
        200: { description: "Capaian IKU Pemda", content: { "application/json": { schema: ZCapaianIkuPemda } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      const h = await bacaCapaianIkuPemda(c.get("ctx"), pemda, tahun);
      return c.json({ pemda: h.pemda, tahun: h.tahun, rpjmd: h.rpjmd, baris: h.baris }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/lkjip/{tahun}",
      tags: TAG,
      summary: "Unduh LKjIP Kabupaten (DOCX/PDF/HTML/XLSX), ditandatangani Bupati",
      request: { params: ZPemdaTahunParamRpjmd, query: ZFormatLkjipPemda },
      responses: {
        200: {
          description: "Berkas LKjIP Kabupaten (LKjIP-<pemda>-<tahun>.<format>)",
          content: {
            [MIME.docx]: { schema: ZBerkas },
            [MIME.pdf]: { schema: ZBerkas },
            [MIME.html]: { schema: ZBerkas },
            [MIME.xlsx]: { schema: ZBerkas },
          },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      const { format, ...opsi } = c.req.valid("query");
      const b = await unduhLkjipPemda(c.get("ctx"), pemda, tahun, format, opsi);
      const inline = format === "html";
      return c.body(new Uint8Array(b.isi), 200, {
        "content-type": b.jenisMime,
        "content-disposition": `${inline ? "inline" : "attachment"}; filename="${b.namaBerkas}"`,
        "cache-control": "no-store",
      }) as never;
    },
  );
  return app;
}
