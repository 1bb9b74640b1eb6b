/**
 * The account lockout (ADR 0008, made race-free by ADR 0015): 5 consecutive wrong passwords lock the account for
 * 15 minutes. Sign-in and the own password change share one budget. Each attempt is counted in the database BEFORE
 * its (slow, argon2) check, so parallel guesses cannot all be checked against a count that has not moved yet: at
 * most `maks` checks per lock period, and once the budget is spent even the right password is refused until the
 * lock ends. The lock is audited (`kunci_otomatis`, system actor) when the attempt that spent the budget turns out
 * wrong; when that last attempt is the right password, the success lifts the lock it had put in place. A right
 * password whose check ends after OTHER attempts locked the account is refused and leaves that lock alone.
 */
import { AKTOR_SISTEM } from "../../domain/akses/aktor";
import {
  akhiriPercobaanBerhasil,
  ambilJatahPercobaan,
  findPenggunaById,
  type JatahPercobaan,
  type PenggunaRow,
} from "../../storage/repositories/pengguna-repository";
import { mutasi } from "../audit/mutasi";
import { type ServiceContext, withAktor } from "../context";
import { TerlaluBanyakPercobaanError } from "../errors";

export interface BatasAkun {
  /** Consecutive failures that lock the account. */
  maksGagal: number;
  kunciMs: number;
}

export const BATAS_AKUN_BAWAAN: BatasAkun = { maksGagal: 5, kunciMs: 15 * 60 * 1000 };

/** What is being attempted: it words the lockout message. */
export type JenisPercobaan = "masuk" | "ganti-kata-sandi";

export interface Percobaan {
  pengguna: PenggunaRow;
  jatah: JatahPercobaan;
  jenis: JenisPercobaan;
  now: Date;
}

/**
 * Counts one attempt before the password is checked; throws 429 (akun-terkunci) when the account is locked or its
 * budget is spent by attempts still being checked.
 */
export async function mulaiPercobaan(
  ctx: ServiceContext,
  pengguna: PenggunaRow,
  jenis: JenisPercobaan,
  batas: BatasAkun = BATAS_AKUN_BAWAAN,
): Promise<Percobaan> {
  const now = ctx.now();
  const jatah = await ambilJatahPercobaan(ctx.db, pengguna.id, { maks: batas.maksGagal, kunciMs: batas.kunciMs }, now);
  if (!jatah) {
    // Refused. The lock may have been set a moment ago by a parallel attempt: read it again for Retry-After.
    const kini = await findPenggunaById(ctx.db, pengguna.id);
    const sampai = kini?.terkunciSampai && kini.terkunciSampai > now ? kini.terkunciSampai : null;
    throw akunTerkunci(sampai ?? new Date(now.getTime() + batas.kunciMs), now, jenis);
  }
  return { pengguna, jatah, jenis, now };
}

/**
 * The password was right. Throws 429 (akun-terkunci) instead when wrong attempts counted after this one have locked
 * the account while it was being checked: that lock stays and the success must not go through (the caller ends a
 * session it already created). Otherwise the run of failures ends, and a lock this attempt had set is lifted.
 */
export async function percobaanBerhasil(ctx: ServiceContext, p: Percobaan): Promise<void> {
  const now = ctx.now();
  if (await akhiriPercobaanBerhasil(ctx.db, p.pengguna.id, p.jatah, now)) return;
  const kini = await findPenggunaById(ctx.db, p.pengguna.id);
  const sampai = kini?.terkunciSampai && kini.terkunciSampai > now ? kini.terkunciSampai : now;
  throw akunTerkunci(sampai, now, p.jenis);
}

/**
 * The password was wrong. The attempt is already counted; when it was the one that spent the budget, the lock it
 * set is audited and the caller gets 429 instead of 401/400.
 */
export async function percobaanGagal(ctx: ServiceContext, p: Percobaan): Promise<void> {
  const sampai = p.jatah.kunciSampai;
  if (!sampai) return;
  const { pengguna } = p;
  await mutasi(
    withAktor(ctx, AKTOR_SISTEM, ctx.requestId),
    { entity: "pengguna", action: "kunci_otomatis", pemdaId: pengguna.pemdaId, opdId: pengguna.opdId },
    // NOTE: no write here: the lock was written atomically when the attempt was counted (ambilJatahPercobaan);
    // this records it once its last attempt is known to be wrong.
    () =>
      Promise.resolve({
        entityId: pengguna.id,
        before: { gagalMasuk: p.jatah.ke - 1, terkunciSampai: null },
        after: { gagalMasuk: p.jatah.ke, terkunciSampai: sampai.toISOString(), karena: p.jenis },
        result: undefined,
      }),
  );
  throw akunTerkunci(sampai, p.now, p.jenis);
}

export function akunTerkunci(sampai: Date, now: Date, jenis: JenisPercobaan): TerlaluBanyakPercobaanError {
  const detik = Math.max(1, Math.ceil((sampai.getTime() - now.getTime()) / 1000));
  const sebab =
    jenis === "masuk" ? "terlalu banyak percobaan masuk yang gagal" : "terlalu banyak kata sandi saat ini yang salah";
  return new TerlaluBanyakPercobaanError(
    `Akun dikunci sementara karena ${sebab}. Coba lagi dalam ${menit(detik)} menit ` +
      "atau minta admin mengatur ulang kata sandi.",
    detik,
    "akun-terkunci",
  );
}

export function menit(detik: number): number {
  return Math.max(1, Math.ceil(detik / 60));
}
