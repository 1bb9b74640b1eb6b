/**
 * Self-service password reset by e-mail (issue 15 item 4, ADR 0044), only when mail is configured (SMTP_URL).
 * - `mintaReset`: for an active user with that e-mail, a random 32-byte token (base64url) is stored as its SHA-256
 *   hash in better-auth's verification table (expires in 30 min) and a mail with the link is sent right away through
 *   the SMTP sender; the caller answers the same whether or not the address exists. At most 9 requests per address
 *   and 3 per e-mail in 15 min (the sign-in throttle's window); over the per-e-mail limit no mail goes out (still the
 *   same answer), over the per-address limit 429. Counted in the database (`batas_laju`, ADR 0031) on both engines,
 *   so every app server behind one proxy counts the same requests and a restart forgets none (issue 16: rate limits
 *   in PostgreSQL, not memory); requests are rare, so the two small statements per request cost nothing that matters.
 * - `aturUlang`: the token is taken once (deleted on read), must not have expired, the new password follows our
 *   policy (kata-sandi.ts); the password is set, every session of the user ends and their other tokens are
 *   dropped. Both are audited with the user as actor.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Aktor } from "../../domain/akses/aktor";
import { DomainError } from "../../domain/shared/errors";
import {
  ambilTokenReset,
  deleteSesiPengguna,
  findPenggunaByEmail,
  findPenggunaById,
  hapusTokenResetPengguna,
  insertTokenReset,
  type PenggunaRow,
  setPasswordHash,
} from "../../storage/repositories/pengguna-repository";
import { mutasi } from "../audit/mutasi";
import type { ServiceContext } from "../context";
import { TerlaluBanyakPercobaanError } from "../errors";
import type { PengirimSurel } from "../tugas/port";
import { hashKataSandi, validasiKataSandi } from "./kata-sandi";
import { tolakKataSandiDemo } from "./kata-sandi-demo";
import { cobaBatasLaju, pangkasBatasLaju } from "../../storage/repositories/batas-laju-repository";

export const RESET_BERLAKU_MENIT = 30;
const AWALAN = "reset-kata-sandi:";
const JENDELA_MS = 15 * 60 * 1000;
const MAKS_PER_JENDELA = 3;
/** Keys of the limiter's rows in `batas_laju` (not the token identifiers, which live in another table). */
const AWALAN_BATAS = "reset-sandi:";

export interface OpsiResetKataSandi {
  pengirim: PengirimSurel;
  /** The app's public address (SAKIP_URL_PUBLIK); otherwise the request's origin. */
  urlPublik?: string | undefined;
  /** Told when the mail could not be sent (logging); the caller's answer stays the same. */
  catat?: (galat: unknown) => void;
}

function hashToken(token: string): string {
  return AWALAN + createHash("sha256").update(token).digest("hex");
}

function sebagai(row: PenggunaRow): Aktor {
  return {
    jenis: "pengguna",
    userId: row.id,
    nama: row.nama,
    peran: row.peran,
    pemdaId: row.pemdaId,
    opdId: row.opdId,
  };
}

export class LayananResetKataSandi {
  /** When this process last dropped expired limiter rows (each key also drops its own when it is counted). */
  private pangkasTerakhir = 0;

  constructor(private readonly opsi: OpsiResetKataSandi) {}

