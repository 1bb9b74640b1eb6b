/**
 * The version of a user account as an admin edits it (ADR 0016): only the fields the admin form changes (name, NIP,
 * role, OPD binding, active). A lock after failed sign-ins (`terkunciSampai`) is not part of it, so a user's wrong
 * password does not make the admin's save stale.
 */
import { findPenggunaById } from "../../storage/repositories/pengguna-repository";
import { authorize } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { resolvePemda } from "../organisasi/resolve-opd";
import { keProfil, type ProfilPengguna } from "./profil";

export interface PenggunaSunting {
  id: string;
  nama: string;
  nip: string | null;
  peran: string;
  opd: string | null;
  aktif: boolean;
}

export function bagianSunting(p: ProfilPengguna): PenggunaSunting {
  return { id: p.id, nama: p.nama, nip: p.nip, peran: p.peran, opd: p.opd?.slug ?? null, aktif: p.aktif };
}

/** The editable part of one user of the Pemda (`pengguna.kelola`); another Pemda's user is not found. */
export async function bacaPenggunaSunting(
  ctx: ServiceContext,
  pemdaSlug: string,
  id: string,
): Promise<PenggunaSunting> {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  authorize(ctx, "pengguna.kelola", { pemdaId: pemda.id });
  const row = await findPenggunaById(ctx.db, id);
  if (!row || row.pemdaId !== pemda.id) throw new NotFoundError(`Pengguna "${id}" tidak ditemukan`);
  return bagianSunting(await keProfil(ctx.db, row));
}
