/**
 * Perjanjian Kinerja part of SumberLkjip: one PK per pejabat, level and version, with its kinerja and anggaran rows.
 * NOTE: regulations.md §3.1 (format, levels, versions); SEED 1044-1705.
 */
import type { Angka, TanggalIso } from "./sumber-angka";

export type LevelPk = "kepala-daerah" | "kepala-opd" | "eselon-iii" | "eselon-iv";
export type VersiPk = "awal" | "perubahan";

export interface BarisKinerjaPkSumber {
  sasaran: string;
  indikator: string;
  satuan: string;
  /** null = not set yet (shown as missing, never as 0). */
  target: Angka | null;
  /** Show the target as "BB (75,00)" (AKIP): the letter is derived from the number. */
  predikat?: boolean;
  /** Link to an IndikatorSumber (the IKU the row carries). */
  indikatorKode?: string;
  anak: BarisKinerjaPkSumber[];
}

export interface BarisAnggaranPkSumber {
  uraian: string;
  anggaran: Angka;
  /** "APBD" / "PAPBD". */
  keterangan: string;
  kode?: string;
  anak: BarisAnggaranPkSumber[];
}

export interface PkSumber {
  kode: string;
  tahun: number;
  versi: VersiPk;
  level: LevelPk;
  pihakPertamaKode: string;
  /** null for the Kepala Daerah's own PK (single signatory). */
  pihakKeduaKode: string | null;
  /** "Plt. Camat Sei Balai" when the party acts in the position on the PK's date (issue 17); else his own jabatan. */
  jabatanPihakPertama?: string;
  jabatanPihakKedua?: string;
  tempat: string;
  tanggal: TanggalIso;
  /** Column headers: "SASARAN STRATEGIS" / "SASARAN PROGRAM" / "SASARAN"; "PROGRAM" / "KEGIATAN". */
  kolomSasaran: string;
  kolomAnggaran: string;
  kinerja: BarisKinerjaPkSumber[];
  anggaran: BarisAnggaranPkSumber[];
}
