/** Basic value types of the demo dataset (see types.ts for the conventions). */
/** Machine decimal string, e.g. "85.00", "2650313819.00". */
export type Angka = string;
/** ISO date, e.g. "2023-10-09". */
export type Tanggal = string;
/** Source reference, e.g. "SEED 1054" or "Tabel 3.10 (SEED 738)". */
export type Sumber = string;

/** A value as printed at one place of the seed. */
export interface Cetakan {
  teks: string;
  sumber: Sumber;
}

/** A printed DERIVED number (total, capaian, IKM ...): kept only so the validator can show a disagreement. */
export interface Dicetak {
  /** Machine form of the printed value ("94.71", "3135926319.00", "BB"). */
  nilai: string;
  /** The text exactly as printed ("94,71%"), when it helps. */
  teks?: string;
  sumber: Sumber;
  catatan?: string;
}

/** A printed derived number with a short description of what it claims to be. */
export interface AngkaDicetak extends Dicetak {
  /** E.g. "capaian IKM 2022 (%)", "selisih IKM 2023 - 2020 (poin)". */
  besaran: string;
}

/** A target or realisasi as written in Renstra/PK tables: "85,00" or "BB (75,00)". */
export interface NilaiTertulis {
  /** As printed, e.g. "BB (75,00)". */
  teks: string;
  /** The number, e.g. "75.00". */
  nilai: Angka;
  /** Predikat letter printed with the number (AKIP), e.g. "BB"; derived by the product, kept as printed. */
  hurufDicetak?: string;
  sumber: Sumber;
}
