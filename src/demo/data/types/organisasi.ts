/** Kecamatan Sei Balai: organisation, pejabat, profil wilayah. */
import type { Angka, Cetakan, Dicetak, Sumber } from "./dasar";

// ---------------------------------------------------------------------------------------------------------------
// Kecamatan Sei Balai: organisation
// ---------------------------------------------------------------------------------------------------------------

export type JenisUnit = "pimpinan" | "sekretariat" | "subbagian" | "seksi";

export interface UnitKerja {
  kode: string;
  nama: string;
  jenis: JenisUnit;
  indukKode: string | null;
  /** Other names the seed uses for this unit (PK titles, signature blocks). */
  varianNama: Cetakan[];
  sumber: Sumber;
}

export type Eselon = "II" | "III" | "IV";

export interface Pejabat {
  kode: string;
  /** Chosen name (upper case as printed), without gelar. */
  nama: string;
  gelarDepan?: string;
  /** Gelar belakang in the chosen printed form. */
  gelarBelakang?: string;
  /** 18-digit NIP after normalisation. */
  nip: string;
  pangkat: string;
  jabatan: string;
  eselon: Eselon;
  /** Sub-level when known ("III.a"); `eselonTercetak` false when the seed does not print it. */
  eselonRinci?: string;
  eselonTercetak: boolean;
  unitKode: string;
  /** Printed forms: every occurrence of name and NIP; every variant of pangkat and jabatan at least once. */
  cetakan: { nama: Cetakan[]; nip: Cetakan[]; pangkat: Cetakan[]; jabatan: Cetakan[] };
  catatan?: string;
}

export interface TugasFungsi {
  dasarHukum: string;
  tugas: string;
  fungsi: { nomor: number; teks: string }[];
  sumber: Sumber;
}

export interface SusunanOrganisasi {
  dasarHukum: string;
  uraian: string;
  sumber: Sumber;
}

export interface DasarHukum {
  nomor: number;
  teks: string;
  sumber: Sumber;
}

export interface Inovasi {
  nama: string;
  deskripsi: string;
  sumber: Sumber;
}

// ---------------------------------------------------------------------------------------------------------------
// Profil wilayah
// ---------------------------------------------------------------------------------------------------------------

export interface Desa {
  /** Row number printed in Tabel 1.1/1.2 (1..14). */
  nomor: number;
  nama: string;
  luasHa: Angka;
  dusun: number;
  kk: number;
  pendudukL: number;
  pendudukP: number;
  /** Tabel 1.3; "- Ha" is stored as "0". */
  lahan: { perkebunanHa: Angka; pertanianHa: Angka; perumahanHa: Angka; nomorDicetak: string | null; sumber: Sumber };
  /** Per-row printed derived value: L+P (Tabel 1.2 col 7). */
  dicetak: { pendudukLP: Dicetak };
  /** Tabel 1.1 and Tabel 1.2 lines. */
  sumber: Sumber;
}

export interface ProfilWilayah {
  batas: { arah: "utara" | "barat" | "selatan" | "timur"; teks: string; sumber: Sumber }[];
  desa: Desa[];
  sumberDataTabel: Cetakan[];
  dicetak: Record<string, Dicetak>;
}

