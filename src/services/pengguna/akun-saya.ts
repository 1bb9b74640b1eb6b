/** The signed-in user's own account: profile with permissions, and changing one's own password. */
import { IZIN_PERAN, type Izin } from "../../domain/akses/izin";
import { DomainError } from "../../domain/shared/errors";
import {
  deleteSesiPengguna,
  findPenggunaById,
  getPasswordHash,
  setPasswordHash,
} from "../../storage/repositories/pengguna-repository";
import { requireAktor } from "../akses/authorize";
import { mutasi } from "../audit/mutasi";
import { cocokKataSandi, hashKataSandi, validasiKataSandi } from "../auth/kata-sandi";
import { tolakKataSandiDemo } from "../auth/kata-sandi-demo";
import {
  type BatasAkun,
  BATAS_AKUN_BAWAAN,
  mulaiPercobaan,
  percobaanBerhasil,
  percobaanGagal,
} from "../auth/kunci-akun";
import type { ServiceContext } from "../context";
import { UnauthenticatedError } from "../errors";
import { keProfil, type ProfilPengguna } from "./profil";

export interface ProfilSaya extends ProfilPengguna {
  izin: Izin[];
}

async function penggunaSaya(ctx: ServiceContext) {
  const aktor = requireAktor(ctx);
  const row = aktor.userId ? await findPenggunaById(ctx.db, aktor.userId) : undefined;
  if (!row) throw new UnauthenticatedError();
  return row;
}

export async function profilSaya(ctx: ServiceContext): Promise<ProfilSaya> {
  const row = await penggunaSaya(ctx);
  return { ...(await keProfil(ctx.db, row)), izin: [...IZIN_PERAN[row.peran]] };
}

/**
 * Checks the current password, sets the new one and ends the user's other sessions (the current one stays).
 * A wrong current password counts against the account's lockout budget, shared with sign-in and counted before
 * the check (kunci-akun.ts, ADR 0015): a stolen session cannot be used to guess the password at argon2 speed.
 */
export async function gantiKataSandiSendiri(
  ctx: ServiceContext,
  input: { kataSandiLama: string; kataSandiBaru: string },
  sessionTokenSekarang: string | undefined,
  batas: BatasAkun = BATAS_AKUN_BAWAAN,
): Promise<void> {
  const row = await penggunaSaya(ctx);
  const percobaan = await mulaiPercobaan(ctx, row, "ganti-kata-sandi", batas);
  const hashLama = await getPasswordHash(ctx.db, row.id);
  if (!hashLama || !(await cocokKataSandi(hashLama, input.kataSandiLama))) {
    await percobaanGagal(ctx, percobaan);
    throw new DomainError("kata_sandi_lama_salah", "kataSandiLama: kata sandi saat ini salah", {
      field: "kataSandiLama",
    });
  }
  await percobaanBerhasil(ctx, percobaan);
  validasiKataSandi(input.kataSandiBaru, "kataSandiBaru");
  tolakKataSandiDemo(input.kataSandiBaru, "kataSandiBaru");
  if (input.kataSandiBaru === input.kataSandiLama) {
    throw new DomainError("kata_sandi_sama", "kataSandiBaru: harus berbeda dari kata sandi saat ini", {
      field: "kataSandiBaru",
    });
  }
  const hash = await hashKataSandi(input.kataSandiBaru);
  await mutasi(
    ctx,
    { entity: "pengguna", action: "ganti_kata_sandi", pemdaId: row.pemdaId, opdId: row.opdId },
    async (tx) => {
      await setPasswordHash(tx, row.id, hash, ctx.now());
      await deleteSesiPengguna(tx, row.id, sessionTokenSekarang);
      return { entityId: row.id, before: null, after: { kataSandi: "(diganti)" }, result: undefined };
    },
  );
}

/** The profile of a user who has just signed in (the session is only in the response cookie yet). */
export async function profilSetelahMasuk(ctx: ServiceContext, userId: string): Promise<ProfilSaya> {
  const row = await findPenggunaById(ctx.db, userId);
  if (!row) throw new UnauthenticatedError();
  return { ...(await keProfil(ctx.db, row)), izin: [...IZIN_PERAN[row.peran]] };
}
