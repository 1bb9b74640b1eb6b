/** Measurement routes: the IKU table/dashboard of a year, entering realisasi, analysis, program indicators, peer. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaCatatanSumber } from "../../services/catatan/catatan-sumber";
import { bacaIndikatorProgram } from "../../services/pengukuran/indikator-program";
import { bacaPembanding, kandidatPembanding } from "../../services/pengukuran/pembanding";
import { bacaPengukuran } from "../../services/pengukuran/baca-pengukuran";
import { bacaAnalisis, simpanAnalisis } from "../../services/pengukuran/simpan-analisis";
import { ubahRealisasi } from "../../services/pengukuran/ubah-realisasi";
import type { AppEnv } from "../env";
import { denganEtag, denganVersi, pasangEtag, simpanBerversi, syaratVersi } from "../versi";
import { problemResponses, ZHeaderVersi, ZOpdParam } from "./skema-umum";
import {
  ZAnalisisSasaran,
  ZCatatanSumber,
  ZIdParam,
  ZIndikatorProgram,
  ZOpdTahunParam,
  ZPembanding,
  ZPengukuran,
  ZRealisasiInput,
} from "./skema-kinerja";
import { MAKS_TEKS } from "../../domain/shared/batas-teks";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}";
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const ZAnalisisInput = z
  .object({
    faktorPendukung: z.array(z.string().max(MAKS_TEKS)),
    faktorPenghambat: z.array(z.string().max(MAKS_TEKS)),
    solusi: z.array(z.string().max(MAKS_TEKS)),
    rekomendasi: z.array(z.string().max(MAKS_TEKS)),
  })
  .openapi("AnalisisInput");

export function pengukuranRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: BASE,
      tags: ["Pengukuran"],
      summary: "Tabel IKU setahun: target, realisasi, capaian dan kategori (dihitung), tren, bukti",
      request: { params: ZOpdTahunParam },
      responses: { 200: json(ZPengukuran, "Pengukuran"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await bacaPengukuran(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/realisasi`,
      tags: ["Pengukuran"],
      summary:
        "Isi atau ubah realisasi satu indikator (triwulan atau tahunan); capaian dihitung ulang, diaudit. " +
        "If-Match: versi sel dari tabel pengukuran (versiRealisasi / triwulan[].versi); 409 bila telah diubah",
      request: {
        params: ZOpdTahunParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZRealisasiInput } } },
      },
      responses: {
        200: json(z.object({ id: z.string().nullable(), diubah: z.boolean(), versi: z.string() }), "Tersimpan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const b = c.req.valid("json");
      const hasil = await ubahRealisasi(c.get("ctx"), { pemda, opd }, { ...b, tahun }, syaratVersi(c));
      pasangEtag(c, hasil.versi);
      return c.json(hasil, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/analisis/{sasaranId}`,
      tags: ["Pengukuran"],
      summary: "Analisis sasaran: faktor pendukung, penghambat, solusi, rekomendasi",
      request: {
        params: ZOpdTahunParam.extend({ sasaranId: ZIdParam("sasaranId") }),
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZAnalisisInput } } },
      },
      responses: {
        200: json(z.object({ diubah: z.boolean(), versi: z.string() }), "Tersimpan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun, sasaranId } = c.req.valid("param");
      // checked against the sasaran's item of `GET …/analisis` (its `versi`), ADR 0016
      const s = simpanBerversi(
        c,
        c.get("ctx"),
        `Analisis sasaran ${tahun}`,
        async (ctx) => (await bacaAnalisis(ctx, { pemda, opd }, tahun)).find((x) => x.sasaranId === sasaranId) ?? null,
      );
      const hasil = await simpanAnalisis(s.ctx, { pemda, opd }, { ...c.req.valid("json"), sasaranId, tahun });
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/analisis`,
      tags: ["Pengukuran"],
      summary: "Analisis tiap sasaran tahun ini (faktor pendukung, penghambat, solusi, rekomendasi)",
      request: { params: ZOpdTahunParam },
      responses: { 200: json(z.array(ZAnalisisSasaran), "Daftar"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      // each sasaran's analysis carries its version, sent back in If-Match when saving it (ADR 0016)
      return c.json((await bacaAnalisis(c.get("ctx"), { pemda, opd }, tahun)).map(denganVersi), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/indikator-program`,
      tags: ["Pengukuran"],
      summary: "Indikator program/kegiatan penunjang sasaran (capaian dihitung; menunjang/tidak menunjang)",
      request: { params: ZOpdTahunParam },
      responses: {
        200: json(z.array(ZIndikatorProgram), "Daftar"),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaIndikatorProgram(c.get("ctx"), { pemda, opd }, tahun)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pembanding",
      tags: ["Pengukuran"],
      summary: "Perangkat daerah pembanding dan angkanya (dari basis data atau angka terbit bersumber)",
      request: { params: ZOpdParam },
      responses: { 200: json(ZPembanding.nullable(), "Pembanding"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaPembanding(c.get("ctx"), { pemda, opd })), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pembanding/kandidat",
      tags: ["Pengukuran"],
      summary: "Perangkat daerah satu Pemda yang dapat dipilih sebagai pembanding (yang sejenis lebih dulu)",
      request: { params: ZOpdParam },
      responses: {
        200: json(
          z.array(z.object({ slug: z.string(), nama: z.string(), jenis: z.string(), sejenis: z.boolean() })),
          "Kandidat",
        ),
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      return c.json(await kandidatPembanding(c.get("ctx"), { pemda, opd }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/catatan-sumber",
      tags: ["Pengukuran"],
      summary: "Catatan sumber: kontradiksi dalam dokumen sumber, nilai yang disimpan dan alasannya",
      request: { params: ZOpdParam },
      responses: { 200: json(z.array(ZCatatanSumber), "Catatan"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      return c.json(await bacaCatatanSumber(c.get("ctx"), { pemda, opd }), 200);
    },
  );
  return app;
}
