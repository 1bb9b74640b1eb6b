/**
 * Sign-in, session lookup and sign-out for the HTTP layer (ADR 0008). One instance per app: it owns the
 * better-auth instance (built lazily, once the secret is read) and the per-address throttle.
 *
 * Sign-in: email, or NIP (18 digits) looked up to the user's email; 5 consecutive failures lock the account for
 * 15 minutes, counted atomically before each check (kunci-akun.ts, ADR 0015); failures per (address, account) and
 * per address throttle, in the database on PostgreSQL and in memory on the embedded database
 * (pembatas-masuk-bersama.ts, ADR 0038).
 * Session: 8 hours idle (sliding), 7 days absolute; a deactivated user's session ends at the next request.
 */
import type { Aktor } from "../../domain/akses/aktor";
import type { Peran } from "../../domain/akses/izin";
import { normalisasiIdentitas } from "../../domain/akses/identitas";
import {
  deleteSesiByToken,
  findPenggunaByEmail,
  findPenggunaByNip,
  type PenggunaRow,
} from "../../storage/repositories/pengguna-repository";
import type { ServiceContext } from "../context";
import { KredensialSalahError, TerlaluBanyakPercobaanError } from "../errors";
import type { BetterAuth } from "./better-auth";
import { SESI_ABSOLUT_MS, SESSION_COOKIE } from "./sesi-konstanta";
import { buatTokenCsrf, cocokTokenCsrf } from "./csrf";
import { cocokKataSandi } from "./kata-sandi";
import { PemeriksaKataSandiDemo } from "./kata-sandi-demo";
import {
  akunTerkunci,
  type BatasAkun,
  BATAS_AKUN_BAWAAN,
  menit,
  mulaiPercobaan,
  percobaanBerhasil,
  percobaanGagal,
} from "./kunci-akun";
import type { BatasAlamat } from "./pembatas-masuk";
import { type PembatasMasukBersama, pembatasMasukBersama } from "./pembatas-masuk-bersama";
import { ambilRahasia } from "./rahasia";
import { LayananResetKataSandi, type OpsiResetKataSandi } from "./reset-kata-sandi";

export interface OpsiLayananAuth {
  /** SAKIP_AUTH_SECRET; when absent a generated secret is kept in the database. */
  rahasia?: string | undefined;
  batasAkun?: BatasAkun;
  batasAlamat?: BatasAlamat;
  /** NODE_ENV=production: accounts still using a public demo password are reported to the admin. */
  produksi?: boolean;
  /** Shared with the start-up check (cli/server.ts) so each stored hash is verified once per process. */
  pemeriksaKataSandiDemo?: PemeriksaKataSandiDemo;
  /** Self-service password reset by e-mail; absent without SMTP_URL (ADR 0044). */
  resetKataSandi?: OpsiResetKataSandi | undefined;
}

export interface PermintaanMasuk {
  identitas: string;
  kataSandi: string;
}

export interface InfoPermintaan {
  headers: Headers;
  /** Client address for the throttle, through the trusted proxies ("tidak-diketahui" when unknown). */
  alamat: string;
}

export interface HasilMasuk {
  setCookie: string[];
  csrfToken: string;
  userId: string;
}

export interface SesiAktif {
  aktor: Aktor;
  userId: string;
  sessionToken: string;
  csrfToken: string;
  /** Refreshed session cookie to send back (sliding expiry), if any. */
  setCookie: string[];
}

// A valid argon2id hash of a random string: verifying against it costs the same time as a real check, so an
// unknown identity cannot be told apart from a wrong password by timing.
const HASH_PENGALIH = "$argon2id$v=19$m=19456,t=2,p=1$c2FraXAtcGVuZ2FsaWg$J8x4d5b6XlNq8bJm5cQnC0o1VqkHnS8xw8w8e7m9pWQ";

export class LayananAuth {
  private instance: Promise<{ auth: BetterAuth; secret: string }> | undefined;
  private readonly pembatas: PembatasMasukBersama;
  /** The lockout limits; the own password change counts against the same budget. */
  readonly batasAkun: BatasAkun;

  readonly produksi: boolean;
  readonly kataSandiDemo: PemeriksaKataSandiDemo;
  /** null: no mail configured, the reset routes answer 404. */
  readonly reset: LayananResetKataSandi | null;

  constructor(
    private readonly base: ServiceContext,
    private readonly opsi: OpsiLayananAuth = {},
  ) {
    this.pembatas = pembatasMasukBersama(opsi.batasAlamat);
    this.batasAkun = opsi.batasAkun ?? BATAS_AKUN_BAWAAN;
    this.produksi = opsi.produksi ?? false;
    this.kataSandiDemo = opsi.pemeriksaKataSandiDemo ?? new PemeriksaKataSandiDemo();
    this.reset = opsi.resetKataSandi ? new LayananResetKataSandi(opsi.resetKataSandi) : null;
  }

  private siapkan() {
    // better-auth (1,5 MB of ES modules) is imported here, on first use, not when the server starts (issue 16);
    // `sakip serve` warms it right after listening (src/cli/server.ts).
    this.instance ??= Promise.all([ambilRahasia(this.base.db, this.opsi.rahasia), import("./better-auth")]).then(
      ([secret, { createBetterAuth }]) => ({ auth: createBetterAuth(this.base.db, secret), secret }),
    );
    return this.instance;
  }

