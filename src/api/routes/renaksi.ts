/** Rencana Aksi routes (issue #19): read the plan and monitoring of a year, save a PK's plan, report a quarter. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaRenaksi } from "../../services/renaksi/baca-renaksi";
import { simpanRealisasiTriwulan, ubahStatusTriwulan } from "../../services/renaksi/lapor-triwulan";
import { simpanRenaksi } from "../../services/renaksi/simpan-renaksi";
import { DomainError } from "../../domain/shared/errors";
import { eksporRenaksiXlsx, konfirmasiImporRenaksi, pratinjauImporRenaksi } from "../../services/renaksi/xlsx-renaksi";
import type { AppEnv } from "../env";
import { problem } from "../problem";
import { pasangEtag, syaratVersi } from "../versi";
import { problemResponses, ZHeaderVersi } from "./skema-umum";
import {
  ZHasilImporRenaksi,
  ZImporRenaksi,
  ZPratinjauImporRenaksi,
  ZRealisasiTriwulanInput,
  ZRenaksi,
  ZRenaksiInput,
  ZRenaksiPkParam,
  ZRenaksiTahunParam,
  ZRenaksiTriwulanParam,
  ZStatusTriwulan,
  ZStatusTriwulanInput,
} from "./skema-renaksi";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}";
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const ZVersi = z.object({ versi: z.string() });

export function renaksiRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: BASE,
      tags: ["Rencana Aksi"],
      summary:
        "Rencana Aksi setahun per PK: target TW I–IV, aksi, realisasi, capaian per triwulan dan kumulatif, peringatan",
      request: { params: ZRenaksiTahunParam },
      responses: { 200: json(ZRenaksi, "Rencana Aksi"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await bacaRenaksi(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/pk/{pkId}`,
      tags: ["Rencana Aksi"],
      summary:
        "Simpan Rencana Aksi satu PK (target per triwulan, penanggung jawab, aksi dengan anggaran per triwulan); " +
        "semua atau tidak sama sekali. If-Match: pk[].versi dari GET; 409 bila telah diubah",
      request: {
        params: ZRenaksiPkParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZRenaksiInput } } },
      },
      responses: {
        200: json(z.object({ pkId: z.string(), versi: z.string() }), "Tersimpan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, pkId } = c.req.valid("param");
      const b = c.req.valid("json");
      const hasil = await simpanRenaksi(c.get("ctx"), { pemda, opd }, { ...b, pkId }, syaratVersi(c));
      pasangEtag(c, hasil.versi);
      return c.json(hasil, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/triwulan/{triwulan}/realisasi`,
      tags: ["Rencana Aksi"],
      summary:
        "Lapor realisasi satu triwulan (nilai, realisasi anggaran, faktor penghambat/pendorong, langkah); " +
        "triwulan yang diajukan/terkunci menolak (409)",
      request: {
        params: ZRenaksiTriwulanParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZRealisasiTriwulanInput } } },
      },
      responses: { 200: json(ZVersi, "Tersimpan"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { pemda, opd, tahun, triwulan } = c.req.valid("param");
      const b = c.req.valid("json");
      const hasil = await simpanRealisasiTriwulan(
        c.get("ctx"),
        { pemda, opd },
        tahun,
        triwulan,
        b.baris,
        syaratVersi(c),
      );
      pasangEtag(c, hasil.versi);
      return c.json(hasil, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/triwulan/{triwulan}/status`,
      tags: ["Rencana Aksi"],
      summary:
        "Ajukan (operator), kunci (pimpinan), kembalikan atau buka (dengan alasan) laporan satu triwulan; " +
        "mengajukan menolak indikator di bawah target tanpa faktor penghambat dan langkah",
      request: {
        params: ZRenaksiTriwulanParam,
        body: { required: true, content: { "application/json": { schema: ZStatusTriwulanInput } } },
      },
      responses: { 200: json(ZStatusTriwulan, "Status"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { pemda, opd, tahun, triwulan } = c.req.valid("param");
      const b = c.req.valid("json");
      return c.json(await ubahStatusTriwulan(c.get("ctx"), { pemda, opd }, tahun, triwulan, b.aksi, b.alasan), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/xlsx`,
      tags: ["Rencana Aksi"],
      summary:
        "Unduh Rencana Aksi (XLSX: lembar Target per indikator PK dan lembar Aksi dengan anggaran per triwulan); " +
        "templat=1: baris yang sama tanpa isian",
      request: {
        params: ZRenaksiTahunParam,
        query: z.object({ templat: z.enum(["0", "1"]).optional() }),
      },
      responses: {
        200: {
          description: "XLSX",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: z.any().openapi({ type: "string", format: "binary" }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const f = await eksporRenaksiXlsx(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("query").templat === "1");
      return c.body(f.isi as Uint8Array<ArrayBuffer>, 200, {
        "content-type": f.jenisMime,
        "content-disposition": `attachment; filename="${f.namaBerkas}"`,
        "cache-control": "no-store",
      }) as never;
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/impor/pratinjau`,
      tags: ["Rencana Aksi"],
      summary: "Pratinjau impor Rencana Aksi (XLSX): perubahan per indikator dan kesalahan per lembar/baris/kolom",
      request: {
        params: ZRenaksiTahunParam,
        body: { required: true, content: { "application/json": { schema: ZImporRenaksi } } },
      },
      responses: {
        200: json(ZPratinjauImporRenaksi, "Pratinjau"),
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await pratinjauImporRenaksi(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/impor/konfirmasi`,
      tags: ["Rencana Aksi"],
      summary:
        "Impor Rencana Aksi (XLSX): semua atau tidak sama sekali; hashBerkas/hashDasar dari pratinjau (409 bila berubah)",
      request: {
        params: ZRenaksiTahunParam,
        body: { required: true, content: { "application/json": { schema: ZImporRenaksi } } },
      },
      responses: {
        200: json(ZHasilImporRenaksi, "Hasil impor"),
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      try {
        return c.json(await konfirmasiImporRenaksi(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("json")), 200);
      } catch (e) {
        if (e instanceof DomainError && Array.isArray(e.details.galat)) {
          return problem(c, 400, "Berkas Rencana Aksi ditolak; tidak ada yang disimpan", {
            detail: e.message,
            errors: e.details.galat as Array<{ field: string; message: string }>,
          }) as never;
        }
        throw e;
      }
    },
  );
  return app;
}
