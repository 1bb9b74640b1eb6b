/**
 * Every rule that varies by regulation, region or year, as versioned data in one list (issue M1-02:
 * "rule sets are data with a version and a source, selectable per Kabupaten and year").
 */
import { VERSI_KERANGKA_LKE } from "../akip/kerangka";
import { VERSI_PREDIKAT_AKIP } from "../akip/predikat";
import { VERSI_KATEGORI_CAPAIAN } from "../capaian/kategori";
import { VERSI_BOBOT_IKM } from "../ikm/bobot";
import { VERSI_MUTU_IKM } from "../ikm/mutu";
import { VERSI_PEMBULATAN_IKM } from "../ikm/pembulatan";
import type { RuleVersion } from "../shared/rule-version";
import { VERSI_AMBANG_PERINGATAN } from "../renaksi/peringatan";

export const AREA_ATURAN = [
  "kategori-capaian",
  "ikm",
  "ikm-pembulatan",
  "ikm-mutu",
  "lke",
  "predikat-akip",
  // Rencana Aksi early-warning thresholds (issue #19, ADR 0028)
  "peringatan-renaksi",
] as const;
export type AreaAturan = (typeof AREA_ATURAN)[number];

/** Per area, the versions in order of preference (the first in force for a year is the default). */
export const DAFTAR_ATURAN: Readonly<Record<AreaAturan, readonly RuleVersion<unknown>[]>> = {
  "kategori-capaian": VERSI_KATEGORI_CAPAIAN,
  ikm: VERSI_BOBOT_IKM,
  "ikm-pembulatan": VERSI_PEMBULATAN_IKM,
  "ikm-mutu": VERSI_MUTU_IKM,
  lke: VERSI_KERANGKA_LKE,
  "predikat-akip": VERSI_PREDIKAT_AKIP,
  "peringatan-renaksi": VERSI_AMBANG_PERINGATAN,
};
