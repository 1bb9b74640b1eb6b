/**
 * Sign-in, session lookup and sign-out for the HTTP layer (ADR 0008). One instance per app: it owns the
 * better-auth instance (built lazily, once the secret is read) and the per-address throttle.
 *
 * Sign-in: email, or NIP (18 digits) looked up to the user's email; 5 consecutive failures lock the account for
 * 15 minutes (audited); 20 failures from one address within 15 minutes throttle that address.
 * Session: 8 hours idle (sliding), 7 days absolute; a deactivated user's session ends at the next request.
 */
import { AKTOR_SISTEM, type Aktor } from "../../domain/akses/aktor";
import type { Peran } from "../../domain/akses/izin";
import { normalisasiIdentitas } from "../../domain/akses/identitas";
import {
  deleteSesiByToken,
  findPenggunaByEmail,
  findPenggunaByNip,
  kunciPengguna,
  type PenggunaRow,
  resetGagalMasuk,
  tambahGagalMasuk,
} from "../../storage/repositories/pengguna-repository";
import { mutasi } from "../audit/mutasi";
import { type ServiceContext, withAktor } from "../context";
import { KredensialSalahError, TerlaluBanyakPercobaanError } from "../errors";
import { type BetterAuth, createBetterAuth, SESI_ABSOLUT_MS, SESSION_COOKIE } from "./better-auth";
import { buatTokenCsrf, cocokTokenCsrf } from "./csrf";
import { cocokKataSandi } from "./kata-sandi";
import { type BatasAlamat, PembatasMasuk } from "./pembatas-masuk";
import { ambilRahasia } from "./rahasia";

export interface BatasAkun {
  /** Consecutive failures that lock the account. */
  maksGagal: number;
  kunciMs: number;
}

export const BATAS_AKUN_BAWAAN: BatasAkun = { maksGagal: 5, kunciMs: 15 * 60 * 1000 };

export interface OpsiLayananAuth {
  /** SAKIP_AUTH_SECRET; when absent a generated secret is kept in the database. */
  rahasia?: string | undefined;
  batasAkun?: BatasAkun;
  batasAlamat?: BatasAlamat;
}

export interface PermintaanMasuk {
  identitas: string;
  kataSandi: string;
}

export interface InfoPermintaan {
  headers: Headers;
  /** Client address for the throttle ("tidak-diketahui" when unknown). */
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
  private readonly pembatas: PembatasMasuk;
  private readonly batasAkun: BatasAkun;

  constructor(
    private readonly base: ServiceContext,
    private readonly opsi: OpsiLayananAuth = {},
  ) {
    this.pembatas = new PembatasMasuk(opsi.batasAlamat);
    this.batasAkun = opsi.batasAkun ?? BATAS_AKUN_BAWAAN;
  }

  private siapkan() {
    this.instance ??= ambilRahasia(this.base.db, this.opsi.rahasia).then((secret) => ({
      auth: createBetterAuth(this.base.db, secret),
      secret,
    }));
    return this.instance;
  }

  /** better-auth's own HTTP handler (mounted only for the endpoints we allow). */
  async handler(request: Request): Promise<Response> {
    return (await this.siapkan()).auth.handler(request);
  }

  async masuk(ctx: ServiceContext, input: PermintaanMasuk, info: InfoPermintaan): Promise<HasilMasuk> {
    const { auth, secret } = await this.siapkan();
    const now = ctx.now();
    const tunggu = this.pembatas.tunggu(info.alamat, now);
    if (tunggu > 0) {
      throw new TerlaluBanyakPercobaanError(
        `Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam ${menit(tunggu)} menit.`,
        tunggu,
        "batas-alamat",
      );
    }
    const pengguna = await cariPengguna(ctx, input.identitas);
    if (pengguna?.terkunciSampai && pengguna.terkunciSampai.getTime() > now.getTime()) {
      throw akunTerkunci(pengguna.terkunciSampai, now);
    }
    if (!pengguna || !pengguna.aktif) {
      await cocokKataSandi(HASH_PENGALIH, input.kataSandi);
      this.pembatas.catatGagal(info.alamat, now);
      throw new KredensialSalahError();
    }
    let hasil;
    try {
      hasil = await auth.api.signInEmail({
        body: { email: pengguna.email, password: input.kataSandi, rememberMe: true },
        headers: info.headers,
        returnHeaders: true,
      });
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      this.pembatas.catatGagal(info.alamat, now);
      await this.catatGagal(ctx, pengguna, now);
      throw new KredensialSalahError();
    }
    if (pengguna.gagalMasuk > 0 || pengguna.terkunciSampai) await resetGagalMasuk(ctx.db, pengguna.id);
    return {
      setCookie: hasil.headers.getSetCookie(),
      csrfToken: buatTokenCsrf(secret, hasil.response.token),
      userId: pengguna.id,
    };
  }

  private async catatGagal(ctx: ServiceContext, pengguna: PenggunaRow, now: Date): Promise<void> {
    if (pengguna.gagalMasuk + 1 < this.batasAkun.maksGagal) {
      await tambahGagalMasuk(ctx.db, pengguna.id);
      return;
    }
    const sampai = new Date(now.getTime() + this.batasAkun.kunciMs);
    await mutasi(
      withAktor(ctx, AKTOR_SISTEM, ctx.requestId),
      { entity: "pengguna", action: "kunci_otomatis", pemdaId: pengguna.pemdaId, opdId: pengguna.opdId },
      async (tx) => {
        await kunciPengguna(tx, pengguna.id, sampai);
        return {
          entityId: pengguna.id,
          before: { gagalMasuk: pengguna.gagalMasuk, terkunciSampai: null },
          after: { gagalMasuk: pengguna.gagalMasuk + 1, terkunciSampai: sampai.toISOString() },
          result: undefined,
        };
      },
    );
    throw akunTerkunci(sampai, now);
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

function akunTerkunci(sampai: Date, now: Date): TerlaluBanyakPercobaanError {
  const detik = Math.max(1, Math.ceil((sampai.getTime() - now.getTime()) / 1000));
  return new TerlaluBanyakPercobaanError(
    `Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${menit(detik)} menit ` +
      "atau minta admin mengatur ulang kata sandi.",
    detik,
    "akun-terkunci",
  );
}

function menit(detik: number): number {
  return Math.max(1, Math.ceil(detik / 60));
}

function isUnauthorized(error: unknown): boolean {
  const e = error as { statusCode?: number; status?: string | number } | null;
  return e?.statusCode === 401 || e?.status === "UNAUTHORIZED" || e?.statusCode === 403;
}
