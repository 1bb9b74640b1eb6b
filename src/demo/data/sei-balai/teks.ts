/**
 * Free texts an operator writes for the LKjIP 2023 (demo content), by Bab, and the kata pengantar's signature.
 * NOTE: SEED 16-33, 125-304, 310-376, 432-684, 843-990, 1033-1042.
 */
import type { Penandatanganan, TeksBebas } from "../types";
import { teksBab1 } from "./teks/bab-1";
import { teksBab2 } from "./teks/bab-2";
import { teksBab3Analisis } from "./teks/bab-3-analisis";
import { teksBab3Pengukuran } from "./teks/bab-3-pengukuran";
import { teksBab4 } from "./teks/bab-4";

export const teksLkjip2023: TeksBebas[] = [
  ...teksBab1,
  ...teksBab2,
  ...teksBab3Pengukuran,
  ...teksBab3Analisis,
  ...teksBab4,
];

/** "Sei Balai, 18 Febuari 2024 — CAMAT SEI BALAI" under the kata pengantar. */
export const penandatangananLkjip2023: Penandatanganan = {
  tempat: "Sei Balai",
  tanggal: "2024-02-18",
  tanggalDicetak: "18 Febuari 2024",
  pejabatKode: "camat",
  sumber: "SEED 26-33",
};
