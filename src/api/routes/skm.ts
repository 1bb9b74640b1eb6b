/**
 * SKM survey routes (issue 12, ADR 0020).
 * Admin, per OPD (skm.baca / skm.ubah; Petugas SKM of the OPD, its operator, the admin): /api/v1/pemda/{pemda}/opd/{opd}/skm/…
 * layanan, kuesioner, periode (+ tutup/buka, populasi), paper entry, import preview → confirm, results, saran
 * moderation, RTL; per Pemda: /api/v1/pemda/{pemda}/skm/periode/{periode}/hasil.
 * Public, no sign-in: GET/POST /api/v1/publik/skm/{pemda}/{layanan} (skmPublikRoutes; anti-abuse hook `pemeriksa`).
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { DomainError } from "../../domain/shared/errors";
import { konfirmasiImporSkm, pratinjauImporSkm, simpanEntriKertas } from "../../services/skm/entri";
import { hasilSkmOpd, hasilSkmPemda } from "../../services/skm/hasil";
import { bacaKuesionerSkm, simpanKuesionerSkm } from "../../services/skm/kuesioner";
import { bacaLayananSkm, daftarLayananSkm, hapusLayananSkm, simpanLayananSkm } from "../../services/skm/layanan";
import {
  aturPopulasiSkm,
  bacaPeriodeSkm,
  bukaPeriodeSkm,
  hapusPeriodeSkm,
  simpanPeriodeSkm,
  tutupPeriodeSkm,
} from "../../services/skm/periode";
import { kodeSekaliDiterima } from "../middleware/skm-publik";
import { bacaKuesionerPublik, kirimJawabanPublik, type PemeriksaPublik } from "../../services/skm/publik";
import { buatRtlSkm, bacaRtlSkm, daftarRtlSkm, hapusRtlSkm, ubahRtlSkm } from "../../services/skm/rtl";
import { daftarSaranSkm, moderasiSaranSkm } from "../../services/skm/saran";
import type { AppEnv } from "../env";
import { bacaUnggahan, teksIsian } from "../unggahan";
import { problem } from "../problem";
import { denganEtag, simpanBerversi } from "../versi";
import {
  ZDaftarLayananSkm,
  ZHasilImporSkm,
  ZHasilSimpanResponden,
  ZHasilSkmOpd,
  ZHasilSkmPemda,
  ZHasilTutup,
  ZImporSkmForm,
  ZImporSkmJson,
  ZJawabanDiterima,
  ZKirimanPublik,
  ZKuesionerPublik,
  ZKuesionerSkm,
  ZLayananSkm,
  ZMasukanKertas,
  ZMasukanKuesioner,
  ZMasukanLayanan,
  ZMasukanModerasi,
  ZMasukanPeriode,
  ZMasukanPopulasi,
  ZMasukanRtl,
  ZOpdIdParam,
  ZOpdLayananParam,
  ZOpdPeriodeLayananParam,
  ZOpdPeriodeParam,
  ZPemdaPeriodeParam,
  ZPeriodeSkm,
  ZPratinjauImporSkm,
  ZPublikParam,
  ZRtlSkm,
  ZSaranSkm,
} from "./skema-skm";
import { problemResponses, ZHeaderVersi, ZOpdParam } from "./skema-umum";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/skm";
const TAG = ["SKM"];
const TAG_PUBLIK = ["SKM publik"];
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const kosong = { 204: { description: "Berhasil, tanpa isi" } };

/** A DomainError listing bad rows/cells → 400 with one `errors` item each ("baris 14, kolom u3"). */
async function denganKesalahan(c: Context<AppEnv>, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DomainError && Array.isArray(error.details.errors)) {
      const errors = (error.details.errors as Array<{ baris: number; kolom: string; pesan: string }>)
        .slice(0, 500)
        .map((e) => ({ field: `baris ${e.baris}, kolom ${e.kolom}`, message: e.pesan }));
      return problem(c, 400, "Data ditolak; tidak ada yang disimpan", { detail: error.message, errors });
    }
    throw error;
  }
}

