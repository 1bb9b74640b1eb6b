/**
 * User administration for admins of a Pemda (pengguna.kelola) and the read-only role matrix (any signed-in user).
 * No self-registration: users exist only when an admin (or `sakip user create`) makes them.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { IZIN, IZIN_PERAN, LABEL_PERAN, PERAN } from "../../domain/akses/izin";
import { IKATAN_PERAN } from "../../domain/akses/ikatan";
import { requireAktor } from "../../services/akses/authorize";
import { buatPengguna } from "../../services/pengguna/buat-pengguna";
import {
  daftarPengguna,
  peringatanKataSandiDemo,
  resetKataSandi,
  ubahPengguna,
} from "../../services/pengguna/kelola-pengguna";
import { bacaPenggunaSunting, bagianSunting } from "../../services/pengguna/versi-pengguna";
import { versiDari } from "../../services/bersama/versi";
import type { AppEnv } from "../env";
import { simpanBerversi } from "../versi";
import { problemResponses, ZHeaderVersi, ZPemdaParam } from "./skema-umum";

const ZRingkas = z.object({ id: z.string(), slug: z.string(), nama: z.string() });

export const ZPengguna = z
  .object({
    id: z.string(),
    nama: z.string(),
    email: z.string(),
    nip: z.string().nullable(),
    peran: z.enum(PERAN),
    labelPeran: z.string(),
    aktif: z.boolean(),
    terkunciSampai: z.string().nullable(),
    pemda: ZRingkas,
    opd: ZRingkas.nullable(),
  })
  .openapi("Pengguna");

const ZPenggunaBaru = z
  .object({
    email: z.string().min(3).max(254),
    nama: z.string().min(1).max(200),
    peran: z.enum(PERAN),
    opd: z.string().max(100).nullable().optional().openapi({ description: "slug OPD; kosong = seluruh Pemda" }),
    nip: z.string().max(40).nullable().optional(),
    kataSandi: z.string().min(1).max(128),
  })
  .openapi("PenggunaBaru");

const ZUbahPengguna = z
  .object({
    nama: z.string().min(1).max(200).optional(),
    nip: z.string().max(40).nullable().optional(),
    peran: z.enum(PERAN).optional(),
    opd: z.string().max(100).nullable().optional().openapi({ description: "slug OPD; null = seluruh Pemda" }),
    aktif: z.boolean().optional(),
  })
  .openapi("UbahPengguna");

const ZReset = z.object({ kataSandiBaru: z.string().min(1).max(128) }).openapi("ResetKataSandi");

const ZIdParam = ZPemdaParam.extend({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});

const ZPeran = z
  .object({
    peran: z.enum(PERAN),
    label: z.string(),
    ikatan: z.enum(["opd", "pemda", "bebas"]),
    izin: z.array(z.enum(IZIN)),
  })
  .openapi("Peran");

const ZPeringatanKataSandiDemo = z
  .object({
    diperiksa: z.boolean().openapi({ description: "false di luar mode produksi (akun demo memang memakainya)" }),
    pengguna: z.array(z.object({ id: z.string(), nama: z.string(), email: z.string() })),
  })
  .openapi("PeringatanKataSandiDemo");

const ZMatriksPeran = z.object({ izin: z.array(z.enum(IZIN)), peran: z.array(ZPeran) }).openapi("MatriksPeran");

export function penggunaRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/pengguna",
      tags: ["Pengguna"],
      summary: "Daftar pengguna Pemda (admin)",
      request: { params: ZPemdaParam },
      responses: {
        200: {
          description: "Pengguna (tiap butir dengan `versi` untuk If-Match saat diubah)",
          content: { "application/json": { schema: z.array(ZPengguna.extend({ versi: z.string() })) } },
        },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) =>
      c.json(
        (await daftarPengguna(c.get("ctx"), c.req.valid("param").pemda)).map((p) => ({
          ...p,
          versi: versiDari(bagianSunting(p)),
        })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/pengguna/kata-sandi-demo",
      tags: ["Pengguna"],
      summary: "Akun aktif yang masih memakai kata sandi demo publik (admin; diperiksa dalam mode produksi)",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Peringatan", content: { "application/json": { schema: ZPeringatanKataSandiDemo } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const auth = c.get("auth");
      c.header("cache-control", "no-store");
      return c.json(
        await peringatanKataSandiDemo(c.get("ctx"), c.req.valid("param").pemda, auth.kataSandiDemo, auth.produksi),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/pengguna",
      tags: ["Pengguna"],
      summary: "Buat pengguna (admin)",
      request: {
        params: ZPemdaParam,
        body: { required: true, content: { "application/json": { schema: ZPenggunaBaru } } },
      },
      responses: {
        201: { description: "Pengguna dibuat", content: { "application/json": { schema: ZPengguna } } },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const profil = await buatPengguna(c.get("ctx"), {
        ...body,
        pemdaSlug: c.req.valid("param").pemda,
        opdSlug: body.opd ?? null,
      });
      return c.json(profil, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/v1/pemda/{pemda}/pengguna/{id}",
      tags: ["Pengguna"],
      summary: "Ubah peran, ikatan OPD, nama/NIP, atau nonaktifkan pengguna (admin)",
      request: {
        params: ZIdParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZUbahPengguna } } },
      },
      responses: {
        200: {
          description: "Pengguna diubah",
          content: { "application/json": { schema: ZPengguna.extend({ versi: z.string() }) } },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, id } = c.req.valid("param");
      const { opd, ...rest } = c.req.valid("json");
      // the version of the editable fields as the list shows them (`versi`); a sign-in lock is not part of it
      const s = simpanBerversi(c, c.get("ctx"), "Data pengguna", (ctx) => bacaPenggunaSunting(ctx, pemda, id));
      const profil = await ubahPengguna(s.ctx, pemda, id, { ...rest, ...(opd !== undefined ? { opdSlug: opd } : {}) });
      return c.json({ ...profil, versi: await s.selesai() }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/pengguna/{id}/reset-kata-sandi",
      tags: ["Pengguna"],
      summary: "Atur ulang kata sandi pengguna dan buka kuncinya (admin)",
      request: { params: ZIdParam, body: { required: true, content: { "application/json": { schema: ZReset } } } },
      responses: {
        200: { description: "Kata sandi diatur ulang", content: { "application/json": { schema: ZPengguna } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, id } = c.req.valid("param");
      return c.json(await resetKataSandi(c.get("ctx"), pemda, id, c.req.valid("json").kataSandiBaru), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/peran",
      tags: ["Pengguna"],
      summary: "Matriks peran × izin (hanya baca)",
      responses: {
        200: { description: "Matriks", content: { "application/json": { schema: ZMatriksPeran } } },
        ...problemResponses([401]),
      },
    }),
    (c) => {
      requireAktor(c.get("ctx"));
      return c.json(
        {
          izin: [...IZIN],
          peran: PERAN.map((p) => ({
            peran: p,
            label: LABEL_PERAN[p],
            ikatan: IKATAN_PERAN[p],
            izin: [...IZIN_PERAN[p]],
          })),
        },
        200,
      );
    },
  );
  return app;
}
