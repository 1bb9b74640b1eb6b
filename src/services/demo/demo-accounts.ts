/**
 * Demo accounts (ADR 0008): one admin and one user per demo role, created on the first start of the embedded demo
 * and by `sakip demo`, with FIXED passwords documented in the README ("Demo"). Never in production
 * (NODE_ENV=production) or on PostgreSQL: there no default password exists and `sakip user create` makes the first
 * admin. Idempotent: an account whose email exists is left alone (its password is not reset).
 */
import type { Peran } from "../../domain/akses/izin";
import { LABEL_PERAN } from "../../domain/akses/izin";
import { getMeta, setMeta } from "../../storage/repositories/meta-repository";
import { findPenggunaByEmail } from "../../storage/repositories/pengguna-repository";
import type { ServiceContext } from "../context";
import { buatPengguna } from "../pengguna/buat-pengguna";

export interface AkunDemo {
  email: string;
  nama: string;
  peran: Peran;
  opdSlug: string | null;
  nip: string | null;
  kataSandi: string;
}

export const PEMDA_DEMO = "batu-bara";

/** NOTE: the NIPs are fictitious but well-formed (src/domain/nip); they belong to no real official. */
export const AKUN_DEMO: readonly AkunDemo[] = [
  {
    email: "admin@demo.sakip.test",
    nama: "Admin Demo Kabupaten Batu Bara",
    peran: "admin_pemda",
    opdSlug: null,
    nip: null,
    kataSandi: "Demo-Admin-2024",
  },
  {
    email: "operator.seibalai@demo.sakip.test",
    nama: "Operator Kecamatan Sei Balai",
    peran: "operator_opd",
    opdSlug: "kecamatan-sei-balai",
    nip: "199001012015031001",
    kataSandi: "Demo-Operator-2024",
  },
  {
    email: "pimpinan.seibalai@demo.sakip.test",
    nama: "Pimpinan Kecamatan Sei Balai",
    peran: "pimpinan_opd",
    opdSlug: "kecamatan-sei-balai",
    nip: "197805052005011002",
    kataSandi: "Demo-Pimpinan-2024",
  },
  {
    email: "evaluator@demo.sakip.test",
    nama: "Evaluator Inspektorat Daerah",
    peran: "evaluator",
    opdSlug: null,
    nip: "198203032008012003",
    kataSandi: "Demo-Evaluator-2024",
  },
  {
    email: "skm.seibalai@demo.sakip.test",
    nama: "Petugas SKM Kecamatan Sei Balai",
    peran: "petugas_skm",
    opdSlug: "kecamatan-sei-balai",
    nip: null,
    kataSandi: "Demo-Skm-2024",
  },
  {
    email: "pembaca@demo.sakip.test",
    nama: "Pembaca Demo",
    peran: "viewer",
    opdSlug: null,
    nip: null,
    kataSandi: "Demo-Pembaca-2024",
  },
];

export interface HasilAkunDemo {
  /** Accounts created by this call (empty when they already existed or in production). */
  dibuat: AkunDemo[];
  dilewati: "produksi" | "sudah-pernah" | null;
}

export const META_AKUN_DEMO = "demo_accounts_created_at";

/**
 * Creates the missing demo accounts. On server start (`paksa` false) this happens once per database: an admin who
 * later renames or deactivates a demo account does not see it come back. `sakip demo` passes `paksa` true.
 */
export async function buatAkunDemo(
  ctx: ServiceContext,
  opsi: { produksi: boolean; paksa?: boolean },
): Promise<HasilAkunDemo> {
  if (opsi.produksi) return { dibuat: [], dilewati: "produksi" };
  if (!opsi.paksa && (await getMeta(ctx.db, META_AKUN_DEMO)) !== undefined)
    return { dibuat: [], dilewati: "sudah-pernah" };
  const dibuat: AkunDemo[] = [];
  for (const akun of AKUN_DEMO) {
    if (await findPenggunaByEmail(ctx.db, akun.email)) continue;
    await buatPengguna(ctx, {
      email: akun.email,
      nama: akun.nama,
      peran: akun.peran,
      pemdaSlug: PEMDA_DEMO,
      opdSlug: akun.opdSlug,
      nip: akun.nip,
      kataSandi: akun.kataSandi,
    });
    dibuat.push(akun);
  }
  // Only the first time: `sakip demo` run again must leave the database unchanged (issue M1-04, idempotent demo).
  if ((await getMeta(ctx.db, META_AKUN_DEMO)) === undefined)
    await setMeta(ctx.db, META_AKUN_DEMO, ctx.now().toISOString());
  return { dibuat, dilewati: null };
}

/** The console table printed once when the accounts are created. */
export function teksAkunDemo(akun: readonly AkunDemo[]): string {
  const rows = akun.map((a) => `  ${LABEL_PERAN[a.peran].padEnd(24)} ${a.email.padEnd(36)} ${a.kataSandi}`);
  return [
    "Akun demo dibuat (hanya untuk demo; kata sandi tetap, lihat README bagian Demo):",
    `  ${"Peran".padEnd(24)} ${"Email".padEnd(36)} Kata sandi`,
    ...rows,
  ].join("\n");
}