async function bacaImporSkm(c: Context<AppEnv>) {
  const { isian, berkas } = await bacaUnggahan(c, { json: true });
  return {
    berkas: { nama: berkas?.nama || "berkas", isi: berkas?.isi ?? new Uint8Array() },
    hashBerkas: teksIsian(isian, "hashBerkas"),
  };
}

export function skmRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  // ---- layanan ----
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/layanan`,
      tags: TAG,
      summary: "Unit layanan SKM perangkat daerah (kode = tautan publik /s/{kode}) dan periode survei",
      request: { params: ZOpdParam },
      responses: { 200: json(ZDaftarLayananSkm, "Layanan dan periode"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => c.json(await daftarLayananSkm(c.get("ctx"), c.req.valid("param")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/layanan/{layanan}`,
      tags: TAG,
      summary: "Satu unit layanan SKM",
      request: { params: ZOpdLayananParam },
      responses: { 200: json(ZLayananSkm, "Layanan"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { layanan, ...l } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaLayananSkm(c.get("ctx"), l, layanan)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/layanan/{layanan}`,
      tags: TAG,
      summary: "Buat atau ubah unit layanan (kode unik di Pemda: huruf kecil, angka, tanda -)",
      request: {
        params: ZOpdLayananParam,
        headers: ZHeaderVersi,
        body: { content: { "application/json": { schema: ZMasukanLayanan } }, required: true },
      },
      responses: {
        200: json(z.object({ layanan: ZLayananSkm, diubah: z.boolean() }), "Tersimpan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { layanan, ...l } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `layanan SKM ${layanan}`, (ctx) => bacaLayananSkm(ctx, l, layanan));
      const hasil = await simpanLayananSkm(s.ctx, l, layanan, c.req.valid("json"));
      await s.selesai();
      return c.json(hasil, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${BASE}/layanan/{layanan}`,
      tags: TAG,
      summary: "Hapus unit layanan yang belum memiliki jawaban (bila sudah: nonaktifkan)",
      request: { params: ZOpdLayananParam },
      responses: { ...kosong, ...problemResponses([401, 403, 404, 409]) },
    }),
    async (c) => {
      const { layanan, ...l } = c.req.valid("param");
      await hapusLayananSkm(c.get("ctx"), l, layanan);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/layanan/{layanan}/kuesioner`,
      tags: TAG,
      summary: "Kuesioner layanan (versi terbaru, atau kuesioner baku Permenpan RB 14/2017), Indonesia + Inggris",
      request: { params: ZOpdLayananParam },
      responses: { 200: json(ZKuesionerSkm, "Kuesioner"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { layanan, ...l } = c.req.valid("param");
      return c.json(await bacaKuesionerSkm(c.get("ctx"), l, layanan), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/layanan/{layanan}/kuesioner`,
      tags: TAG,
      summary: "Simpan redaksi kuesioner layanan (sembilan unsur, empat pilihan bernilai 1–4); versi baru bila berubah",
      request: {
        params: ZOpdLayananParam,
        headers: ZHeaderVersi,
        body: { content: { "application/json": { schema: ZMasukanKuesioner } }, required: true },
      },
      responses: {
        200: json(ZKuesionerSkm.extend({ diubah: z.boolean() }), "Tersimpan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { layanan, ...l } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `kuesioner SKM ${layanan}`, (ctx) => bacaKuesionerSkm(ctx, l, layanan));
      const hasil = await simpanKuesionerSkm(s.ctx, l, layanan, c.req.valid("json").butir);
      await s.selesai();
      return c.json(hasil, 200);
    },
  );

  // ---- periode ----
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/periode/{periode}`,
      tags: TAG,
      summary: "Satu periode survei",
      request: { params: ZOpdPeriodeParam },
      responses: { 200: json(ZPeriodeSkm, "Periode"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      return c.json(await bacaPeriodeSkm(c.get("ctx"), l, periode), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/periode/{periode}`,
      tags: TAG,
      summary: "Buat atau ubah periode survei (jenis, tanggal mulai dan selesai); periode ditutup tidak dapat diubah",
      request: {
        params: ZOpdPeriodeParam,
        headers: ZHeaderVersi,
        body: { content: { "application/json": { schema: ZMasukanPeriode } }, required: true },
      },
      responses: {
        200: json(z.object({ periode: ZPeriodeSkm, diubah: z.boolean() }), "Tersimpan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `periode SKM ${periode}`, (ctx) => bacaPeriodeSkm(ctx, l, periode));
      const hasil = await simpanPeriodeSkm(s.ctx, l, periode, c.req.valid("json"));
      await s.selesai();
      return c.json(hasil, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${BASE}/periode/{periode}`,
      tags: TAG,
      summary: "Hapus periode yang belum memiliki jawaban",
      request: { params: ZOpdPeriodeParam },
      responses: { ...kosong, ...problemResponses([401, 403, 404, 409]) },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      await hapusPeriodeSkm(c.get("ctx"), l, periode);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/periode/{periode}/tutup`,
      tags: TAG,
      summary:
        "Tutup periode: IKM dari jawaban tersimpan menjadi hasil survei (realisasi indikator IKM) dengan jejak ke periode",
      request: { params: ZOpdPeriodeParam },
      responses: { 200: json(ZHasilTutup, "Ditutup"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      return c.json(await tutupPeriodeSkm(c.get("ctx"), l, periode), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/periode/{periode}/buka`,
      tags: TAG,
      summary: "Buka kembali periode yang ditutup",
      request: { params: ZOpdPeriodeParam },
      responses: { 200: json(ZPeriodeSkm, "Dibuka"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      return c.json(await bukaPeriodeSkm(c.get("ctx"), l, periode), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/periode/{periode}/populasi/{layanan}`,
      tags: TAG,
      summary: "Populasi (penerima layanan) periode ini untuk sampel minimum Krejcie–Morgan; null menghapus",
      request: {
        params: ZOpdPeriodeLayananParam,
        body: { content: { "application/json": { schema: ZMasukanPopulasi } }, required: true },
      },
      responses: { ...kosong, ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { periode, layanan, ...l } = c.req.valid("param");
      await aturPopulasiSkm(c.get("ctx"), l, periode, layanan, c.req.valid("json").populasi);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/periode/{periode}/layanan/{layanan}/kertas`,
      tags: TAG,
      summary: "Entri kuesioner kertas: sekumpulan baris responden, semua atau tidak sama sekali",
      request: {
        params: ZOpdPeriodeLayananParam,
        body: { content: { "application/json": { schema: ZMasukanKertas } }, required: true },
      },
      responses: {
        201: json(ZHasilSimpanResponden, "Tersimpan"),
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) =>
      denganKesalahan(c, async () => {
        const { periode, layanan, ...l } = c.req.valid("param");
        const hasil = await simpanEntriKertas(c.get("ctx"), { ...l, periode, layanan }, c.req.valid("json").baris);
        return c.json(hasil, 201);
      }) as never,
  );

  const impor = (jenis: "pratinjau" | "konfirmasi") =>
    createRoute({
      method: "post",
      path: `${BASE}/periode/{periode}/layanan/{layanan}/impor/${jenis}`,
      tags: TAG,
      summary:
        jenis === "pratinjau"
          ? "Pratinjau impor XLSX/CSV (satu baris per responden, kolom u1…u9): kesalahan per baris/kolom; tidak menyimpan"
          : "Konfirmasi impor: semua baris dalam satu transaksi; baris dengan kunci yang sudah ada dilewati",
      request: {
        params: ZOpdPeriodeLayananParam,
        // Not validated here: the service authorises first, then reads the file (401/403 before 400).
        body: {
          required: false,
          content: {
            "multipart/form-data": { schema: ZImporSkmForm },
            "application/json": { schema: ZImporSkmJson },
          },
        },
      },
      responses: {
        200: json(jenis === "pratinjau" ? ZPratinjauImporSkm : ZHasilImporSkm, "Hasil"),
        ...problemResponses([400, 401, 403, 404, 409, 413]),
      },
    });

  app.openapi(
    impor("pratinjau"),
    async (c) =>
      denganKesalahan(c, async () => {
        const { periode, layanan, ...l } = c.req.valid("param");
        const u = await bacaImporSkm(c);
        return c.json(await pratinjauImporSkm(c.get("ctx"), { ...l, periode, layanan, berkas: u.berkas }), 200);
      }) as never,
  );

  app.openapi(
    impor("konfirmasi"),
    async (c) =>
      denganKesalahan(c, async () => {
        const { periode, layanan, ...l } = c.req.valid("param");
        const u = await bacaImporSkm(c);
        return c.json(await konfirmasiImporSkm(c.get("ctx"), { ...l, periode, layanan, ...u }), 200);
      }) as never,
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/periode/{periode}/hasil`,
      tags: TAG,
      summary:
        "Hasil SKM: IKM per layanan dan perangkat daerah, NRR per unsur, mutu, unsur terlemah, demografi, sampel",
      request: {
        params: ZOpdPeriodeParam,
        query: z.object({ layanan: z.string().max(60).optional().openapi({ description: "hanya satu layanan" }) }),
      },
      responses: { 200: json(ZHasilSkmOpd, "Hasil"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      return c.json(await hasilSkmOpd(c.get("ctx"), l, periode, c.req.valid("query").layanan), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/periode/{periode}/saran`,
      tags: TAG,
      summary: "Saran responden (data pribadi sudah diganti), untuk moderasi",
      request: {
        params: ZOpdPeriodeParam,
        query: z.object({
          status: z.enum(["menunggu", "tampil", "disembunyikan"]).optional(),
          layanan: z.string().max(60).optional(),
        }),
      },
      responses: { 200: json(z.array(ZSaranSkm), "Saran"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { periode, ...l } = c.req.valid("param");
      return c.json(await daftarSaranSkm(c.get("ctx"), l, periode, c.req.valid("query")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/saran/{id}`,
      tags: TAG,
      summary: "Moderasi saran: tampil atau disembunyikan (teks dapat disunting; data pribadi tetap diganti)",
      request: {
        params: ZOpdIdParam("id"),
        body: { content: { "application/json": { schema: ZMasukanModerasi } }, required: true },
      },
      responses: { 200: json(ZSaranSkm, "Tersimpan"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => {
      const { id, ...l } = c.req.valid("param") as { id: string; pemda: string; opd: string };
      return c.json(await moderasiSaranSkm(c.get("ctx"), l, id, c.req.valid("json")), 200);
    },
  );

  // ---- RTL ----
  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/rtl`,
      tags: TAG,
      summary: "Rencana tindak lanjut; dengan ?periode= : item periode itu dan item terbuka dari periode sebelumnya",
      request: { params: ZOpdParam, query: z.object({ periode: z.string().max(60).optional() }) },
      responses: { 200: json(z.array(ZRtlSkm), "RTL"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => c.json(await daftarRtlSkm(c.get("ctx"), c.req.valid("param"), c.req.valid("query").periode), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/rtl`,
      tags: TAG,
      summary: "Tambah rencana tindak lanjut",
      request: {
        params: ZOpdParam,
        body: { content: { "application/json": { schema: ZMasukanRtl } }, required: true },
      },
      responses: { 201: json(ZRtlSkm, "Dibuat"), ...problemResponses([400, 401, 403, 404]) },
    }),
    async (c) => c.json(await buatRtlSkm(c.get("ctx"), c.req.valid("param"), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${BASE}/rtl/{id}`,
      tags: TAG,
      summary: "Satu rencana tindak lanjut",
      request: { params: ZOpdIdParam("id") },
      responses: { 200: json(ZRtlSkm, "RTL"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { id, ...l } = c.req.valid("param") as { id: string; pemda: string; opd: string };
      return c.json(await bacaRtlSkm(c.get("ctx"), l, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${BASE}/rtl/{id}`,
      tags: TAG,
      summary: "Ubah rencana tindak lanjut (status, bukti, …)",
      request: {
        params: ZOpdIdParam("id"),
        headers: ZHeaderVersi,
        body: { content: { "application/json": { schema: ZMasukanRtl } }, required: true },
      },
      responses: { 200: json(ZRtlSkm, "Tersimpan"), ...problemResponses([400, 401, 403, 404, 409]) },
    }),
    async (c) => {
      const { id, ...l } = c.req.valid("param") as { id: string; pemda: string; opd: string };
      const s = simpanBerversi(c, c.get("ctx"), "rencana tindak lanjut SKM", (ctx) => bacaRtlSkm(ctx, l, id));
      const hasil = await ubahRtlSkm(s.ctx, l, id, c.req.valid("json"));
      await s.selesai();
      return c.json(hasil, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${BASE}/rtl/{id}`,
      tags: TAG,
      summary: "Hapus rencana tindak lanjut",
      request: { params: ZOpdIdParam("id") },
      responses: { ...kosong, ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { id, ...l } = c.req.valid("param") as { id: string; pemda: string; opd: string };
      await hapusRtlSkm(c.get("ctx"), l, id);
      return c.body(null, 204);
    },
  );

  // ---- Pemda ----
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/skm/periode/{periode}/hasil",
      tags: TAG,
      summary: "IKM Pemda (tertimbang jumlah responden) dan per perangkat daerah untuk periode dengan kode ini",
      request: { params: ZPemdaPeriodeParam },
      responses: { 200: json(ZHasilSkmPemda, "Hasil"), ...problemResponses([401, 403, 404]) },
    }),
    async (c) => {
      const { pemda, periode } = c.req.valid("param");
      return c.json(await hasilSkmPemda(c.get("ctx"), pemda, periode), 200);
    },
  );

  return app;
}

/**
 * The public survey, no sign-in. `pemeriksa` (rate limit, honeypot, one-time code; m2-skm-publik) runs before the
 * insert and refuses by throwing.
 */
export function skmPublikRoutes(pemeriksa?: PemeriksaPublik) {
  const app = new OpenAPIHono<AppEnv>();
  const PATH = "/api/v1/publik/skm/{pemda}/{layanan}";

  app.openapi(
    createRoute({
      method: "get",
      path: PATH,
      tags: TAG_PUBLIK,
      summary: "Kuesioner publik layanan (tanpa masuk): nama layanan, periode terbuka, unsur dan pilihan (id + en)",
      security: [],
      request: { params: ZPublikParam },
      responses: {
        200: json(ZKuesionerPublik, "Kuesioner"),
        ...problemResponses([404, 409]),
      },
    }),
    async (c) => {
      const { pemda, layanan } = c.req.valid("param");
      c.header("cache-control", "no-store");
      return c.json(await bacaKuesionerPublik(c.get("ctx"), pemda, layanan), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: PATH,
      tags: TAG_PUBLIK,
      summary:
        "Kirim jawaban survei (tanpa masuk): 201 jawaban baru; 200 dengan isi yang sama bila kunci sudah pernah dikirim",
      security: [],
      request: {
        params: ZPublikParam,
        body: { content: { "application/json": { schema: ZKirimanPublik } }, required: true },
      },
      responses: {
        201: json(ZJawabanDiterima, "Jawaban baru tersimpan"),
        200: json(ZJawabanDiterima, "Kunci sudah pernah diterima; tidak disimpan lagi"),
        ...problemResponses([400, 404, 409, 413, 429]),
      },
    }),
    async (c) => {
      const { pemda, layanan } = c.req.valid("param");
      const { baru, hasil } = await kirimJawabanPublik(
        c.get("ctx"),
        pemda,
        layanan,
        c.req.valid("json") as never,
        pemeriksa,
        {
          alamat: c.get("alamatKlien") ?? null,
          header: (n) => c.req.header(n),
          kodeSekaliDiterima: kodeSekaliDiterima.has(c.req.raw),
        },
      );
      return c.json(hasil, baru ? 201 : 200);
    },
  );

  return app;
}
