/**
 * Admin use cases on an existing user of the admin's Pemda: list, change role / OPD binding / name / NIP,
 * deactivate or reactivate (ends the user's sessions), reset the password (ends sessions, lifts a lockout).
 * Each is authorised by pengguna.kelola on the user's Pemda and audited through mutasi.
 */
import { cekIkatanPeran } from "../../domain/akses/ikatan";
import { normalisasiNip } from "../../domain/nip/nip";
import {
  deleteSesiPengguna,
  findPenggunaByEmail,
  findPenggunaById,
  findPenggunaByNip,
  listPengguna,
  type PenggunaPatch,
  type PenggunaRow,
  resetGagalMasuk,
  setPasswordHash,
  updatePengguna,
} from "../../storage/repositories/pengguna-repository";
import { authorize } from "../akses/authorize";
import { mutasi } from "../audit/mutasi";
import { hashKataSandi, validasiKataSandi } from "../auth/kata-sandi";
import { type AkunKataSandiDemo, type PemeriksaKataSandiDemo, tolakKataSandiDemo } from "../auth/kata-sandi-demo";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { resolveOpd, resolvePemda } from "../organisasi/resolve-opd";
import { cekNama, cekPeran } from "./buat-pengguna";
import { jejakPengguna, keProfil, type ProfilPengguna } from "./profil";

export async function daftarPengguna(ctx: ServiceContext, pemdaSlug: string): Promise<ProfilPengguna[]> {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  authorize(ctx, "pengguna.kelola", { pemdaId: pemda.id });
  const rows = await listPengguna(ctx.db, { pemdaId: pemda.id });
  return Promise.all(rows.map((r) => keProfil(ctx.db, r)));
}

async function penggunaDiPemda(ctx: ServiceContext, pemdaSlug: string, userId: string) {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  authorize(ctx, "pengguna.kelola", { pemdaId: pemda.id });
  const row = await findPenggunaById(ctx.db, userId);
  // Another Pemda's user is answered exactly like a missing one.
  if (!row || row.pemdaId !== pemda.id) throw new NotFoundError(`Pengguna "${userId}" tidak ditemukan`);
  return { pemda, row };
}

export interface UbahPengguna {
  nama?: string;
  nip?: string | null;
  peran?: string;
  /** OPD slug, or null for a Pemda-wide binding; undefined keeps the binding. */
  opdSlug?: string | null;
  aktif?: boolean;
}

export async function ubahPengguna(
  ctx: ServiceContext,
  pemdaSlug: string,
  userId: string,
  input: UbahPengguna,
): Promise<ProfilPengguna> {
  const { pemda, row } = await penggunaDiPemda(ctx, pemdaSlug, userId);
  const patch: PenggunaPatch = {};
  if (input.nama !== undefined) patch.nama = cekNama(input.nama);
  if (input.nip !== undefined) {
    patch.nip = input.nip?.trim() ? normalisasiNip(input.nip, "nip") : null;
    const lain = patch.nip ? await findPenggunaByNip(ctx.db, patch.nip) : undefined;
    if (lain && lain.id !== row.id) throw new ConflictError(`nip "${patch.nip}" sudah dipakai pengguna lain`);
  }
  if (input.peran !== undefined) patch.peran = cekPeran(input.peran);
  if (input.opdSlug !== undefined) {
    patch.opdId = input.opdSlug ? (await resolveOpd(ctx, pemdaSlug, input.opdSlug)).opd.id : null;
  }
  if (input.aktif !== undefined) patch.aktif = input.aktif;
  cekIkatanPeran(patch.peran ?? row.peran, patch.opdId !== undefined ? patch.opdId : row.opdId);
  const diriSendiri = ctx.aktor?.userId === row.id;
  if (diriSendiri && (patch.aktif === false || (patch.peran && patch.peran !== row.peran))) {
    throw new ConflictError("Anda tidak dapat menonaktifkan atau mengubah peran akun Anda sendiri");
  }
  const action = aksiUbah(row, patch);
  const saved = await mutasi(
    ctx,
    { entity: "pengguna", action, pemdaId: pemda.id, opdId: patch.opdId !== undefined ? patch.opdId : row.opdId },
    async (tx) => {
      const after = await updatePengguna(tx, row.id, patch, ctx.now());
      // A deactivated user, or one whose role or binding changed, signs in again.
      if (action !== "ubah" && action !== "aktifkan") await deleteSesiPengguna(tx, row.id);
      return { entityId: row.id, before: jejakPengguna(row), after: jejakPengguna(after), result: after };
    },
  );
  return keProfil(ctx.db, saved);
}

