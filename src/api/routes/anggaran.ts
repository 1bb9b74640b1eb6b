/**
 * Budget (issue 6) under /api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}: the DPA tree, summaries and the
 * computed LKjIP tables (anggaran.baca), import preview → confirm (anggaran.ubah; multipart field `berkas` or JSON
 * `{ namaBerkas, isiBase64 }`; body up to 20 MB on these two routes, see app.ts), the OPD breakdown by class, sasaran
 * links, the import template and XLSX exports. A rejected file answers 400 with one `errors` item per bad cell.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { KesalahanBaris } from "../../domain/anggaran";
import { DomainError } from "../../domain/shared/errors";
import { eksporAnggaran, TABEL_EKSPOR, unduhTemplat, type BerkasUnduhan } from "../../services/anggaran/ekspor";
import { konfirmasiImpor, type KonfirmasiImpor, pratinjauImpor } from "../../services/anggaran/impor";
import { simpanKelasOpd } from "../../services/anggaran/kelas-opd";
import { bacaPohonAnggaran } from "../../services/anggaran/pohon";
import { bacaRingkasanAnggaran } from "../../services/anggaran/ringkasan";
import { aturSasaranAnggaran } from "../../services/anggaran/sasaran-anggaran";
import { bacaTabelAnggaran } from "../../services/anggaran/tabel";
import type { AppEnv } from "../env";
import { bacaUnggahan, teksIsian } from "../unggahan";
import { problem } from "../problem";
import { ZBarisKelas, ZHasilImpor, ZKelasOpd, ZPohon, ZPratinjau, ZRingkasan, ZTabel } from "./skema-anggaran";
import { problemResponses, ZHeaderVersi } from "./skema-umum";
import { bacaKelasOpdTersimpan, bacaSasaranTersimpan } from "../../services/anggaran/baca-tersimpan";
import { denganEtag, simpanBerversi } from "../versi";
import { ZOpdTahunParam } from "./skema-kinerja";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}";
const TAG = ["Anggaran"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const ZBulan = z.coerce
  .number()
  .int()
  .min(1)
  .max(12)
  .optional()
  .openapi({ description: "realisasi s.d. bulan (1–12)" });
const ZCapaianQuery = z
  .string()
  .max(500)
  .optional()
  .openapi({ description: "capaian kinerja per sasaran untuk efisiensi, mis. S1:94.71,S2:93.53" });

const ZImporJson = z
  .object({
    namaBerkas: z.string().min(1).max(255),
    isiBase64: z.string().min(1),
    format: z.enum(["auto", "pengawasan", "template", "templat", "sipd-realisasi"]).optional(),
    bulan: z.coerce.number().int().min(1).max(12).optional(),
    hashBerkas: z.string().max(64).optional(),
    hashDasar: z.string().max(64).optional(),
  })
  .openapi("ImporAnggaranJson");

const ZImporForm = z
  .object({
    berkas: z.any().openapi({ type: "string", format: "binary", description: "XLSX, CSV atau TSV, maks. 20 MB" }),
    format: z.enum(["auto", "pengawasan", "template", "templat", "sipd-realisasi"]).optional(),
    bulan: z.string().optional(),
    hashBerkas: z.string().optional().openapi({ description: "konfirmasi: hash berkas dari pratinjau" }),
    hashDasar: z.string().optional().openapi({ description: "konfirmasi: hash data dari pratinjau" }),
  })
  .openapi("ImporAnggaranForm");

/** Reads the upload (multipart or JSON base64) without failing before the service has authorised the caller. */
async function bacaImpor(c: Context<AppEnv>): Promise<Omit<KonfirmasiImpor, "pemda" | "opd" | "tahun">> {
  const { isian: f, berkas } = await bacaUnggahan(c, { json: true });
  const s = (k: string): string | undefined => teksIsian(f, k);
  const format = s("format");
  const bulan = f.bulan === undefined || f.bulan === "" ? undefined : Number(f.bulan);
  return {
    berkas: { nama: berkas?.nama || "berkas", isi: berkas?.isi ?? new Uint8Array() },
    format: format === "template" ? "templat" : (format as KonfirmasiImpor["format"]),
    bulan,
    hashBerkas: s("hashBerkas"),
    hashDasar: s("hashDasar"),
    batasEntri: 500,
  };
}

/** A DomainError listing bad cells → 400 with one `errors` item per cell ("baris 14, kolom ANGGARAN"). */
async function denganKesalahan(c: Context<AppEnv>, fn: () => Promise<Response>): Promise<never> {
  try {
    return (await fn()) as never;
  } catch (error) {
    if (error instanceof DomainError && Array.isArray(error.details.errors)) {
      const errors = (error.details.errors as KesalahanBaris[]).slice(0, 500).map((e) => ({
        field: `baris ${e.baris}, kolom ${e.kolom}`,
        message: e.pesan,
      }));
      return problem(c, 400, "Berkas ditolak; tidak ada yang disimpan", { detail: error.message, errors }) as never;
    }
    throw error;
  }
}

