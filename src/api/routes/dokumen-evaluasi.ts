/**
 * The evaluation's documents: the LHE of an OPD (`…/opd/{opd}/lhe/{tahun}?format=docx|pdf`), the Pemda's AKIP recap
 * as JSON (`…/pemda/{pemda}/rekap-akip/{tahun}`) and as the Inspektorat's letter with its lampiran
 * (`…/rekap-akip/{tahun}/unduh?format=docx|pdf|xlsx`). Read with evaluasi.baca.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type BerkasEvaluasi, rekapAkipJson, unduhLhe, unduhRekapAkip } from "../../services/lke/dokumen-evaluasi";
import { bacaSuratRekap, ubahSuratRekap } from "../../services/lke/surat-rekap";
import type { AppEnv } from "../env";
import { denganEtag, simpanBerversi } from "../versi";
import {
  ZFormatLhe,
  ZFormatRekap,
  ZPemdaTahunParam,
  ZRekapAkip,
  ZSuratRekap,
  ZSuratRekapInput,
} from "./skema-dokumen-evaluasi";
import { ZOpdTahunParam } from "./skema-kinerja";
import { problemResponses, ZHeaderVersi } from "./skema-umum";

const TAG = ["Evaluasi AKIP"];
const ZBerkas = z.any().openapi({ type: "string", format: "binary" });
const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function kirim(c: Context<AppEnv>, b: BerkasEvaluasi) {
  return c.body(new Uint8Array(b.isi), 200, {
    "content-type": b.jenisMime,
    "content-disposition": `attachment; filename="${b.namaBerkas}"`,
    "cache-control": "no-store",
  });
}

export function dokumenEvaluasiRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/lhe/{tahun}",
      tags: TAG,
      summary: "Unduh Laporan Hasil Evaluasi (LHE) AKIP satu OPD sebagai DOCX atau PDF",
      request: { params: ZOpdTahunParam, query: ZFormatLhe },
      responses: {
        200: {
          description: "Berkas LHE (LHE-AKIP-<tahun>-<opd>.<format>)",
          content: { [MIME.docx]: { schema: ZBerkas }, [MIME.pdf]: { schema: ZBerkas } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { format, ...surat } = c.req.valid("query");
      return kirim(c, await unduhLhe(c.get("ctx"), { pemda, opd }, tahun, format, surat)) as never;
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}",
      tags: TAG,
      summary: "Rekap evaluasi AKIP seluruh OPD: komponen, total, predikat, peringkat, selisih dengan yang tercetak",
      request: { params: ZPemdaTahunParam },
      responses: {
        200: { description: "Rekap", content: { "application/json": { schema: ZRekapAkip } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      return c.json(await rekapAkipJson(c.get("ctx"), pemda, tahun), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/unduh",
      tags: TAG,
      summary: "Unduh rekap evaluasi AKIP (surat Inspektorat dan lampirannya) sebagai DOCX, PDF atau XLSX",
      request: { params: ZPemdaTahunParam, query: ZFormatRekap },
      responses: {
        200: {
          description: "Berkas rekap (Rekap-AKIP-<tahun>-<pemda>.<format>)",
          content: Object.fromEntries(Object.values(MIME).map((m) => [m, { schema: ZBerkas }])),
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      const { format, ...surat } = c.req.valid("query");
      return kirim(c, await unduhRekapAkip(c.get("ctx"), pemda, tahun, format, surat)) as never;
    },
  );
  // the recap letter's number, place and date stored with the recap (ADR 0033)
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/surat",
      tags: TAG,
      summary: "Nomor, tempat dan tanggal surat rekap evaluasi AKIP yang tersimpan untuk tahun itu",
      request: { params: ZPemdaTahunParam },
      responses: {
        200: { description: "Surat rekap", content: { "application/json": { schema: ZSuratRekap } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaSuratRekap(c.get("ctx"), pemda, tahun)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/surat",
      tags: TAG,
      summary: "Simpan nomor, tempat dan tanggal surat rekap evaluasi AKIP (ketua tim evaluasi, admin)",
      request: {
        params: ZPemdaTahunParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZSuratRekapInput } } },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: { "application/json": { schema: ZSuratRekap.extend({ versi: z.string() }) } },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `Surat rekap AKIP ${tahun}`, (ctx) =>
        bacaSuratRekap(ctx, pemda, tahun),
      );
      const hasil = await ubahSuratRekap(s.ctx, pemda, tahun, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  return app;
}