  /** better-auth's own HTTP handler (mounted only for the endpoints we allow). */
  async handler(request: Request): Promise<Response> {
    return (await this.siapkan()).auth.handler(request);
  }

  async masuk(ctx: ServiceContext, input: PermintaanMasuk, info: InfoPermintaan): Promise<HasilMasuk> {
    const { auth, secret } = await this.siapkan();
    const now = ctx.now();
    const kunciAlamat = { alamat: info.alamat, identitas: kunciIdentitas(input.identitas) };
    const tunggu = await this.pembatas.tunggu(ctx, kunciAlamat, now);
    if (tunggu > 0) {
      throw new TerlaluBanyakPercobaanError(
        `Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam ${menit(tunggu)} menit.`,
        tunggu,
        "batas-alamat",
      );
    }
    const pengguna = await cariPengguna(ctx, input.identitas);
    // A fast path only: the decision that holds under parallel attempts is mulaiPercobaan's atomic count.
    if (pengguna?.terkunciSampai && pengguna.terkunciSampai.getTime() > now.getTime()) {
      throw akunTerkunci(pengguna.terkunciSampai, now, "masuk");
    }
    if (!pengguna || !pengguna.aktif) {
      await cocokKataSandi(HASH_PENGALIH, input.kataSandi);
      await this.pembatas.catatGagal(ctx, kunciAlamat, now);
      throw new KredensialSalahError();
    }
    const percobaan = await mulaiPercobaan(ctx, pengguna, "masuk", this.batasAkun);
    let hasil;
    try {
      hasil = await auth.api.signInEmail({
        body: { email: pengguna.email, password: input.kataSandi, rememberMe: true },
        headers: info.headers,
        returnHeaders: true,
      });
    } catch (error) {
      if (!isUnauthorized(error)) {
        // The attempt is already counted: any other failure of the check is recorded as a failed attempt (not
        // undone), so a fault that shows only after the password was verified cannot give free guesses, and a
        // lock this attempt set is audited. The original error is what the caller sees.
        await percobaanGagal(ctx, percobaan).catch((e: unknown) => {
          if (!(e instanceof TerlaluBanyakPercobaanError)) throw e;
        });
        throw error;
      }
      await this.pembatas.catatGagal(ctx, kunciAlamat, now);
      await percobaanGagal(ctx, percobaan);
      throw new KredensialSalahError();
    }
    try {
      await percobaanBerhasil(ctx, percobaan);
    } catch (error) {
      // Wrong attempts locked the account while this one was checked: the session better-auth already created is
      // ended before its cookie is ever sent.
      await deleteSesiByToken(ctx.db, hasil.response.token);
      throw error;
    }
    return {
      setCookie: hasil.headers.getSetCookie(),
      csrfToken: buatTokenCsrf(secret, hasil.response.token),
      userId: pengguna.id,
    };
  }

  /** The signed-in user of a request, or null (no cookie, unknown/expired session, deactivated user). */
  async sesi(ctx: ServiceContext, headers: Headers): Promise<SesiAktif | null> {
    if (!headers.get("cookie")?.includes(SESSION_COOKIE)) return null;
    const { auth, secret } = await this.siapkan();
    const hasil = await auth.api.getSession({ headers, returnHeaders: true }).catch(() => null);
    const data = hasil?.response;
    if (!hasil || !data) return null;
    const { session, user } = data;
    const umur = ctx.now().getTime() - new Date(session.createdAt).getTime();
    if (!user.aktif || umur > SESI_ABSOLUT_MS) {
      await deleteSesiByToken(ctx.db, session.token);
      return null;
    }
    return {
      aktor: {
        jenis: "pengguna",
        userId: user.id,
        nama: user.name,
        peran: user.peran as Peran,
        pemdaId: user.pemdaId,
        opdId: user.opdId ?? null,
      },
      userId: user.id,
      sessionToken: session.token,
      csrfToken: buatTokenCsrf(secret, session.token),
      setCookie: hasil.headers.getSetCookie(),
    };
  }

  async cekCsrf(sessionToken: string, token: string | undefined): Promise<boolean> {
    const { secret } = await this.siapkan();
    return cocokTokenCsrf(secret, sessionToken, token);
  }

  /** Ends the request's session; returns the cookie-clearing headers. */
  async keluar(headers: Headers): Promise<string[]> {
    const { auth } = await this.siapkan();
    const hasil = await auth.api.signOut({ headers, returnHeaders: true }).catch(() => null);
    return hasil?.headers.getSetCookie() ?? [`${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`];
  }
}

async function cariPengguna(ctx: ServiceContext, identitas: string): Promise<PenggunaRow | undefined> {
  const id = normalisasiIdentitas(identitas);
  if (id.jenis === "email") return findPenggunaByEmail(ctx.db, id.nilai);
  if (id.jenis === "nip") return findPenggunaByNip(ctx.db, id.nilai);
  return undefined;
}

/** The throttle's account key: the normalised email or NIP, so "NIP. 1985 …" and "1985…" count as one. */
function kunciIdentitas(identitas: string): string {
  const id = normalisasiIdentitas(identitas);
  return id.jenis === "email" || id.jenis === "nip" ? id.nilai : identitas.trim().toLowerCase();
}

function isUnauthorized(error: unknown): boolean {
  const e = error as { statusCode?: number; status?: string | number } | null;
  return e?.statusCode === 401 || e?.status === "UNAUTHORIZED" || e?.statusCode === 403;
}
