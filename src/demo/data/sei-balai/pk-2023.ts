/**
 * All Perjanjian Kinerja 2023 of Kecamatan Sei Balai. The seed only has the PK Perubahan (9 Oktober 2023, after the
 * P-APBD); there is no PK awal. Cascade: Camat ← Bupati; Sekretaris, Kasi Pemerintahan, Kasi Pelayanan/Trantib and
 * Kasi PMD ← Camat; Kasubbag Umum and Kasubbag Keuangan ← Sekretaris. Five eselon IV PKs.
 * NOTE: SEED 1044-1705; regulations.md §3.1.
 */
import type { PerjanjianKinerja } from "../types";
import { pkCamat } from "./pk/camat";
import { pkKasiPelayananTrantib } from "./pk/kasi-pelayanan-trantib";
import { pkKasiPemerintahan } from "./pk/kasi-pemerintahan";
import { pkKasiPmdSosbud } from "./pk/kasi-pmd-sosbud";
import { pkKasubbagKeuangan } from "./pk/kasubbag-keuangan";
import { pkKasubbagUmum } from "./pk/kasubbag-umum";
import { pkSekretaris } from "./pk/sekretaris";

export const pk2023: PerjanjianKinerja[] = [
  pkCamat,
  pkSekretaris,
  pkKasubbagUmum,
  pkKasubbagKeuangan,
  pkKasiPemerintahan,
  pkKasiPelayananTrantib,
  pkKasiPmdSosbud,
];
