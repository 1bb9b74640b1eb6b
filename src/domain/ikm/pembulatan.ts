/**
 * Rounding variants of the IKM computation, as versioned data (rule area "ikm-pembulatan").
 *
 * - "seed": terms unrounded; NRR displayed at 2 dp, NRR tertimbang and Σ at 6 dp (display only); IKM = unrounded
 *   Σ × 25, then rounded half-up to 2 dp before classification.
 *   NOTE: regulations.md §0 (the displayed 6-dp rows would sum to 3,220157, the SEED prints 3,220156), SEED 1829-1839.
 * - "nrr-2dp": each unsur's NRR is rounded half-up to 2 dp before weighting (what a reader gets when starting from a
 *   published table of 2-dp NRRs); everything else as "seed".
 */
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";

export interface IkmPembulatan {
  /** Decimal places each NRR is rounded to (half-up) before weighting; null = not rounded. */
  nrrSebelumBobotDp: number | null;
  /** Decimal places of the displayed values (half-up). */
  tampilDp: { nrr: number; nrrTertimbang: number; jumlahNrrTertimbang: number; ikmRinci: number; ikm: number };
  /** Decimal places the IKM is rounded to (half-up) before mutu classification. */
  ikmKlasifikasiDp: number;
}

const TAMPIL = { nrr: 2, nrrTertimbang: 6, jumlahNrrTertimbang: 6, ikmRinci: 6, ikm: 2 } as const;

export const PEMBULATAN_IKM_SEED: RuleVersion<IkmPembulatan> = {
  id: "ikm-pembulatan-seed",
  area: "ikm-pembulatan",
  label: "Tanpa pembulatan antara (seperti LKjIP Sei Balai 2023)",
  source: {
    regulasi: "Permenpan RB Nomor 14 Tahun 2017",
    pasal: "Lampiran, Pengolahan Data",
    catatan:
      "NRR, NRR tertimbang dan jumlahnya tidak dibulatkan; tampilan 2/6/6 desimal; IKM dibulatkan 2 desimal (half-up) sebelum klasifikasi. Mereproduksi SEED 1829-1839.",
  },
  value: { nrrSebelumBobotDp: null, tampilDp: TAMPIL, ikmKlasifikasiDp: 2 },
};

export const PEMBULATAN_IKM_NRR_2DP: RuleVersion<IkmPembulatan> = {
  id: "ikm-pembulatan-nrr-2dp",
  area: "ikm-pembulatan",
  label: "NRR per unsur dibulatkan 2 desimal sebelum dibobot",
  source: {
    regulasi: "Permenpan RB Nomor 14 Tahun 2017",
    pasal: "Lampiran, Pengolahan Data",
    catatan: "Praktik sebagian unit: NRR dibulatkan 2 desimal (half-up) lalu dikali bobot.",
  },
  value: { nrrSebelumBobotDp: 2, tampilDp: TAMPIL, ikmKlasifikasiDp: 2 },
};

export const VERSI_PEMBULATAN_IKM: readonly RuleVersion<IkmPembulatan>[] = [
  PEMBULATAN_IKM_SEED,
  PEMBULATAN_IKM_NRR_2DP,
];

/** Rounding variant by CLI key "seed" / "nrr-2dp" (or version id). */
export function pembulatanIkmDariKunci(kunci: string): RuleVersion<IkmPembulatan> {
  const k = kunci.trim();
  if (k === "seed" || k === PEMBULATAN_IKM_SEED.id) return PEMBULATAN_IKM_SEED;
  if (k === "nrr-2dp" || k === PEMBULATAN_IKM_NRR_2DP.id) return PEMBULATAN_IKM_NRR_2DP;
  throw new DomainError("pembulatan_tidak_dikenal", `pembulatan "${kunci}" tidak dikenal; pilih seed atau nrr-2dp`, {
    field: "pembulatan",
    value: kunci,
  });
}
