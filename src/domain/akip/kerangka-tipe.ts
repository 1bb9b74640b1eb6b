/** Shapes of an evaluasi AKIP framework (LKE): komponen → sub-komponen → kriteria, with bobot as decimal text. */
import type { DimensiLke } from "./jawaban";

export interface KriteriaLke {
  /** e.g. "1.b.2". */
  kode: string;
  uraian: string;
}

export interface SubKomponenLke {
  /** e.g. "1.b" (88/2021) or "A.II.b" (12/2015). */
  kode: string;
  nama: string;
  dimensi?: DimensiLke;
  /** Bobot in points of the 100-point total, decimal text ("4.5"). */
  bobot: string;
  /** Share of the komponen's bobot (20/30/50 under 88/2021). */
  persenKomponen?: number;
  kriteria: readonly KriteriaLke[];
  /** Set when the value is not confirmed by two sources (regulations.md confidence tags). */
  catatan?: string;
}

export interface KomponenLke {
  /** "1".."4" (88/2021) or "A".."E" (12/2015). */
  kode: string;
  /** Stable key used by inputs: perencanaan, pengukuran, pelaporan, evaluasi, pencapaian. */
  kunci: string;
  nama: string;
  bobot: string;
  subKomponen: readonly SubKomponenLke[];
}

export interface KerangkaLke {
  /** Short name used on the CLI and in JSON: "88/2021", "12/2015". */
  kerangka: string;
  komponen: readonly KomponenLke[];
  /** Id of the predikat table that goes with this framework. */
  predikatId: string;
  /** Whether the kriteria texts are available (scoring from answers needs them). */
  adaKriteria: boolean;
}
