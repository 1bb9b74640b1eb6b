/** Organisation profile routes: the OPD profile (units, pejabat, texts, desa with computed totals) and its edits. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaProfilOpd } from "../../services/organisasi/baca-profil-opd";
import { simpanDesa } from "../../services/organisasi/simpan-desa";
import { ubahPejabat } from "../../services/organisasi/simpan-pejabat";
import type { AppEnv } from "../env";
import { problemResponses, ZOpdParam } from "./skema-umum";
import { ZIdParam, ZObjek } from "./skema-kinerja";

const angka = z.string().max(30).nullable();
const bulat = z.number().int().min(0).nullable();

const ZDesa = z
  .object({
    nomor: z.number().int().min(0),
    nama: z.string().min(1, "nama desa wajib diisi").max(200),
    luasHa: angka,
    dusun: bulat,
    kk: bulat,
    pendudukL: bulat,
    pendudukP: bulat,
    perkebunanHa: angka,
    pertanianHa: angka,
    perumahanHa: angka,
    sumber: z.string().max(500).nullable().optional(),
  })
  .openapi("DesaInput");

export const ZPejabat = z
  .object({
    kode: z.string().min(1).max(100),
    peran: z.enum(["kepala-daerah", "kepala-opd", "pejabat"]),
    nama: z.string().min(1, "nama wajib diisi").max(200),
    gelarDepan: z.string().max(50).nullable().optional(),
    gelarBelakang: z.string().max(100).nullable().optional(),
    nip: z.string().max(40).nullable().optional(),
    pangkat: z.string().max(60).nullable().optional(),
    golongan: z.string().max(10).nullable().optional(),
    jabatan: z.string().min(1, "jabatan wajib diisi").max(200),
    eselon: z.enum(["II", "III", "IV"]).nullable().optional(),
    unitKode: z.string().max(100).nullable().optional(),
    mulai: z.string().max(10).nullable().optional(),
    selesai: z.string().max(10).nullable().optional(),
    catatan: z.string().max(2000).nullable().optional(),
  })
  .openapi("PejabatInput");

export function profilOpdRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/profil",
      tags: ["Organisasi"],
      summary: "Profil perangkat daerah: unit, pejabat, tugas dan fungsi, dasar hukum, inovasi, desa (jumlah dihitung)",
      request: { params: ZOpdParam },
      responses: {
        200: { description: "Profil", content: { "application/json": { schema: ZObjek("ProfilOpd") } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      return c.json((await bacaProfilOpd(c.get("ctx"), { pemda, opd })) as unknown as Record<string, unknown>, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/desa",
      tags: ["Organisasi"],
      summary: "Simpan tabel desa (luas, dusun, KK, penduduk L/P, penggunaan lahan); jumlah tidak diketik",
      request: {
        params: ZOpdParam,
        body: { required: true, content: { "application/json": { schema: z.array(ZDesa).max(500) } } },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: { "application/json": { schema: z.object({ diubah: z.number() }) } },
        },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      return c.json(await simpanDesa(c.get("ctx"), { pemda, opd }, c.req.valid("json")), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}",
      tags: ["Organisasi"],
      summary: "Ubah data satu pejabat (NIP diperiksa: 18 digit, tanggal lahir dan TMT sah)",
      request: {
        params: ZOpdParam.extend({ id: ZIdParam("id") }),
        body: { required: true, content: { "application/json": { schema: ZPejabat } } },
      },
      responses: {
        200: { description: "Tersimpan", content: { "application/json": { schema: z.object({ id: z.string() }) } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      return c.json(await ubahPejabat(c.get("ctx"), { pemda, opd }, id, c.req.valid("json")), 200);
    },
  );
  return app;
}
