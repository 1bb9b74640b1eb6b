/** Organisation profile routes: the OPD profile (units, pejabat, texts, desa with computed totals) and its edits. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaProfilOpd } from "../../services/organisasi/baca-profil-opd";
import { simpanDesa } from "../../services/organisasi/simpan-desa";
import { ubahPejabat } from "../../services/organisasi/simpan-pejabat";
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { denganEtag, denganVersi, simpanBerversi } from "../versi";
import { NotFoundError } from "../../services/errors";
import { problemResponses, ZHeaderVersi, ZOpdParam } from "./skema-umum";
import { ZIdParam } from "./skema-kinerja";
import { ZProfilOpd } from "./skema-profil-opd";
import {
  MAKS_ANGKA,
  MAKS_GELAR_BELAKANG,
  MAKS_GELAR_DEPAN,
  MAKS_GOLONGAN,
  MAKS_KODE,
  MAKS_NAMA,
  MAKS_NIP,
  MAKS_PANGKAT,
  MAKS_SUMBER,
} from "../../domain/shared/batas-teks";

const angka = z.string().max(MAKS_ANGKA).nullable();
const bulat = z.number().int().min(0).nullable();

const ZDesa = z
  .object({
    nomor: z.number().int().min(0),
    nama: z.string().min(1, "nama desa wajib diisi").max(MAKS_NAMA),
    luasHa: angka,
    dusun: bulat,
    kk: bulat,
    pendudukL: bulat,
    pendudukP: bulat,
    perkebunanHa: angka,
    pertanianHa: angka,
    perumahanHa: angka,
    sumber: z.string().max(MAKS_SUMBER).nullable().optional(),
  })
  .openapi("DesaInput");

export const ZPejabat = z
  .object({
    kode: z.string().min(1).max(MAKS_KODE),
    peran: z.enum(["kepala-daerah", "kepala-opd", "pejabat"]),
    nama: z.string().min(1, "nama wajib diisi").max(MAKS_NAMA),
    gelarDepan: z.string().max(MAKS_GELAR_DEPAN).nullable().optional(),
    gelarBelakang: z.string().max(MAKS_GELAR_BELAKANG).nullable().optional(),
    nip: z.string().max(MAKS_NIP).nullable().optional(),
    pangkat: z.string().max(MAKS_PANGKAT).nullable().optional(),
    golongan: z.string().max(MAKS_GOLONGAN).nullable().optional(),
    jabatan: z.string().min(1, "jabatan wajib diisi").max(MAKS_NAMA),
    eselon: z.enum(["II", "III", "IV"]).nullable().optional(),
    unitKode: z.string().max(MAKS_KODE).nullable().optional(),
    mulai: z.string().max(10).nullable().optional(),
    selesai: z.string().max(10).nullable().optional(),
    catatan: z.string().max(2000).nullable().optional(),
  })
  .openapi("PejabatInput");

/**
 * A save of a part of the OPD profile (texts, units, pejabat, desa) checked against the whole profile as
 * `GET …/profil` shows it (its ETag), under one lock for all parts (ADR 0016): the profile is read and edited as one.
 */
export function simpanProfilBerversi(c: Context<AppEnv>, pemda: string, opd: string, uraian: string) {
  return simpanBerversi(
    c,
    c.get("ctx"),
    `${uraian} perangkat daerah`,
    (ctx) => bacaProfilOpd(ctx, { pemda, opd }),
    `/api/v1/pemda/${pemda}/opd/${opd}/profil`,
  );
}

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
        200: { description: "Profil", content: { "application/json": { schema: ZProfilOpd } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      const profil = denganEtag(c, await bacaProfilOpd(c.get("ctx"), { pemda, opd }));
      // the ETag is the whole profile's (texts, units, desa); each pejabat also carries its own `versi` (PUT …/pejabat/{id})
      return c.json({ ...profil, pejabat: profil.pejabat.map(denganVersi) }, 200);
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
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: z.array(ZDesa).max(500) } } },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: { "application/json": { schema: z.object({ diubah: z.number(), versi: z.string() }) } },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      const s = simpanProfilBerversi(c, pemda, opd, "Tabel desa");
      const hasil = await simpanDesa(s.ctx, { pemda, opd }, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
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
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZPejabat } } },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: { "application/json": { schema: z.object({ id: z.string(), versi: z.string() }) } },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, id } = c.req.valid("param");
      // the version of this pejabat as `GET …/profil` lists it (`versi`), under the profile's one lock
      const s = simpanBerversi(
        c,
        c.get("ctx"),
        "Data pejabat",
        async (ctx) => {
          const p = (await bacaProfilOpd(ctx, { pemda, opd })).pejabat.find((x) => x.id === id);
          if (!p) throw new NotFoundError("Pejabat tidak ditemukan");
          return p;
        },
        `/api/v1/pemda/${pemda}/opd/${opd}/profil`,
      );
      const hasil = await ubahPejabat(s.ctx, { pemda, opd }, id, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  return app;
}
