/**
 * Evaluasi AKIP (LKE, issue 13, ADR 0023) under /api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}: the worksheet, its
 * values, answers of either side, component notes, workflow moves, what-if, evidence (files, links, last year's),
 * recommendations, XLSX export and import (preview → confirm); the Pemda recap under /api/v1/pemda/{pemda}/lke-rekap.
 * Thin: parse, one service call, respond.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { DomainError } from "../../domain/shared/errors";
import { bacaLembarLke, bacaNilaiLke } from "../../services/lke/baca-lke";
import {
  hapusBuktiLke,
  salinBuktiTahunLalu,
  tambahTautanBuktiLke,
  unduhBuktiLke,
  unggahBuktiLke,
} from "../../services/lke/bukti-lke";
import { rekapLke } from "../../services/lke/rekap";
import {
  buatRekomendasi,
  daftarRekomendasi,
  hapusRekomendasi,
  isiTindakLanjut,
  ubahRekomendasi,
} from "../../services/lke/rekomendasi";
import { simpanCatatanKomponen, simpanJawabanLke } from "../../services/lke/simpan-jawaban";
import { simulasiLke } from "../../services/lke/simulasi";
import { ubahStatusLke } from "../../services/lke/status-lke";
import { eksporLkeXlsx, konfirmasiImporLke, pratinjauImporLke } from "../../services/lke/xlsx-lke";
import type { AppEnv } from "../env";
import { bacaUnggahan } from "../unggahan";
import { problem } from "../problem";
import { ZIdParam, ZOpdTahunParam, ZTahun } from "./skema-kinerja";
import {
  ZBuktiLke,
  ZCatatanKomponen,
  ZHasilSimpan,
  ZHasilSimulasi,
  ZHasilStatusLke,
  ZImporLke,
  ZLembarLke,
  ZNilaiLke,
  ZPratinjauImporLke,
  ZRekapLke,
  ZRekomendasi,
  ZRekomendasiInput,
  ZSalinBukti,
  ZSimpanJawaban,
  ZSimulasi,
  ZTautanBukti,
  ZTindakLanjut,
  ZUbahStatusLke,
  ZUnggahBuktiLke,
} from "./skema-lke";
import { problemResponses, ZOpdParam, ZPemdaParam } from "./skema-umum";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}";
const TAG = ["Evaluasi AKIP (LKE)"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } } });
const ZIdOpd = ZOpdParam.extend({ id: ZIdParam("id") });

/** A rejected import answers 400 with one `errors` item per bad row/column. */
function galatImpor(c: Context<AppEnv>, e: unknown) {
  if (e instanceof DomainError && Array.isArray(e.details.galat)) {
    return problem(c, 400, "Berkas LKE ditolak", {
      detail: e.message,
      errors: e.details.galat as Array<{ field: string; message: string }>,
    });
  }
  throw e;
}

