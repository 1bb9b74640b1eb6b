/**
 * Perjanjian Kinerja routes: the PKs of a year, the cascade tree with its gaps, the inline row edit, the read-back of
 * one PK in its input form (the PUT of dokumen-kinerja.ts takes it back unchanged), its deletion, and the candidate
 * cascade parent rows.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaDaftarPk, bacaKaskade } from "../../services/pk/baca-pk";
import { bacaPkMasukan } from "../../services/pk/baca-pk-masukan";
import { hapusPk } from "../../services/pk/hapus-pk";
import { bacaKandidatInduk } from "../../services/pk/kandidat-induk";
import { ubahBarisPk } from "../../services/pk/ubah-baris-pk";
import type { AppEnv } from "../env";
import { pasangEtag, syaratVersi } from "../versi";
import { ZPkInput } from "./skema-dokumen";
import { problemResponses, ZHeaderVersi, ZOpdParam } from "./skema-umum";
import { ZIdParam, ZOpdTahunParam } from "./skema-kinerja";
import { ZBarisPk, ZDaftarPk, ZKaskadePk } from "./skema-rencana-pk";

const ZKodePk = z
  .string()
  .min(1)
  .max(100)
  .openapi({ param: { name: "kode", in: "path" }, example: "pk-2023-perubahan-camat" });
const ZLevel = z.enum(["kepala-opd", "eselon-iii", "eselon-iv"]);
const ZPkDokumen = ZPkInput.extend({ kode: z.string() }).openapi("PkDokumen");
const ZPkDihapus = z.object({ id: z.string(), kode: z.string(), dihapus: z.literal(true) }).openapi("PkDihapus");
const ZKandidatInduk = z
  .object({
    tahun: z.number().int(),
    level: ZLevel,
    keterangan: z.string().nullable(),
    pk: z.array(
      z.object({
        kode: z.string(),
        jenis: z.enum(["awal", "perubahan"]),
        level: ZLevel,
        berlaku: z.boolean(),
        pejabat: z.string(),
        atasanLangsung: z.boolean(),
        baris: z.array(
          z.object({
            kode: z.string(),
            nomor: z.string().nullable(),
            sasaran: z.string(),
            indikator: z.string(),
            satuan: z.string(),
            target: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi("KandidatIndukKaskade");

const ZUbahBaris = z
  .object({
    sasaran: z.string().max(2000).optional(),
    indikator: z.string().max(2000).optional(),
    satuan: z.string().max(100).optional(),
    target: z.string().max(60).nullable().optional(),
  })
  // An empty change has nothing to save (and an empty UPDATE is a database error): refuse it here (issue 18).
  .refine((m) => Object.values(m).some((v) => v !== undefined), {
    message: "Isi minimal satu dari sasaran, indikator, satuan atau target",
  })
  .openapi("UbahBarisPkInput");

export function perjanjianKinerjaRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}",
      tags: ["Perjanjian Kinerja"],
      summary:
        "Perjanjian Kinerja setahun per pejabat (awal/perubahan; yang berlaku ditandai), baris kinerja dan anggaran",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "Daftar PK", content: { "application/json": { schema: ZDaftarPk } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await bacaDaftarPk(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}/kaskade",
      tags: ["Perjanjian Kinerja"],
      summary: "Pohon kaskade dari misi Kepala Daerah sampai eselon IV, dengan celah (tanpa turunan, tanpa target)",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "Kaskade", content: { "application/json": { schema: ZKaskadePk } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(await bacaKaskade(c.get("ctx"), { pemda, opd }, tahun), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk-baris/{id}",
      tags: ["Perjanjian Kinerja"],
      summary:
        "Ubah satu baris kinerja PK (sasaran, indikator, satuan, target); If-Match: versi baris dari daftar PK " +
        "(409 bila baris telah diubah pengguna lain)",
      request: {
        params: ZOpdParam.extend({ id: ZIdParam("id") }),
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZUbahBaris } } },
      },
      responses: {
        200: { description: "Tersimpan", content: { "application/json": { schema: ZBarisPk } } },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      const hasil = await ubahBarisPk(c.get("ctx"), { pemda, opd }, id, c.req.valid("json"), syaratVersi(c));
      pasangEtag(c, hasil.versi);
      return c.json(hasil, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk-dokumen/{kode}",
      tags: ["Perjanjian Kinerja"],
      summary:
        "Baca satu Perjanjian Kinerja dalam bentuk masukan PUT (GET lalu PUT tanpa perubahan = diubah false); " +
        "header ETag = versinya, dikirim kembali dalam If-Match saat menyimpan",
      request: { params: ZOpdParam.extend({ kode: ZKodePk }) },
      responses: {
        200: { description: "Dokumen PK", content: { "application/json": { schema: ZPkDokumen } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, kode } = c.req.valid("param");
      const { dokumen: pk, versi } = await bacaPkMasukan(c.get("ctx"), { pemda, opd }, kode);
      pasangEtag(c, versi);
      // the PUT body nests kinerja rows two deep and budget rows three deep; the leaves carry no `anak`
      return c.json(
        {
          ...pk,
          sumber: pk.sumber ?? null,
          kinerja: pk.kinerja.map(({ anak, ...r }) => ({ ...r, anak: anak.map(({ anak: _a, ...x }) => x) })),
          anggaran: pk.anggaran.map(({ anak, ...r }) => ({
            ...r,
            anak: anak.map(({ anak: cucu, ...x }) => ({ ...x, anak: cucu.map(({ anak: _b, ...y }) => y) })),
          })),
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk-dokumen/{kode}",
      tags: ["Perjanjian Kinerja"],
      summary:
        "Hapus satu Perjanjian Kinerja (ditolak bila barisnya masih menjadi induk kaskade PK bawahan, atau bila " +
        "If-Match bukan versinya yang sekarang)",
      request: { params: ZOpdParam.extend({ kode: ZKodePk }), headers: ZHeaderVersi },
      responses: {
        200: { description: "Terhapus", content: { "application/json": { schema: ZPkDihapus } } },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, kode } = c.req.valid("param");
      return c.json(await hapusPk(c.get("ctx"), { pemda, opd }, kode, syaratVersi(c)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}/induk-kaskade",
      tags: ["Perjanjian Kinerja"],
      summary: "Baris PK atasan (tingkat lebih tinggi, tahun sama) yang dapat dipilih sebagai induk kaskade",
      request: {
        params: ZOpdTahunParam,
        query: z.object({
          level: ZLevel.openapi({ param: { name: "level", in: "query" } }),
          pihakKedua: z
            .string()
            .max(100)
            .optional()
            .openapi({ param: { name: "pihakKedua", in: "query" }, description: "kode pejabat pihak kedua" }),
          kecuali: z
            .string()
            .max(100)
            .optional()
            .openapi({ param: { name: "kecuali", in: "query" }, description: "kode PK yang sedang diubah" }),
        }),
      },
      responses: {
        200: { description: "Kandidat induk", content: { "application/json": { schema: ZKandidatInduk } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const q = c.req.valid("query");
      return c.json(
        await bacaKandidatInduk(
          c.get("ctx"),
          { pemda, opd },
          { tahun, level: q.level, pihakKeduaKode: q.pihakKedua ?? null, kecualiKode: q.kecuali ?? null },
        ),
        200,
      );
    },
  );
  return app;
}
