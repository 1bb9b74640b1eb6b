/** Result shapes of an evaluasi AKIP computation; every result carries its framework and predikat version ids. */
import type { Dec } from "../shared/decimal";
import type { KodeJawaban } from "./jawaban";
import type { HasilPredikat } from "./predikat";

export interface HasilKriteria {
  kode: string;
  jawaban: KodeJawaban;
  nilai: number;
}

export interface HasilSubKomponen {
  kode: string;
  nama: string;
  bobot: Dec;
  kriteria: readonly HasilKriteria[];
  /** Mean of the kriteria values (0–100), exact, and shown as a letter. */
  rataRata: Dec;
  rataRataHuruf: KodeJawaban;
  /** bobot × rataRata / 100, unrounded. */
  nilaiEksak: Dec;
  /** The value that is summed: rounded half-up to `pembulatanSubKomponenDp` (or = nilaiEksak when null). */
  nilai: Dec;
  nilaiTampil: string;
}

export interface HasilKomponen {
  kode: string;
  kunci: string;
  nama: string;
  bobot: Dec;
  /** Σ sub-komponen (or the given komponen score). */
  nilai: Dec;
  nilaiTampil: string;
  /** nilai / bobot × 100, 2 dp: comparable across frameworks (regulations.md §2.6). */
  persenBobot: string;
  subKomponen: readonly HasilSubKomponen[];
}

export interface HasilAkip {
  /** Framework version id ("lke-88-2021", "lke-12-2015") and short name ("88/2021"). */
  kerangkaId: string;
  kerangka: string;
  sumber: "jawaban" | "komponen";
  /** dp each sub-komponen is rounded to before summing; null = unrounded (or not applicable). */
  pembulatanSubKomponenDp: number | null;
  komponen: readonly HasilKomponen[];
  /** Σ komponen, exact, and 2-dp half-up display; the predikat is taken from the 2-dp value. */
  total: Dec;
  totalTampil: string;
  predikat: HasilPredikat;
}