function unduhan(c: Context<AppEnv>, b: BerkasUnduhan): Response {
  return c.body(b.isi as Uint8Array<ArrayBuffer>, 200, {
    "content-type": b.contentType,
    "content-disposition": `attachment; filename="${b.namaBerkas}"`,
    "cache-control": "no-store",
  });
}

function bacaCapaian(v: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of (v ?? "").split(",")) {
    const m = /^\s*([A-Za-z0-9._-]+)\s*[:=]\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(p);
    if (m) out[m[1] ?? ""] = (m[2] ?? "").replace(",", ".");
    else if (p.trim() !== "") {
      throw new DomainError("capaian_tidak_sah", `capaian: "${p}" harus berbentuk KODE:ANGKA, mis. S1:94.71`, {
        field: "capaian",
      });
    }
  }
  return out;
}

export function anggaranRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/pohon`,
      tags: TAG,
      summary: "Pohon DPA (program → kegiatan → sub-kegiatan) dengan roll-up anggaran, realisasi, serapan, sisa",
      request: { params: ZOpdTahunParam, query: z.object({ bulan: ZBulan }) },
      responses: {
        200: { description: "Pohon anggaran", content: { "application/json": { schema: ZPohon } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const pohon = await bacaPohonAnggaran(c.get("ctx"), { ...c.req.valid("param"), ...c.req.valid("query") });
      return c.json(pohon as unknown as z.infer<typeof ZPohon>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/ringkasan`,
      tags: TAG,
      summary: "Total per program dan per kelas belanja: anggaran, realisasi, %, sisa",
      request: { params: ZOpdTahunParam, query: z.object({ bulan: ZBulan }) },
      responses: {
        200: { description: "Ringkasan", content: { "application/json": { schema: ZRingkasan } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) =>
      c.json(await bacaRingkasanAnggaran(c.get("ctx"), { ...c.req.valid("param"), ...c.req.valid("query") }), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/tabel`,
      tags: TAG,
      summary:
        "Tabel LKjIP: 2.3/3.17 per kelas belanja, 2.4/3.18 per program, lampiran, serapan dan efisiensi per sasaran",
      request: { params: ZOpdTahunParam, query: z.object({ bulan: ZBulan, capaian: ZCapaianQuery }) },
      responses: {
        200: { description: "Tabel", content: { "application/json": { schema: ZTabel } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { bulan, capaian } = c.req.valid("query");
      const t = await bacaTabelAnggaran(c.get("ctx"), {
        ...c.req.valid("param"),
        bulan,
        capaian: bacaCapaian(capaian),
      });
      return c.json(t, 200);
    },
  );

  const impor = (jenis: "pratinjau" | "konfirmasi") =>
    createRoute({
      method: "post",
      path: `${BASE}/impor/${jenis}`,
      tags: TAG,
      summary:
        jenis === "pratinjau"
          ? "Pratinjau impor (XLSX/CSV/TSV: templat atau Laporan Pengawasan Anggaran): perubahan dan rekonsiliasi; tidak menyimpan"
          : "Konfirmasi impor: menerapkan berkas yang sama dengan pratinjau (hashBerkas, hashDasar) dalam satu transaksi",
      request: {
        params: ZOpdTahunParam,
        // Not validated here: the service authorises first, then reads the file (403 before 400).
        body: {
          required: false,
          content: { "multipart/form-data": { schema: ZImporForm }, "application/json": { schema: ZImporJson } },
        },
      },
      responses: {
        200: {
          description: jenis === "pratinjau" ? "Pratinjau" : "Hasil impor",
          content: { "application/json": { schema: jenis === "pratinjau" ? ZPratinjau : ZHasilImpor } },
        },
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    });

  app.openapi(impor("pratinjau"), async (c) =>
    denganKesalahan(c, async () => {
      const p = await pratinjauImpor(c.get("ctx"), { ...c.req.valid("param"), ...(await bacaImpor(c)) });
      return c.json(p, 200);
    }),
  );

  app.openapi(impor("konfirmasi"), async (c) =>
    denganKesalahan(c, async () => {
      const h = await konfirmasiImpor(c.get("ctx"), { ...c.req.valid("param"), ...(await bacaImpor(c)) });
      return c.json(h, 200);
    }),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/templat`,
      tags: TAG,
      summary: "Unduh templat impor (XLSX atau CSV), berisi pohon anggaran yang tersimpan",
      request: { params: ZOpdTahunParam, query: z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") }) },
      responses: {
        200: {
          description: "Templat",
          content: { [XLSX]: { schema: z.string().openapi({ format: "binary" }) }, "text/csv": { schema: z.string() } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) =>
      unduhan(c, await unduhTemplat(c.get("ctx"), c.req.valid("param"), c.req.valid("query").format)) as never,
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/ekspor`,
      tags: TAG,
      summary: "Ekspor XLSX: pohon, lampiran, program, kelas, sasaran, efisiensi atau semua (satu lembar per tabel)",
      request: {
        params: ZOpdTahunParam,
        query: z.object({ tabel: z.enum(TABEL_EKSPOR).default("semua"), bulan: ZBulan, capaian: ZCapaianQuery }),
      },
      responses: {
        200: { description: "Berkas XLSX", content: { [XLSX]: { schema: z.string().openapi({ format: "binary" }) } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { tabel, bulan, capaian } = c.req.valid("query");
      const b = await eksporAnggaran(c.get("ctx"), {
        ...c.req.valid("param"),
        tabel,
        bulan,
        capaian: bacaCapaian(capaian),
      });
      return unduhan(c, b) as never;
    },
  );

  const ZBarisKelasTersimpan = z.object({
    akun: z.string(),
    anggaran: z.string(),
    realisasi: z.string().nullable(),
    sumber: z.string().nullable(),
  });
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/kelas`,
      tags: TAG,
      summary: "Rincian anggaran OPD per kode rekening seperti tersimpan (dengan ETag untuk If-Match)",
      request: { params: ZOpdTahunParam },
      responses: {
        200: {
          description: "Rincian tersimpan",
          content: { "application/json": { schema: z.object({ baris: z.array(ZBarisKelasTersimpan) }) } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => c.json(denganEtag(c, await bacaKelasOpdTersimpan(c.get("ctx"), c.req.valid("param"))), 200),
  );

  const ZParamSasaran = ZOpdTahunParam.extend({
    sasaran: z
      .string()
      .min(1)
      .max(40)
      .openapi({ param: { name: "sasaran", in: "path" }, example: "S1" }),
  });
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/sasaran/{sasaran}`,
      tags: TAG,
      summary: "Kode program/kegiatan/sub-kegiatan yang tertaut ke satu sasaran (dengan ETag untuk If-Match)",
      request: { params: ZParamSasaran },
      responses: {
        200: {
          description: "Tautan tersimpan",
          content: { "application/json": { schema: z.object({ sasaranKode: z.string(), kode: z.array(z.string()) }) } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { sasaran, ...lingkup } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaSasaranTersimpan(c.get("ctx"), { ...lingkup, sasaranKode: sasaran })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/kelas`,
      tags: TAG,
      summary: "Simpan rincian anggaran OPD per kode rekening (mis. Tabel 2.3 DPPA), direkonsiliasi dengan pohon",
      request: {
        params: ZOpdTahunParam,
        headers: ZHeaderVersi,
        body: {
          required: true,
          content: {
            "application/json": {
              schema: z.object({
                baris: z.array(ZBarisKelas).max(100),
                sumber: z.string().max(500).nullable().optional(),
              }),
            },
          },
        },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: { "application/json": { schema: ZKelasOpd.extend({ versi: z.string() }) } },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) =>
      denganKesalahan(c, async () => {
        const p = c.req.valid("param");
        const s = simpanBerversi(c, c.get("ctx"), `Rincian anggaran per kode rekening ${p.tahun}`, (ctx) =>
          bacaKelasOpdTersimpan(ctx, p),
        );
        const hasil = await simpanKelasOpd(s.ctx, { ...p, ...c.req.valid("json") });
        return c.json({ ...hasil, versi: await s.selesai() }, 200);
      }),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/sasaran/{sasaran}`,
      tags: TAG,
      summary: "Tautkan program/kegiatan/sub-kegiatan pendukung ke sasaran Renstra (mengganti daftar sasaran itu)",
      request: {
        params: ZParamSasaran,
        headers: ZHeaderVersi,
        body: {
          required: true,
          content: { "application/json": { schema: z.object({ kode: z.array(z.string().min(1).max(80)).max(5000) }) } },
        },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: {
            "application/json": {
              schema: z.object({
                tanpaPerubahan: z.boolean(),
                sasaranKode: z.string(),
                kode: z.array(z.string()),
                versi: z.string(),
              }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { sasaran, ...lingkup } = c.req.valid("param");
      // one lock for all sasaran of the OPD and year (a code moved to this sasaran leaves another one)
      const s = simpanBerversi(
        c,
        c.get("ctx"),
        `Tautan anggaran sasaran "${sasaran}"`,
        (ctx) => bacaSasaranTersimpan(ctx, { ...lingkup, sasaranKode: sasaran }),
        `/api/v1/pemda/${lingkup.pemda}/opd/${lingkup.opd}/anggaran/${lingkup.tahun}/sasaran`,
      );
      const hasil = await aturSasaranAnggaran(s.ctx, {
        ...lingkup,
        sasaranKode: sasaran,
        kode: c.req.valid("json").kode,
      });
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );

  return app;
}
