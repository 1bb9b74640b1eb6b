/**
 * Sign-in (email or NIP + password), session, sign-out and own password change (ADR 0008). Sign-in and session
 * are public; the rest needs a session. Errors are Indonesian problem+json; the lockout answers 429 + Retry-After.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { DomainError } from "../../domain/shared/errors";
import { IZIN, PERAN } from "../../domain/akses/izin";
import { gantiKataSandiSendiri, profilSaya, profilSetelahMasuk } from "../../services/pengguna/akun-saya";
import { UnauthenticatedError } from "../../services/errors";
import type { AppEnv } from "../env";
import { kirimCookie, lewatHttps } from "../middleware/cookie";
import { problemResponses } from "./skema-umum";

const ZRingkas = z.object({ id: z.string(), slug: z.string(), nama: z.string() });

export const ZProfilSaya = z
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
    izin: z.array(z.enum(IZIN)),
  })
  .openapi("ProfilSaya");

const ZSesi = z.object({ pengguna: ZProfilSaya, csrfToken: z.string() }).openapi("Sesi");

const ZMasuk = z
  .object({
    identitas: z.string().min(1).max(254).openapi({ description: "Email atau NIP (18 digit)" }),
    kataSandi: z.string().min(1).max(128),
  })
  .openapi("MasukInput");

const ZGantiKataSandi = z
  .object({ kataSandiLama: z.string().min(1).max(128), kataSandiBaru: z.string().min(1).max(128) })
  .openapi("GantiKataSandiInput");

const ZLupaKataSandi = z
  .object({ email: z.string().trim().min(3).max(254).email("email: alamat surel tidak valid") })
  .openapi("LupaKataSandiInput");

const ZAturUlangKataSandi = z
  .object({ token: z.string().min(16).max(200), kataSandiBaru: z.string().min(1).max(128) })
  .openapi("AturUlangKataSandiInput");

const ZOpsiMasuk = z
  .object({
    lupaKataSandi: z.boolean().openapi({ description: "Atur ulang kata sandi lewat surel tersedia (SMTP_URL diatur)" }),
  })
  .openapi("OpsiMasuk");

const ZPesan = z.object({ pesan: z.string() }).openapi("Pesan");

export const PESAN_LUPA_KATA_SANDI =
  "Jika alamat surel itu terdaftar dan aktif, tautan untuk mengatur ulang kata sandi telah dikirim. Periksa kotak masuk Anda.";

function resetAktif(c: Context<AppEnv>) {
  const reset = c.get("auth").reset;
  if (!reset) {
    throw new DomainError(
      "reset_tidak_tersedia",
      "Atur ulang kata sandi lewat surel tidak tersedia di server ini (surel belum diatur); hubungi admin",
    );
  }
  return reset;
}

/** The app's origin as the browser sees it: https when the trusted proxy says so (cookie.ts). */
function asalPermintaan(c: Context<AppEnv>): string {
  const u = new URL(c.req.url);
  return `${lewatHttps(c) ? "https:" : u.protocol}//${u.host}`;
}

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/masuk",
      tags: ["Akun"],
      summary: "Masuk dengan email atau NIP dan kata sandi",
      request: { body: { required: true, content: { "application/json": { schema: ZMasuk } } } },
      responses: {
        200: { description: "Berhasil masuk; cookie sesi diset", content: { "application/json": { schema: ZSesi } } },
        ...problemResponses([400, 401, 403, 429]),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const ctx = c.get("ctx");
      const hasil = await c.get("auth").masuk(ctx, input, { headers: c.req.raw.headers, alamat: c.get("alamatKlien") });
      kirimCookie(c, hasil.setCookie);
      const pengguna = await profilSetelahMasuk(ctx, hasil.userId);
      return c.json({ pengguna, csrfToken: hasil.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/sesi",
      tags: ["Akun"],
      summary: "Pengguna yang sedang masuk dan token CSRF-nya",
      responses: {
        200: { description: "Sesi aktif", content: { "application/json": { schema: ZSesi } } },
        ...problemResponses([401]),
      },
    }),
    async (c) => {
      const sesi = c.get("sesi");
      if (!sesi) throw new UnauthenticatedError();
      c.header("cache-control", "no-store");
      return c.json({ pengguna: await profilSaya(c.get("ctx")), csrfToken: sesi.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/keluar",
      tags: ["Akun"],
      summary: "Keluar (mengakhiri sesi ini)",
      responses: { 204: { description: "Sesi diakhiri" }, ...problemResponses([403]) },
    }),
    async (c) => {
      kirimCookie(c, await c.get("auth").keluar(c.req.raw.headers));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/kata-sandi",
      tags: ["Akun"],
      summary: "Ganti kata sandi sendiri (sesi lain diakhiri); kata sandi saat ini yang salah ikut batas penguncian",
      request: { body: { required: true, content: { "application/json": { schema: ZGantiKataSandi } } } },
      responses: { 204: { description: "Kata sandi diganti" }, ...problemResponses([400, 401, 403, 429]) },
    }),
    async (c) => {
      await gantiKataSandiSendiri(
        c.get("ctx"),
        c.req.valid("json"),
        c.get("sesi")?.sessionToken,
        c.get("auth").batasAkun,
      );
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/opsi",
      tags: ["Akun"],
      summary: "Pilihan halaman masuk (tanpa sesi): apakah atur ulang kata sandi lewat surel tersedia",
      responses: { 200: { description: "Pilihan", content: { "application/json": { schema: ZOpsiMasuk } } } },
    }),
    (c) => c.json({ lupaKataSandi: c.get("auth").reset !== null }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/lupa-kata-sandi",
      tags: ["Akun"],
      summary:
        "Minta tautan atur ulang kata sandi lewat surel (jawaban sama untuk alamat terdaftar atau tidak); 400 bila surel tidak diatur",
      request: { body: { required: true, content: { "application/json": { schema: ZLupaKataSandi } } } },
      responses: {
        200: { description: "Diterima", content: { "application/json": { schema: ZPesan } } },
        ...problemResponses([400, 403, 429]),
      },
    }),
    async (c) => {
      const reset = resetAktif(c);
      const { email } = c.req.valid("json");
      await reset.mintaReset(c.get("ctx"), email, { alamat: c.get("alamatKlien"), origin: asalPermintaan(c) });
      return c.json({ pesan: PESAN_LUPA_KATA_SANDI }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/atur-ulang-kata-sandi",
      tags: ["Akun"],
      summary: "Atur kata sandi baru dengan token dari surel (sekali pakai, 30 menit); semua sesi pengguna diakhiri",
      request: { body: { required: true, content: { "application/json": { schema: ZAturUlangKataSandi } } } },
      responses: { 204: { description: "Kata sandi diatur ulang" }, ...problemResponses([400, 403]) },
    }),
    async (c) => {
      await resetAktif(c).aturUlang(c.get("ctx"), c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  return app;
}
