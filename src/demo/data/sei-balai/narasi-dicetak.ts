/**
 * Numbers printed in the Bab III/IV narrative (differences, percentages). All are derived: the product writes its
 * own sentences from computed numbers; these are kept only so the validator can check the published text.
 * Wrong ones are listed in konflik.ts as well.
 * NOTE: SEED 491-492, 617, 678-680, 700, 719-720, 747-749, 770-772, 829-837, 942-943, 1039-1040.
 */
import type { AngkaDicetak } from "../types";

function a(besaran: string, nilai: string, teks: string, line: string): AngkaDicetak {
  return { besaran, nilai, teks, sumber: `SEED ${line}` };
}

export const narasiDicetak: AngkaDicetak[] = [
  a("selisih target-realisasi IKM 2023 (poin)", "4.50", "4,50", "491"),
  a("capaian IKM 2023 (%)", "94.71", "94,71%", "491"),
  a("realisasi Nilai AKIP 2023", "72.16", "BB (72,16)", "492"),
  a("target Nilai AKIP 2023", "72.16", "BB (72,16)", "492"),
  a("capaian Nilai AKIP 2023 (%)", "100", "100%", "492"),
  a("capaian IKM 2023 (%)", "94.71", "94,71%", "617"),
  a("selisih target-realisasi IKM 2023 (poin)", "4.50", "4,50", "617"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53%", "680"),
  a("selisih target-realisasi Nilai AKIP 2023 (poin)", "4.85", "4,85", "680"),
  a("target komponen Pelaporan Kinerja 2023", "12.90", "12,90", "700"),
  a("capaian komponen Pelaporan Kinerja 2023 (%)", "90.08", "90,08%", "700"),
  a("capaian IKM 2022 (%)", "112.25", "112,25%", "719"),
  a("capaian Nilai AKIP 2022 (%)", "98.85", "98,85%", "720"),
  a("selisih IKM 2023 - 2022 (poin, turun)", "9.60", "9,60", "748"),
  a("selisih IKM 2023 - 2021 (poin, naik)", "2.52", "2,52", "748"),
  a("selisih IKM 2023 - 2020 (poin, naik)", "3.50", "3,50", "748"),
  a("selisih IKM 2023 - 2019 (poin, naik)", "5.30", "5,30", "748"),
  a("selisih capaian IKM 2023 - 2022 (persen-poin, turun)", "17.54", "17,54%", "749"),
  a("selisih capaian IKM 2023 - 2021 (persen-poin, turun)", "5.26", "5,26%", "749"),
  a("selisih capaian IKM 2023 - 2020 (persen-poin, turun)", "8.28", "8,28%", "749"),
  a("selisih capaian IKM 2023 - 2019 (persen-poin, turun)", "8.28", "8,28%", "749"),
  a("capaian Nilai AKIP 2022 (%)", "98.85", "98,85%", "770"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53%", "770"),
  a("selisih Nilai AKIP 2023 - 2022 (poin, turun)", "2.01", "2,01", "771"),
  a("selisih target-realisasi Nilai AKIP 2023 (poin)", "4.85", "4,85", "772"),
  a("selisih IKM 2022 Sei Balai - Datuk Tanah Datar (poin)", "7.10", "7,10", "829"),
  a("selisih IKM 2023 Datuk Tanah Datar - Sei Balai (poin)", "2.70", "2,70", "830"),
  a("selisih target-realisasi Nilai AKIP 2022 Sei Balai (poin)", "0.84", "0,84", "831"),
  a("selisih target-realisasi Nilai AKIP 2022 Datuk Tanah Datar (poin)", "8.65", "8,65", "831"),
  a("selisih target-realisasi Nilai AKIP 2023 Sei Balai (poin)", "4.85", "4,85", "832"),
  a("selisih target-realisasi Nilai AKIP 2023 Datuk Tanah Datar (poin)", "7.96", "7,96", "832"),
  a("selisih Nilai AKIP 2023 - 2022 Sei Balai (poin, turun)", "2.01", "2,01", "833"),
  a("selisih Nilai AKIP 2023 - 2022 Datuk Tanah Datar (poin, turun)", "3.50", "3,50", "833"),
  a("selisih Nilai AKIP 2022 Datuk Tanah Datar - Sei Balai (poin)", "1.49", "1,49", "837"),
  a("selisih Nilai AKIP 2023 Sei Balai - Datuk Tanah Datar (poin)", "0.10", "0,10", "837"),
  a("penyerapan anggaran sasaran 1 (%)", "91.46", "91,46%", "942"),
  a("efisiensi sasaran 1", "3.25", "3,25", "942"),
  a("penyerapan anggaran sasaran 2 (%)", "93.45", "93,45%", "943"),
  a("efisiensi sasaran 2 (%)", "0.08", "0,08%", "943"),
  a("capaian IKM 2023 (%)", "94.71", "94,71%", "1039"),
  a("capaian Nilai AKIP 2023 (%)", "93.53", "93,53%", "1040"),
];
