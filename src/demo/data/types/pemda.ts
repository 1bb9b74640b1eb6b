/** Pemda identity, officials, RPJMD; the OPD list with the AKIP 2023 recap. */
import type { Angka, Cetakan, Dicetak, Sumber, Tanggal } from "./dasar";

// ---------------------------------------------------------------------------------------------------------------
// Pemda
// ---------------------------------------------------------------------------------------------------------------

export interface Tempat {
  nama: string;
  /** What the seed uses it for (PK signing place, Inspektorat address, ...). */
  peran: string;
  sumber: Sumber;
}

export interface PejabatPemda {
  kode: string;
  /** Chosen name without gelar, as printed (upper case). */
  nama: string;
  gelarDepan?: string;
  gelarBelakang?: string;
  jabatan: string;
  /** 18 digits, when the seed prints a NIP. */
  nip?: string;
  pangkat?: string;
  /** Printed forms of name+gelar / jabatan / NIP / pangkat (every variant at least once, with its lines). */
  cetakan: { nama: Cetakan[]; jabatan: Cetakan[]; nip?: Cetakan[]; pangkat?: Cetakan[] };
}

export interface Rpjmd {
  tahunAwal: number;
  tahunAkhir: number;
  visi: { teks: string; sumber: Sumber };
  kataKunci: { kata: string; penjelasan: string; sumber: Sumber }[];
  misi: { nomor: number; teks: string; sumber: Sumber }[];
}

export interface DemoPemda {
  slug: string;
  nama: string;
  jenis: "kabupaten" | "kota";
  provinsi: string;
  ibuKota: { nama: string; sumber: Sumber; catatan: string };
  tempat: Tempat[];
  kepalaDaerah: PejabatPemda;
  inspektur: PejabatPemda;
  rpjmd: Rpjmd;
}

// ---------------------------------------------------------------------------------------------------------------
// OPD list and the Inspektorat's AKIP recap
// ---------------------------------------------------------------------------------------------------------------

export type JenisOpd = "sekretariat" | "inspektorat" | "dinas" | "badan" | "satpol" | "kecamatan";

/** Component scores of one LKE evaluation under Permenpan RB 88/2021 (bobot 30/30/15/25). */
export interface KomponenAkip88 {
  kerangka: "88/2021";
  perencanaan: Angka;
  pengukuran: Angka;
  pelaporan: Angka;
  evaluasi: Angka;
}

/** Component scores under Permenpan RB 12/2015 (bobot 30/25/15/10/20). */
export interface KomponenAkip12 {
  kerangka: "12/2015";
  perencanaan: Angka;
  pengukuran: Angka;
  pelaporan: Angka;
  evaluasi: Angka;
  pencapaian: Angka;
}

export type KomponenAkip = KomponenAkip88 | KomponenAkip12;

export interface OpdRekap {
  /** Row number in the recap (SEED 1899-1937); also the display order. */
  nomorRekap: number;
  slug: string;
  nama: string;
  /** Name exactly as in the recap (upper case, typos kept). */
  namaDicetak: string;
  jenis: JenisOpd;
  akip2023: KomponenAkip88;
  dicetak: { total: Dicetak; kategori: Dicetak };
  sumber: Sumber;
}

export interface SuratRekapAkip {
  nomor: string;
  tanggal: Tanggal;
  tempat: string;
  sifat: string;
  lampiran: string;
  hal: string;
  kepada: string;
  isi: string[];
  judulLampiran: string;
  /** Column headers with the bobot printed. */
  bobotDicetak: { perencanaan: Angka; pengukuran: Angka; pelaporan: Angka; evaluasi: Angka; sumber: Sumber };
  penandatanganKode: string;
  jabatanPenandatanganDicetak: Cetakan[];
  sumber: Sumber;
}

