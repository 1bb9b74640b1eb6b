/** Perjanjian Kinerja: rows of kinerja and anggaran in parent/child structure, parties and signatures. */
import type { Angka, Dicetak, NilaiTertulis, Sumber, Tanggal } from "./dasar";

// ---------------------------------------------------------------------------------------------------------------
// Perjanjian Kinerja
// ---------------------------------------------------------------------------------------------------------------

export type LevelPk = "kepala-opd" | "eselon-iii" | "eselon-iv";
export type TingkatSasaranPk = "sasaran-strategis" | "sasaran-program" | "sasaran-kegiatan" | "sasaran-sub-kegiatan";
export type TingkatAnggaran = "program" | "kegiatan" | "sub-kegiatan";

export interface BarisKinerjaPk {
  /** "1." / null for un-numbered child rows. */
  nomorDicetak: string | null;
  tingkat: TingkatSasaranPk;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: NilaiTertulis;
  /** Link to the Renstra indicator when the row carries an IKU. */
  indikatorRenstraKode?: string;
  anak: BarisKinerjaPk[];
  sumber: Sumber;
}

export interface BarisAnggaranPk {
  nomorDicetak: string | null;
  tingkat: TingkatAnggaran;
  uraian: string;
  anggaran: Angka;
  keterangan: string;
  /**
   * Code of the matching DPPA row: programs "X.XX.01" / "7.01.0n" (regulations.md §5), kegiatan and sub-kegiatan as
   * segment C of the appendix code ("1.2.06", "1.2.06.1", SEED 1720-1806).
   */
  kodeDppa?: string;
  anak: BarisAnggaranPk[];
  sumber: Sumber;
}

export interface PihakPk {
  pejabatKode: string;
  /** Name and jabatan as printed in the pernyataan ("Nama : ... Jabatan : ..."). */
  pernyataan: { nama: string; jabatan: string; sumber: Sumber };
  /** Every signature block of this party (after the pernyataan and after the lampiran). */
  tandaTangan: { nama: string; jabatan: string; pangkat?: string; nip?: string; sumber: Sumber }[];
}

export interface PerjanjianKinerja {
  kode: string;
  tahun: number;
  jenis: "awal" | "perubahan";
  level: LevelPk;
  opdSlug: string;
  judulDicetak: string[];
  pihakPertama: PihakPk;
  pihakKedua: PihakPk;
  tempat: string;
  tanggal: Tanggal;
  tempatTanggalSumber: Sumber;
  kolomDicetak: { sasaran: string; anggaran: string };
  kinerja: BarisKinerjaPk[];
  anggaran: BarisAnggaranPk[];
  dicetak: { jumlahAnggaran: Dicetak };
  sumber: Sumber;
}

