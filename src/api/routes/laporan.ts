/**
 * The LKjIP and PK documents (issue 7) under /api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}: the report's summary
 * (sections, tables, missing data, generated paragraphs and flagged edits), the HTML preview, downloads (DOCX, PDF,
 * XLSX, HTML; PK as DOCX/PDF per pejabat and version), and the texts an operator writes: free-text sections, the
 * signatures, and edits of generated paragraphs. Reads need laporan.baca, writes laporan.buat (audited).
 * Documents are built on request (the demo LKjIP: well under a second warm); the UI shows progress meanwhile.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { hapusNarasi, simpanNarasi } from "../../services/laporan/narasi-laporan";
import {
  bacaPenandatangan,
  DOKUMEN_PENANDATANGAN,
  simpanPenandatangan,
} from "../../services/laporan/penandatangan-laporan";
import { FORMAT_LAPORAN } from "../../services/laporan/penyaji";
import { ringkasanLaporan } from "../../services/laporan/susun-laporan";
import { bacaTeksLaporan, simpanTeksLaporan } from "../../services/laporan/teks-laporan";
import { type BerkasLaporan, pratinjauLaporan, unduhLaporan, unduhPk } from "../../services/laporan/unduh-laporan";
import type { AppEnv } from "../env";
import { ZOpdTahunParam } from "./skema-kinerja";
import {
  ZDiubah,
  ZNarasi,
  ZNarasiInput,
  ZPenandatanganInput,
  ZPeringatan,
  ZRingkasanLaporan,
  ZTeksHalaman,
  ZTeksInput,
} from "./skema-laporan";
import { problemResponses, ZHeaderVersi } from "./skema-umum";
import { denganVersi, simpanBerversi } from "../versi";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}";
const TAG = ["Laporan"];
const ZBerkas = z.any().openapi({ type: "string", format: "binary" });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const berkas = (jenis: string[], description: string) => ({
  description,
  content: Object.fromEntries(jenis.map((j) => [j, { schema: ZBerkas }])),
});
const path = (nama: string, contoh: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: nama, in: "path" }, example: contoh });

function kirim(c: Context<AppEnv>, b: BerkasLaporan) {
  return c.body(new Uint8Array(b.isi), 200, {
    "content-type": b.jenisMime,
    "content-disposition": `attachment; filename="${b.namaBerkas}"`,
    "cache-control": "no-store",
  });
}

/** The route module mounted in routes/index.ts. */
/**
 * An edit of a generated paragraph checked against the paragraph as `GET …/narasi` shows it (ADR 0016): its text,
 * quoted figures and stored edit. A figure that changed since the read is a change the operator has not seen.
 */
function narasiBerversi(c: Context<AppEnv>, pemda: string, opd: string, tahun: number, kunci: string) {
  return simpanBerversi(
    c,
    c.get("ctx"),
    `Paragraf "${kunci}"`,
    async (ctx) => (await ringkasanLaporan(ctx, { pemda, opd }, tahun)).narasi.find((x) => x.kunci === kunci) ?? null,
  );
}

