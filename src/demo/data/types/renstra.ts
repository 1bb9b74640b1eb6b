/** Renstra, indikator, targets, realisasi sources; AKIP evaluations per year. */
import type { Angka, Cetakan, Dicetak, NilaiTertulis, Sumber } from "./dasar";
import type { KomponenAkip } from "./pemda";

// ---------------------------------------------------------------------------------------------------------------
// Renstra, indikator, target, realisasi
// ---------------------------------------------------------------------------------------------------------------

export interface TujuanRenstra {
  kode: string;
  teks: string;
  sumber: Sumber;
}

export interface SasaranRenstra {
  kode: string;
  tujuanKode: string;
  /** Wording of Tabel 2.1 (the Renstra table). */
  teks: string;
  varianTeks: Cetakan[];
  sumber: Sumber;
}

export interface StrategiRenstra {
  kode: string;
  sasaranKode: string;
  teks: string;
  sumber: Sumber;
}

export type RealisasiIndikator =
  | { tahun: number; jenis: "nilai-terbit"; nilai: Angka; sumber: Sumber; catatan?: string }
  | { tahun: number; jenis: "survei-skm"; surveiKode: string; dicetak: Dicetak }
  | { tahun: number; jenis: "evaluasi-akip"; evaluasiTahun: number; dicetak: Dicetak };

export interface IndikatorRenstra {
  kode: string;
  sasaranKode: string;
  nama: string;
  varianNama: Cetakan[];
  satuan: string;
  polaritas: "positif" | "negatif";
  /** Where the realisasi comes from in the product. */
  sumberRealisasi: "skm" | "lke-akip";
  /** Not in the seed: left empty on purpose (no invented definitions). */
  definisiOperasional: string;
  formula: string;
  sumberDataDicetak: Cetakan[];
  target: Record<number, NilaiTertulis>;
  /** Tabel 3.9 col (3) "Target Indikator" (end-of-period target). */
  targetAkhirPeriode: NilaiTertulis;
  realisasi: RealisasiIndikator[];
}

export interface Renstra {
  tahunAwal: number;
  tahunAkhir: number;
  namaDokumen: Cetakan[];
  misiRpjmdNomor: number[];
  tujuan: TujuanRenstra[];
  sasaran: SasaranRenstra[];
  strategi: StrategiRenstra[];
  /** Tabel 2.1's title names "Kebijakan" but the table has no kebijakan column. */
  kebijakan: { kode: string; teks: string; sumber: Sumber }[];
  catatanKebijakan: string;
  indikator: IndikatorRenstra[];
}

// ---------------------------------------------------------------------------------------------------------------
// AKIP evaluations of Sei Balai per year
// ---------------------------------------------------------------------------------------------------------------

export interface EvaluasiAkipTahunan {
  tahun: number;
  komponen: KomponenAkip;
  /** Component labels as printed in Tabel 3.12. */
  labelDicetak: Record<string, string>;
  dicetak: { total: Dicetak; kategori: Dicetak };
  sumber: Sumber;
}

export interface TargetKomponenAkip {
  tahun: number;
  kerangka: "88/2021";
  perencanaan: Angka;
  pengukuran: Angka;
  pelaporan: Angka;
  evaluasi: Angka;
  dicetak: { total: Dicetak; kategori: Dicetak; realisasiPersen: Dicetak[] };
  sumber: Sumber;
}

