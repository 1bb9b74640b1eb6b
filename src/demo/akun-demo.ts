/**
 * The demo accounts and their FIXED, public passwords (ADR 0008; listed in the README "Demo" section).
 * demo-accounts.ts creates the accounts from this list; the passwords come from services/auth/kata-sandi-demo.ts,
 * which refuses them as real passwords and warns when production still uses them (ADR 0015).
 */
import type { Peran } from "../domain/akses/izin";
import { KATA_SANDI_DEMO } from "../services/auth/kata-sandi-demo";

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
    kataSandi: KATA_SANDI_DEMO.admin,
  },
  {
    email: "operator.seibalai@demo.sakip.test",
    nama: "Operator Kecamatan Sei Balai",
    peran: "operator_opd",
    opdSlug: "kecamatan-sei-balai",
    nip: "199001012015031001",
    kataSandi: KATA_SANDI_DEMO.operator,
  },
  {
    email: "pimpinan.seibalai@demo.sakip.test",
    nama: "Pimpinan Kecamatan Sei Balai",
    peran: "pimpinan_opd",
    opdSlug: "kecamatan-sei-balai",
    nip: "197805052005011002",
    kataSandi: KATA_SANDI_DEMO.pimpinan,
  },
  {
    email: "evaluator@demo.sakip.test",
    nama: "Evaluator Inspektorat Daerah",
    peran: "evaluator",
    opdSlug: null,
    nip: "198203032008012003",
    kataSandi: KATA_SANDI_DEMO.evaluator,
  },
  {
    email: "skm.seibalai@demo.sakip.test",
    nama: "Petugas SKM Kecamatan Sei Balai",
    peran: "petugas_skm",
    opdSlug: "kecamatan-sei-balai",
    nip: null,
    kataSandi: KATA_SANDI_DEMO.skm,
  },
  {
    email: "pembaca@demo.sakip.test",
    nama: "Pembaca Demo",
    peran: "viewer",
    opdSlug: null,
    nip: null,
    kataSandi: KATA_SANDI_DEMO.pembaca,
  },
  {
    email: "ketua.evaluator@demo.sakip.test",
    nama: "Ketua Tim Evaluasi Inspektorat Daerah",
    peran: "ketua_tim_evaluator",
    opdSlug: null,
    nip: "197606062003121004",
    kataSandi: KATA_SANDI_DEMO.ketua,
  },
];
