/**
 * Demo accounts (ADR 0008): one admin and one user per demo role, created on the first start of the embedded demo
 * and by `sakip demo`, with FIXED passwords documented in the README ("Demo"). Never in production
 * (NODE_ENV=production) or on PostgreSQL: there no default password exists and `sakip user create` makes the first
 * admin. Idempotent: an account whose email exists is left alone (its password is not reset).
 */
import { LABEL_PERAN } from "../domain/akses/izin";
import { getMeta, setMeta } from "../storage/repositories/meta-repository";
import { findPenggunaByEmail } from "../storage/repositories/pengguna-repository";
import type { ServiceContext } from "../services/context";
import { buatPengguna } from "../services/pengguna/buat-pengguna";
import { type AkunDemo, AKUN_DEMO, PEMDA_DEMO } from "./akun-demo";
import { teksDemoSkm } from "./muat-skm";

export { type AkunDemo, AKUN_DEMO, PEMDA_DEMO } from "./akun-demo";

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
    await buatPengguna(
      ctx,
      {
        email: akun.email,
        nama: akun.nama,
        peran: akun.peran,
        pemdaSlug: PEMDA_DEMO,
        opdSlug: akun.opdSlug,
        nip: akun.nip,
        kataSandi: akun.kataSandi,
      },
      { kataSandiDemo: "izinkan" },
    );
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
    // M2-07 SKM: the demo's public survey link
    `  ${teksDemoSkm()}`,
  ].join("\n");
}
