/**
 * Small constructors for PK rows, so each PK module reads like its printed lampiran.
 * Targets: `teks` as printed; the number in machine form is written beside it (never parsed here).
 */
import type {
  BarisAnggaranPk,
  BarisKinerjaPk,
  NilaiTertulis,
  PihakPk,
  TingkatAnggaran,
  TingkatSasaranPk,
} from "../../types";

export interface TargetPk {
  teks: string;
  nilai: string;
  huruf?: string;
  iku?: string;
}

/** One row of the kinerja table (sasaran → indikator → satuan → target) printed at SEED `line`. */
export function kinerja(
  nomorDicetak: string | null,
  tingkat: TingkatSasaranPk,
  sasaran: string,
  indikator: string,
  satuan: string,
  target: TargetPk,
  line: number,
  anak: BarisKinerjaPk[] = [],
): BarisKinerjaPk {
  const nilai: NilaiTertulis = { teks: target.teks, nilai: target.nilai, sumber: `SEED ${line}` };
  if (target.huruf) nilai.hurufDicetak = target.huruf;
  const row: BarisKinerjaPk = { nomorDicetak, tingkat, sasaran, indikator, satuan, target: nilai, anak, sumber: `SEED ${line}` };
  if (target.iku) row.indikatorRenstraKode = target.iku;
  return row;
}

/** One budget row printed at SEED `line`; `anggaran` in machine form ("222176555.00"). */
export function anggaran(
  nomorDicetak: string | null,
  tingkat: TingkatAnggaran,
  uraian: string,
  nilai: string,
  kodeDppa: string,
  line: number,
  anak: BarisAnggaranPk[] = [],
  keterangan = "PAPBD",
): BarisAnggaranPk {
  return { nomorDicetak, tingkat, uraian, anggaran: nilai, keterangan, kodeDppa, anak, sumber: `SEED ${line}` };
}

/** A signature block. */
export function ttd(
  nama: string,
  jabatan: string,
  lines: string,
  pangkat?: string,
  nip?: string,
): PihakPk["tandaTangan"][number] {
  const block: PihakPk["tandaTangan"][number] = { nama, jabatan, sumber: `SEED ${lines}` };
  if (pangkat) block.pangkat = pangkat;
  if (nip) block.nip = nip;
  return block;
}

export const CAMAT_NAMA = "WALI WALA AZAHARI SAGALA, S.Pd, MH";
export const CAMAT_JABATAN = "CAMAT SEI BALAI KABUPATEN BATU BARA";
export const CAMAT_NIP = "NIP. 19770515 201001 1 013";
export const SEKCAM_JABATAN = "SEKRETARIS KECAMATAN SEI BALAI KABUPATEN BATU BARA";
export const SEKCAM_NIP = "NIP. 19720614 200801 1 001";
