/**
 * The demo accounts' passwords are public (README "Demo"), so they must never protect real data (issue 18,
 * finding 10; ADR 0015):
 * - setting a password refuses them (own change, admin reset, `sakip user create|reset-password`);
 * - a production server checks every active account's stored hash against them, warns at start and shows the
 *   admin which accounts still use one (a data folder first set up as the demo keeps its passwords).
 * The published passwords are listed here, the one place they are written: the product must know them to refuse
 * them, and the demo (src/demo/akun-demo.ts) gives them to its accounts from this list, so product code never
 * imports the demo (ARCHITECTURE.md).
 */
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import { listHashPenggunaAktif } from "../../storage/repositories/pengguna-repository";
import { cocokKataSandi } from "./kata-sandi";

/** The demo accounts' passwords, published in the README "Demo" section (ADR 0008), by account. */
export const KATA_SANDI_DEMO = {
  admin: "Demo-Admin-2024",
  operator: "Demo-Operator-2024",
  pimpinan: "Demo-Pimpinan-2024",
  evaluator: "Demo-Evaluator-2024",
  skm: "Demo-Skm-2024",
  pembaca: "Demo-Pembaca-2024",
  ketua: "Demo-Ketua-2024",
} as const;

const DAFTAR_KATA_SANDI_DEMO: readonly string[] = Object.values(KATA_SANDI_DEMO);

/** True when the password is one of the demo passwords; letter case does not make it any less public. */
export function adalahKataSandiDemo(kataSandi: string): boolean {
  const kecil = kataSandi.trim().toLowerCase();
  return DAFTAR_KATA_SANDI_DEMO.some((k) => k.toLowerCase() === kecil);
}

/** Refuses a demo password as a new password (400 naming the field). */
export function tolakKataSandiDemo(kataSandi: string, field = "kataSandi"): void {
  if (adalahKataSandiDemo(kataSandi)) {
    throw new DomainError(
      "kata_sandi_demo",
      `${field}: kata sandi ini adalah kata sandi akun demo yang tercantum di README dan diketahui umum; ` +
        "pilih kata sandi lain",
      { field },
    );
  }
}

export interface AkunKataSandiDemo {
  id: string;
  nama: string;
  email: string;
  pemdaId: string;
}

/**
 * Finds active accounts whose stored hash verifies against a demo password. Each check costs one argon2 verify per
 * demo password, so results are remembered by the hash string: a hash carries its own random salt, so it stands
 * for one password-setting event, and a changed password is a new hash checked afresh. One instance per server.
 */
export class PemeriksaKataSandiDemo {
  private readonly memo = new Map<string, Promise<boolean>>();

  /**
   * Accounts of one Pemda (or of every Pemda when `pemdaId` is null) that still use a demo password. `berhenti`
   * ends the scan early (server shutdown); the accounts found so far are returned.
   */
  async periksa(db: Db, pemdaId: string | null, berhenti?: AbortSignal): Promise<AkunKataSandiDemo[]> {
    const rows = await listHashPenggunaAktif(db, pemdaId);
    if (pemdaId === null) this.lupakanSelain(new Set(rows.map((r) => r.passwordHash)));
    const hasil: AkunKataSandiDemo[] = [];
    // One account at a time: the argon2 checks run on libuv's thread pool, and a start-up scan of a large Pemda
    // must not take every thread from the requests being served meanwhile.
    for (const r of rows) {
      if (berhenti?.aborted) break;
      if (await this.cocokDemo(r.passwordHash))
        hasil.push({ id: r.id, nama: r.nama, email: r.email, pemdaId: r.pemdaId });
    }
    return hasil;
  }

  private cocokDemo(hash: string): Promise<boolean> {
    let janji = this.memo.get(hash);
    if (!janji) {
      janji = (async () => {
        for (const k of DAFTAR_KATA_SANDI_DEMO) if (await cocokKataSandi(hash, k)) return true;
        return false;
      })();
      this.memo.set(hash, janji);
    }
    return janji;
  }

  private lupakanSelain(masihAda: Set<string>): void {
    for (const hash of this.memo.keys()) if (!masihAda.has(hash)) this.memo.delete(hash);
  }
}