export function lkeRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: BASE,
      tags: TAG,
      summary: "Lembar kerja evaluasi (80 kriteria, dua sisi, bukti, status, nilai, rekomendasi)",
      request: { params: ZOpdTahunParam },
      responses: { 200: { description: "Lembar LKE", ...json(ZLembarLke) }, ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await bacaLembarLke(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/nilai`,
      tags: TAG,
      summary: "Nilai sub-komponen, komponen, total dan predikat (mandiri dan evaluator) serta selisihnya",
      request: { params: ZOpdTahunParam },
      responses: { 200: { description: "Nilai", ...json(ZNilaiLke) }, ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await bacaNilaiLke(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/jawaban`,
      tags: TAG,
      summary: "Simpan jawaban (satu atau banyak kriteria) dan hitung ulang nilai",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZSimpanJawaban) } },
      responses: {
        200: { description: "Tersimpan", ...json(ZHasilSimpan) },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await simpanJawabanLke(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("json")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/catatan-komponen`,
      tags: TAG,
      summary: "Catatan evaluator per komponen",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZCatatanKomponen) } },
      responses: {
        200: { description: "Tersimpan", ...json(z.object({ versi: z.number().int() })) },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await simpanCatatanKomponen(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("json")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/status`,
      tags: TAG,
      summary: "Ajukan, kembalikan, selesai dinilai, finalkan (nilai AKIP menjadi realisasi), buka kunci",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZUbahStatusLke) } },
      responses: {
        200: { description: "Status baru", ...json(ZHasilStatusLke) },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const b = c.req.valid("json");
      return c.json(await ubahStatusLke(c.get("ctx"), { pemda, opd }, tahun, b.aksi, b.alasan), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/simulasi`,
      tags: TAG,
      summary: "Simulasi (tidak menyimpan): total bila jawaban diubah, dan kriteria yang paling menaikkan nilai",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZSimulasi) } },
      responses: {
        200: { description: "Hasil simulasi", ...json(ZHasilSimulasi) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await simulasiLke(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("json")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/bukti`,
      tags: TAG,
      summary: "Unggah bukti dukung kriteria (PDF/PNG/JPEG, maks. 5 MB; halaman PDF opsional)",
      request: {
        params: ZOpdTahunParam,
        // Not validated here: the service authorises first, then checks the fields (403 before 400).
        body: { required: false, content: { "multipart/form-data": { schema: ZUnggahBuktiLke } } },
      },
      responses: {
        201: { description: "Terunggah", ...json(ZBuktiLke) },
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { isian: form, berkas } = await bacaUnggahan(c);
      const s = (v: unknown) => (typeof v === "string" ? v : undefined);
      const row = await unggahBuktiLke(c.get("ctx"), { pemda, opd }, tahun, {
        kodeKriteria: s(form.kodeKriteria),
        judul: s(form.judul),
        halaman: s(form.halaman),
        namaBerkas: berkas?.nama,
        isi: berkas?.isi,
      });
      return c.json(row, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/bukti-tautan`,
      tags: TAG,
      summary: "Tambah tautan bukti dukung kriteria (dengan halaman PDF opsional)",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZTautanBukti) } },
      responses: {
        201: { description: "Tersimpan", ...json(ZBuktiLke) },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await tambahTautanBuktiLke(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("json")), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/bukti/salin-tahun-lalu`,
      tags: TAG,
      summary: "Pakai bukti tahun lalu (semua kriteria atau satu kriteria)",
      request: { params: ZOpdTahunParam, body: { required: false, ...json(ZSalinBukti) } },
      responses: {
        200: {
          description: "Disalin",
          ...json(
            z
              .object({ disalin: z.number().int(), bukti: z.array(ZBuktiLke), pesan: z.string() })
              .openapi("HasilSalinBuktiLke"),
          ),
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const body = (c.req.valid("json") as { kodeKriteria?: string } | undefined) ?? {};
      return c.json(await salinBuktiTahunLalu(c.get("ctx"), { pemda, opd }, tahun, body), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/lke-bukti/{id}",
      tags: TAG,
      summary: "Unduh bukti dukung LKE",
      request: { params: ZIdOpd },
      responses: {
        200: {
          description: "Berkas",
          content: { "application/octet-stream": { schema: z.any().openapi({ type: "string", format: "binary" }) } },
        },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      const b = await unduhBuktiLke(c.get("ctx"), { pemda, opd }, id);
      if (!b.isi) return c.redirect(b.url ?? "/", 302) as never;
      return c.body(new Uint8Array(b.isi), 200, {
        "content-type": b.mime ?? "application/octet-stream",
        "content-disposition": `attachment; filename="${encodeURIComponent(b.namaBerkas ?? "bukti")}"`,
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/lke-bukti/{id}",
      tags: TAG,
      summary: "Hapus bukti dukung LKE",
      request: { params: ZIdOpd },
      responses: {
        200: { description: "Terhapus", ...json(z.object({ id: z.string() })) },
        ...problemResponses([401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json(await hapusBuktiLke(c.get("ctx"), { pemda, opd }, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/rekomendasi`,
      tags: TAG,
      summary: "Rekomendasi hasil evaluasi dan tindak lanjutnya",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "Rekomendasi", ...json(z.array(ZRekomendasi)) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await daftarRekomendasi(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/rekomendasi`,
      tags: TAG,
      summary: "Tambah rekomendasi (evaluator)",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZRekomendasiInput) } },
      responses: {
        201: { description: "Tersimpan", ...json(ZRekomendasi) },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await buatRekomendasi(c.get("ctx"), { pemda, opd }, tahun, c.req.valid("json")), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/lke-rekomendasi/{id}",
      tags: TAG,
      summary: "Ubah rekomendasi (evaluator)",
      request: { params: ZIdOpd, body: { required: true, ...json(ZRekomendasiInput.partial()) } },
      responses: {
        200: { description: "Tersimpan", ...json(ZRekomendasi) },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json(await ubahRekomendasi(c.get("ctx"), { pemda, opd }, id, c.req.valid("json")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/lke-rekomendasi/{id}/tindak-lanjut",
      tags: TAG,
      summary: "Isi tindak lanjut rekomendasi (OPD atau evaluator): status, uraian tindak lanjut, bukti",
      request: { params: ZIdOpd, body: { required: true, ...json(ZTindakLanjut) } },
      responses: {
        200: { description: "Tersimpan", ...json(ZRekomendasi) },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json(await isiTindakLanjut(c.get("ctx"), { pemda, opd }, id, c.req.valid("json")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/lke-rekomendasi/{id}",
      tags: TAG,
      summary: "Hapus rekomendasi (evaluator)",
      request: { params: ZIdOpd },
      responses: {
        200: { description: "Terhapus", ...json(z.object({ id: z.string() })) },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json(await hapusRekomendasi(c.get("ctx"), { pemda, opd }, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/xlsx`,
      tags: TAG,
      summary: "Unduh lembar LKE (XLSX: baris kriteria; jawaban, nilai, alasan untuk mandiri dan evaluator)",
      request: { params: ZOpdTahunParam },
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
      const f = await eksporLkeXlsx(c.get("ctx"), { pemda, opd }, tahun);
      return c.body(f.isi, 200, {
        "content-type": f.mime,
        "content-disposition": `attachment; filename="${f.namaBerkas}"`,
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/impor/pratinjau`,
      tags: TAG,
      summary:
        "Pratinjau impor lembar LKE (tidak menyimpan): perubahan, nilai setelah impor, kesalahan per baris/kolom",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZImporLke) } },
      responses: {
        200: { description: "Pratinjau", ...json(ZPratinjauImporLke) },
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const b = c.req.valid("json");
      return c.json(await pratinjauImporLke(c.get("ctx"), { pemda, opd }, tahun, { isiBase64: b.isiBase64 }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/impor/konfirmasi`,
      tags: TAG,
      summary: "Impor lembar LKE: semua atau tidak sama sekali",
      request: { params: ZOpdTahunParam, body: { required: true, ...json(ZImporLke) } },
      responses: {
        200: {
          description: "Tersimpan",
          ...json(
            ZHasilSimpan.extend({
              sisi: z.enum(["mandiri", "evaluator"]),
              diabaikan: z.array(z.string()),
              jumlahKriteria: z.number().int(),
            }).openapi("HasilImporLke"),
          ),
        },
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const b = c.req.valid("json");
      try {
        return c.json(await konfirmasiImporLke(c.get("ctx"), { pemda, opd }, tahun, { isiBase64: b.isiBase64 }), 200);
      } catch (e) {
        return galatImpor(c, e) as never;
      }
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/lke-rekap/{tahun}",
      tags: TAG,
      summary:
        "Rekap evaluasi AKIP seluruh OPD: empat komponen, total, predikat, peringkat; beda dengan angka tercetak",
      request: { params: ZPemdaParam.extend({ tahun: ZTahun }) },
      responses: { 200: { description: "Rekap", ...json(ZRekapLke) }, ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, tahun } = c.req.valid("param");
      return c.json(await rekapLke(c.get("ctx"), pemda, tahun), 200);
    },
  );

  return app;
}
