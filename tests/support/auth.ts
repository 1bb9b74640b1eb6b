/**
 * Route tests acting as any role (issue M1-03). Stable signature:
 *
 *   const as = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", pemdaSlug: "batu-bara",
 *     opdSlug: "kecamatan-sei-balai" });
 *   await app.request("/api/v1/...", { method: "POST", headers: { ...as.headers, "content-type": "application/json" },
 *     body: JSON.stringify(...) });
 *
 * `headers` carries the session cookie and the CSRF token, so mutations pass the CSRF check. The user is created
 * through the admin service (as the system actor of `ctx`) with a unique email.
 */
import type { Aktor } from "../../src/domain/akses/aktor";
import type { Peran } from "../../src/domain/akses/izin";
import type { ServiceContext } from "../../src/services/context";
import { buatPengguna } from "../../src/services/pengguna/buat-pengguna";
import { upsertOpd, upsertPemda } from "../../src/storage/repositories/organisasi-repository";

/** Anything with Hono's `request` (the app from createApp). */
export interface RequestableApp {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

export interface SignedIn {
  /** Send with every request: `cookie` (session) and `x-csrf-token`. */
  headers: Record<string, string>;
  aktor: Aktor;
  userId: string;
  email: string;
  kataSandi: string;
}

export interface UserSpec {
  peran: Peran;
  pemdaSlug: string;
  /** OPD slug, or null for a Pemda-wide user (required null for admin_pemda and evaluator). */
  opdSlug: string | null;
  nama?: string;
  email?: string;
  nip?: string;
  kataSandi?: string;
}

export const TEST_PASSWORD = "Rahasia-uji-2024";

let counter = 0;

export async function createUserAndSignIn(app: RequestableApp, ctx: ServiceContext, spec: UserSpec): Promise<SignedIn> {
  counter += 1;
  const email = spec.email ?? `${spec.peran}.${spec.opdSlug ?? "pemda"}.${counter}.${Date.now()}@${spec.pemdaSlug}.uji`;
  const kataSandi = spec.kataSandi ?? TEST_PASSWORD;
  const profil = await buatPengguna(ctx, {
    email,
    nama: spec.nama ?? `Uji ${spec.peran} ${counter}`,
    peran: spec.peran,
    pemdaSlug: spec.pemdaSlug,
    opdSlug: spec.opdSlug,
    nip: spec.nip ?? null,
    kataSandi,
  });
  const signed = await signIn(app, email, kataSandi);
  return {
    ...signed,
    aktor: {
      jenis: "pengguna",
      userId: profil.id,
      nama: profil.nama,
      peran: profil.peran,
      pemdaId: profil.pemda.id,
      opdId: profil.opd?.id ?? null,
    },
    userId: profil.id,
    email,
    kataSandi,
  };
}

/** Signs in through POST /api/auth/masuk; throws with the problem body when it fails. */
export async function signIn(
  app: RequestableApp,
  identitas: string,
  kataSandi: string,
): Promise<{ headers: Record<string, string> }> {
  const res = await app.request("/api/auth/masuk", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identitas, kataSandi }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${identitas} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  return { headers: { cookie: cookieHeader(res), "x-csrf-token": body.csrfToken } };
}

/** The `cookie` request header made of a response's Set-Cookie name=value pairs. */
export function cookieHeader(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c && !c.endsWith("="))
    .join("; ");
}

/** A second tenant for cross-Pemda tests: a Pemda with the given OPD slugs (idempotent). */
export async function createPemdaWithOpd(
  ctx: ServiceContext,
  pemdaSlug: string,
  opdSlugs: string[],
): Promise<{ pemdaId: string; opdIds: Record<string, string> }> {
  const pemda = await upsertPemda(ctx.db, {
    slug: pemdaSlug,
    nama: `Kabupaten ${pemdaSlug}`,
    jenis: "kabupaten",
    provinsi: "Sumatera Utara",
  });
  const opdIds: Record<string, string> = {};
  for (const [i, slug] of opdSlugs.entries()) {
    const o = await upsertOpd(ctx.db, {
      pemdaId: pemda.id,
      slug,
      nama: slug,
      jenis: "kecamatan",
      kode: null,
      urutan: i + 1,
    });
    opdIds[slug] = o.id;
  }
  return { pemdaId: pemda.id, opdIds };
}