  /** Sends the reset mail when the address belongs to an active user; resolves the same way otherwise. */
  async mintaReset(ctx: ServiceContext, email: string, info: { alamat: string; origin: string }): Promise<void> {
    const now = ctx.now();
    const t = now.getTime();
    if (t - this.pangkasTerakhir >= JENDELA_MS) {
      this.pangkasTerakhir = t;
      await pangkasBatasLaju(ctx.db, t - JENDELA_MS, AWALAN_BATAS);
    }
    const alamat = await cobaBatasLaju(
      ctx.db,
      `${AWALAN_BATAS}alamat:${info.alamat}`,
      MAKS_PER_JENDELA * 3,
      JENDELA_MS,
      t,
    );
    if (!alamat.boleh) {
      const tunggu = Math.ceil(alamat.tungguMs / 1000);
      throw new TerlaluBanyakPercobaanError(
        `Terlalu banyak permintaan atur ulang kata sandi; coba lagi dalam ${Math.ceil(tunggu / 60)} menit`,
        tunggu,
        "batas-alamat",
      );
    }
    const kunci = email.trim().toLowerCase();
    if (!(await cobaBatasLaju(ctx.db, `${AWALAN_BATAS}email:${kunci}`, MAKS_PER_JENDELA, JENDELA_MS, t)).boleh) return;
    const row = await findPenggunaByEmail(ctx.db, kunci);
    if (!row || !row.aktif) return;
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + RESET_BERLAKU_MENIT * 60 * 1000);
    const id = crypto.randomUUID();
    await mutasi(
      { ...ctx, aktor: sebagai(row) },
      { entity: "pengguna", action: "minta_reset_kata_sandi", pemdaId: row.pemdaId, opdId: row.opdId },
      async (tx) => {
        await insertTokenReset(tx, { id, identifier: hashToken(token), userId: row.id, expiresAt, now });
        return { entityId: row.id, before: null, after: { berlakuSampai: expiresAt.toISOString() }, result: undefined };
      },
    );
    const dasar = (this.opsi.urlPublik ?? info.origin).replace(/\/+$/, "");
    const tautan = `${dasar}/atur-ulang-kata-sandi?token=${encodeURIComponent(token)}`;
    // Sent now, not through the queue: the link is useful for 30 minutes only and the request must not wait for
    // the hourly run; a failure is logged by the caller and the user simply asks again.
    const kirim = this.opsi.pengirim.kirim({
      kepada: row.email,
      subjek: "SAKIP: atur ulang kata sandi",
      teks: [
        `Yth. ${row.nama},`,
        "",
        "Ada permintaan untuk mengatur ulang kata sandi akun SAKIP Anda. Buka tautan berikut untuk membuat kata sandi baru",
        `(berlaku ${RESET_BERLAKU_MENIT} menit, sekali pakai):`,
        "",
        tautan,
        "",
        "Jika Anda tidak memintanya, abaikan surel ini; kata sandi Anda tidak berubah.",
      ].join("\n"),
      idPesan: `<reset-${id}@sakip>`,
    });
    // a mail server failure must not tell the caller that the address exists
    await kirim.catch((galat: unknown) => this.opsi.catat?.(galat));
  }

  /** Sets a new password with a token from the mail; ends all the user's sessions. */
  async aturUlang(ctx: ServiceContext, input: { token: string; kataSandiBaru: string }): Promise<void> {
    validasiKataSandi(input.kataSandiBaru, "kataSandiBaru");
    tolakKataSandiDemo(input.kataSandiBaru, "kataSandiBaru");
    const now = ctx.now();
    const tidakBerlaku = () =>
      new DomainError(
        "token_reset_tidak_berlaku",
        "token: tautan atur ulang kata sandi tidak berlaku atau sudah kedaluwarsa; minta tautan baru",
        { field: "token" },
      );
    const diambil = await ambilTokenReset(ctx.db, hashToken(input.token));
    if (!diambil || diambil.expiresAt.getTime() <= now.getTime()) throw tidakBerlaku();
    const row = await findPenggunaById(ctx.db, diambil.userId);
    if (!row || !row.aktif) throw tidakBerlaku();
    const hash = await hashKataSandi(input.kataSandiBaru);
    await mutasi(
      { ...ctx, aktor: sebagai(row) },
      { entity: "pengguna", action: "reset_kata_sandi", pemdaId: row.pemdaId, opdId: row.opdId },
      async (tx) => {
        await setPasswordHash(tx, row.id, hash, now);
        await deleteSesiPengguna(tx, row.id);
        await hapusTokenResetPengguna(tx, AWALAN, row.id, now);
        return {
          entityId: row.id,
          before: null,
          after: { kataSandi: "(diatur ulang lewat surel)" },
          result: undefined,
        };
      },
    );
  }
}