export function laporanRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: BASE,
      tags: TAG,
      summary: "Ringkasan LKjIP: bagian, tabel, gambar, data yang belum tersedia, paragraf otomatis dan suntingannya",
      request: { params: ZOpdTahunParam },
      responses: { 200: json(ZRingkasanLaporan, "Ringkasan laporan"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const r = await ringkasanLaporan(c.get("ctx"), { pemda, opd }, tahun);
      // each generated paragraph carries its version, sent back in If-Match when editing it (ADR 0016)
      return c.json({ ...r, narasi: r.narasi.map(denganVersi) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/pratinjau`,
      tags: TAG,
      summary: "Pratinjau HTML LKjIP (satu halaman mandiri: CSS dan SVG sebaris, tanpa skrip)",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "HTML", content: { "text/html": { schema: z.string() } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const html = await pratinjauLaporan(c.get("ctx"), { pemda, opd }, tahun);
      c.header("cache-control", "no-store");
      return c.html(html, 200) as never;
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/unduh`,
      tags: TAG,
      summary: "Unduh LKjIP sebagai DOCX, PDF, XLSX (satu sheet per tabel) atau HTML",
      request: {
        params: ZOpdTahunParam,
        query: z.object({ format: z.enum(FORMAT_LAPORAN).openapi({ example: "docx" }) }),
      },
      responses: {
        200: berkas(
          [
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/html",
          ],
          "Berkas laporan (Content-Disposition: LKjIP-<tahun>-<opd>.<format>)",
        ),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { format } = c.req.valid("query");
      return kirim(c, await unduhLaporan(c.get("ctx"), { pemda, opd }, tahun, format)) as never;
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/pk`,
      tags: TAG,
      summary:
        "Dokumen Perjanjian Kinerja (pernyataan dan lampiran): semua pejabat atau satu (NIP), versi terakhir atau pilihan",
      request: {
        params: ZOpdTahunParam,
        query: z.object({
          format: z.enum(["docx", "pdf"]).openapi({ example: "pdf" }),
          pejabat: z
            .string()
            .max(40)
            .optional()
            .openapi({ description: "NIP pihak pertama", example: "197205142006041007" }),
          versi: z.enum(["awal", "perubahan"]).optional(),
        }),
      },
      responses: {
        200: berkas(
          ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf"],
          "Dokumen PK",
        ),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { format, pejabat, versi } = c.req.valid("query");
      return kirim(c, await unduhPk(c.get("ctx"), { pemda, opd }, tahun, { format, nip: pejabat, versi })) as never;
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/teks`,
      tags: TAG,
      summary:
        "Teks bebas laporan (dengan katalog bagian), penandatanganan dokumen dan pejabat yang dapat menandatangani",
      request: { params: ZOpdTahunParam },
      responses: { 200: json(ZTeksHalaman, "Teks dan penandatanganan"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const ctx = c.get("ctx");
      const [teks, ttd] = await Promise.all([
        bacaTeksLaporan(ctx, { pemda, opd }, tahun),
        bacaPenandatangan(ctx, { pemda, opd }, tahun),
      ]);
      // each section and signature carries its version, sent back in If-Match when saving it (ADR 0016)
      return c.json(
        { teks: teks.map(denganVersi), penandatangan: ttd.dokumen.map(denganVersi), pejabat: ttd.pejabat },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/teks/{kode}`,
      tags: TAG,
      summary:
        "Simpan satu bagian teks bebas (kosong: dihapus, dokumen kembali menampilkan penanda data belum tersedia)",
      request: {
        params: ZOpdTahunParam.extend({ kode: path("kode", "kata-pengantar") }),
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZTeksInput } } },
      },
      responses: { 200: json(ZDiubah, "Tersimpan"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { pemda, opd, tahun, kode } = c.req.valid("param");
      const s = simpanBerversi(
        c,
        c.get("ctx"),
        `Teks laporan "${kode}"`,
        async (ctx) => (await bacaTeksLaporan(ctx, { pemda, opd }, tahun)).find((x) => x.kode === kode) ?? null,
      );
      const hasil = await simpanTeksLaporan(s.ctx, { pemda, opd }, tahun, kode, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/penandatangan/{dokumen}`,
      tags: TAG,
      summary: "Tempat, tanggal (nomor surat) dan pejabat penandatangan dokumen (tanpa pejabat: Kepala OPD)",
      request: {
        params: ZOpdTahunParam.extend({
          dokumen: z.enum(DOKUMEN_PENANDATANGAN).openapi({ param: { name: "dokumen", in: "path" }, example: "lkjip" }),
        }),
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZPenandatanganInput } } },
      },
      responses: { 200: json(ZDiubah, "Tersimpan"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { pemda, opd, tahun, dokumen } = c.req.valid("param");
      const b = c.req.valid("json");
      const s = simpanBerversi(
        c,
        c.get("ctx"),
        `Penandatanganan ${dokumen}`,
        async (ctx) =>
          (await bacaPenandatangan(ctx, { pemda, opd }, tahun)).dokumen.find((x) => x.dokumen === dokumen) ?? null,
      );
      const hasil = await simpanPenandatangan(s.ctx, { pemda, opd }, tahun, dokumen, b);
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/narasi`,
      tags: TAG,
      summary:
        'Paragraf otomatis: teks, angka yang dikutip, suntingan operator dan tanda "angka berubah sejak disunting"',
      request: { params: ZOpdTahunParam },
      responses: {
        200: json(z.object({ narasi: z.array(ZNarasi), peringatan: z.array(ZPeringatan) }), "Paragraf otomatis"),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const r = await ringkasanLaporan(c.get("ctx"), { pemda, opd }, tahun);
      return c.json({ narasi: r.narasi.map(denganVersi), peringatan: r.peringatan }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/narasi/{kunci}`,
      tags: TAG,
      summary: "Sunting paragraf otomatis: teks baru disimpan bersama angka yang dikutip saat ini",
      request: {
        params: ZOpdTahunParam.extend({ kunci: path("kunci", "bab3.S1.penyebab") }),
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZNarasiInput } } },
      },
      responses: {
        200: json(
          z.object({ diubah: z.boolean(), angka: z.record(z.string(), z.string()), versi: z.string().optional() }),
          "Tersimpan",
        ),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun, kunci } = c.req.valid("param");
      const s = narasiBerversi(c, pemda, opd, tahun, kunci);
      const hasil = await simpanNarasi(s.ctx, { pemda, opd }, tahun, kunci, c.req.valid("json").teks);
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: `${BASE}/narasi/{kunci}`,
      tags: TAG,
      summary: "Hapus suntingan: paragraf kembali ke teks otomatis",
      request: { params: ZOpdTahunParam.extend({ kunci: path("kunci", "bab3.S1.penyebab") }), headers: ZHeaderVersi },
      responses: { 200: json(ZDiubah, "Dihapus"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { pemda, opd, tahun, kunci } = c.req.valid("param");
      const s = narasiBerversi(c, pemda, opd, tahun, kunci);
      const hasil = await hapusNarasi(s.ctx, { pemda, opd }, tahun, kunci);
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  return app;
}