function aksiUbah(row: PenggunaRow, patch: PenggunaPatch): string {
  if (patch.aktif === false && row.aktif) return "nonaktifkan";
  if (patch.aktif === true && !row.aktif) return "aktifkan";
  if ((patch.peran && patch.peran !== row.peran) || (patch.opdId !== undefined && patch.opdId !== row.opdId)) {
    return "ubah_peran";
  }
  return "ubah";
}

export async function resetKataSandi(
  ctx: ServiceContext,
  pemdaSlug: string,
  userId: string,
  kataSandiBaru: string,
): Promise<ProfilPengguna> {
  const { pemda, row } = await penggunaDiPemda(ctx, pemdaSlug, userId);
  validasiKataSandi(kataSandiBaru, "kataSandiBaru");
  tolakKataSandiDemo(kataSandiBaru, "kataSandiBaru");
  const hash = await hashKataSandi(kataSandiBaru);
  await mutasi(
    ctx,
    { entity: "pengguna", action: "reset_kata_sandi", pemdaId: pemda.id, opdId: row.opdId },
    async (tx) => {
      await setPasswordHash(tx, row.id, hash, ctx.now());
      await resetGagalMasuk(tx, row.id);
      await deleteSesiPengguna(tx, row.id);
      return {
        entityId: row.id,
        before: { terkunciSampai: row.terkunciSampai, gagalMasuk: row.gagalMasuk },
        after: { kataSandi: "(diatur ulang)", terkunciSampai: null, gagalMasuk: 0 },
        result: undefined,
      };
    },
  );
  return keProfil(ctx.db, { ...row, terkunciSampai: null, gagalMasuk: 0 });
}

export interface PeringatanKataSandiDemo {
  /** False outside production: the demo is meant to use its published passwords, so nothing is checked. */
  diperiksa: boolean;
  pengguna: Array<Omit<AkunKataSandiDemo, "pemdaId">>;
}

/**
 * The admin's warning (ADR 0015): active accounts of the Pemda whose password is still a public demo password.
 * Checked in production only.
 */
export async function peringatanKataSandiDemo(
  ctx: ServiceContext,
  pemdaSlug: string,
  pemeriksa: PemeriksaKataSandiDemo,
  produksi: boolean,
): Promise<PeringatanKataSandiDemo> {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  authorize(ctx, "pengguna.kelola", { pemdaId: pemda.id });
  if (!produksi) return { diperiksa: false, pengguna: [] };
  const akun = await pemeriksa.periksa(ctx.db, pemda.id);
  return { diperiksa: true, pengguna: akun.map(({ id, nama, email }) => ({ id, nama, email })) };
}

/** For the local operator's CLI (system actor): the user with this email, with its Pemda slug. */
export async function cariPenggunaUntukCli(
  ctx: ServiceContext,
  email: string,
): Promise<{ id: string; pemdaSlug: string }> {
  const row = await findPenggunaByEmail(ctx.db, email);
  if (!row) throw new NotFoundError(`Pengguna dengan email "${email}" tidak ditemukan`);
  const profil = await keProfil(ctx.db, row);
  return { id: row.id, pemdaSlug: profil.pemda.slug };
}
