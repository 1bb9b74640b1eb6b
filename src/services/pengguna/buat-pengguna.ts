/**
 * An admin creates a user (there is no self-registration): authorised by pengguna.kelola on the Pemda, checked
 * (email, NIP, role ↔ OPD binding, password rules), hashed with argon2id and audited in one transaction.
 */
import { cekIkatanPeran } from "../../domain/akses/ikatan";
import { PERAN, type Peran } from "../../domain/akses/izin";
import { normalisasiNip } from "../../domain/nip/nip";
import { DomainError } from "../../domain/shared/errors";
import { findPenggunaByEmail, findPenggunaByNip, insertPengguna } from "../../storage/repositories/pengguna-repository";
import { authorize } from "../akses/authorize";
import { mutasi } from "../audit/mutasi";
import { hashKataSandi, validasiKataSandi } from "../auth/kata-sandi";
import { tolakKataSandiDemo } from "../auth/kata-sandi-demo";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { resolveOpd, resolvePemda } from "../organisasi/resolve-opd";
import { jejakPengguna, keProfil, type ProfilPengguna } from "./profil";

export interface InputPenggunaBaru {
  email: string;
  nama: string;
  peran: string;
  pemdaSlug: string;
  opdSlug?: string | null;
  nip?: string | null;
  kataSandi: string;
}

export interface OpsiBuatPengguna {
  /** Only the demo loader passes "izinkan": its accounts are meant to have the published demo passwords. */
  kataSandiDemo?: "tolak" | "izinkan";
}

export async function buatPengguna(
  ctx: ServiceContext,
  input: InputPenggunaBaru,
  opsi: OpsiBuatPengguna = {},
): Promise<ProfilPengguna> {
  const pemda = await resolvePemda(ctx, input.pemdaSlug);
  authorize(ctx, "pengguna.kelola", { pemdaId: pemda.id });
  const peran = cekPeran(input.peran);
  const opdId = input.opdSlug ? (await resolveOpd(ctx, input.pemdaSlug, input.opdSlug)).opd.id : null;
  cekIkatanPeran(peran, opdId);
  const email = cekEmail(input.email);
  const nama = cekNama(input.nama);
  const nip = input.nip?.trim() ? normalisasiNip(input.nip, "nip") : null;
  validasiKataSandi(input.kataSandi);
  if (opsi.kataSandiDemo !== "izinkan") tolakKataSandiDemo(input.kataSandi);
  if (await findPenggunaByEmail(ctx.db, email)) throw new ConflictError(`email "${email}" sudah dipakai pengguna lain`);
  if (nip && (await findPenggunaByNip(ctx.db, nip)))
    throw new ConflictError(`nip "${nip}" sudah dipakai pengguna lain`);
  const hash = await hashKataSandi(input.kataSandi);
  const row = await mutasi(ctx, { entity: "pengguna", action: "buat", pemdaId: pemda.id, opdId }, async (tx) => {
    const saved = await insertPengguna(
      tx,
      { id: crypto.randomUUID(), nama, email, nip, peran, pemdaId: pemda.id, opdId },
      hash,
      ctx.now(),
    );
    return { entityId: saved.id, before: null, after: jejakPengguna(saved), result: saved };
  });
  return keProfil(ctx.db, row);
}

export function cekPeran(peran: string): Peran {
  if (!(PERAN as readonly string[]).includes(peran)) {
    throw new DomainError(
      "peran_tidak_dikenal",
      `peran: "${peran}" tidak dikenal; pilih salah satu: ${PERAN.join(", ")}`,
      {
        field: "peran",
        value: peran,
      },
    );
  }
  return peran as Peran;
}

export function cekEmail(input: string): string {
  const email = input.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw new DomainError("email_tidak_valid", `email: "${input}" bukan alamat email yang valid`, {
      field: "email",
      value: input,
    });
  }
  return email;
}

export function cekNama(input: string): string {
  const nama = input.trim();
  if (nama.length < 2 || nama.length > 200) {
    throw new DomainError("nama_tidak_valid", `nama: "${input}" harus 2–200 karakter`, { field: "nama", value: input });
  }
  return nama;
}
