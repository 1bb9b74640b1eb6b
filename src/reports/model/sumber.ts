/**
 * SumberLkjip: the plain-data input of the LKjIP report for one OPD and one year. Everything the report states comes
 * from here; every derived number (totals, IKM, capaian, serapan, efisiensi, predikat) is computed by the model with
 * the domain rules, never taken from here. Numbers are machine decimal strings ("85.00", "2650313819.00").
 * Assemblers: src/demo/laporan/sumber-dari-demo.ts (demo dataset) and, later, the database assembler.
 * NOTE: regulations.md §3.3 (LKjIP outline), §3.1 (PK); SEED structure lines 1-1946.
 */
import type { PilihanAturan } from "../../domain/aturan/profil";
import type { AnggaranSumber, PemetaanSasaranSumber } from "./sumber-anggaran";
import type { Angka, TanggalIso } from "./sumber-angka";
import type { PkSumber } from "./sumber-pk";

export type * from "./sumber-anggaran";
export type * from "./sumber-angka";
export type * from "./sumber-pk";

export interface PejabatSumber {
  kode: string;
  /** Name without gelar, as the office writes it (often upper case). */
  nama: string;
  gelarDepan?: string;
  gelarBelakang?: string;
  /** Jabatan in title case, e.g. "Camat Sei Balai". */
  jabatan: string;
  pangkat?: string;
  /** 18-digit NIP (formatted by the model "19770515 201001 1 013"). */
  nip?: string;
  eselon?: "I" | "II" | "III" | "IV";
}

/** A free text written by the operator: paragraphs and an optional list. */
export interface TeksSumber {
  /** Stable code, e.g. "kata-pengantar", "latar-belakang", "maksud-tujuan", "gambaran-umum", "sistematika". */
  kode: string;
  paragraf: string[];
  butir?: { label: string; teks: string }[];
  /** Paragraphs printed after the list. */
  paragrafPenutup?: string[];
}

export interface DesaSumber {
  nama: string;
  /** null = not recorded (the total is then missing too). */
  luasHa: Angka | null;
  dusun: number | null;
  kk: number | null;
  pendudukL: number | null;
  pendudukP: number | null;
  /** Land use in ha; null when not recorded. */
  lahan: { perkebunanHa: Angka; pertanianHa: Angka; perumahanHa: Angka } | null;
}

export interface ProfilSumber {
  batas: { arah: "utara" | "barat" | "selatan" | "timur"; teks: string }[];
  desa: DesaSumber[];
  /** "Seksi Tata Pemerintahan Kecamatan Sei Balai Tahun 2023". */
  sumberData: string | null;
}

export interface OrganisasiSumber {
  tugasFungsi: { dasarHukum: string; tugas: string; fungsi: string[] } | null;
  susunan: { dasarHukum: string; uraian: string } | null;
  /** Unit tree (kode, nama, induk). */
  unit: { kode: string; nama: string; indukKode: string | null }[];
  dasarHukum: string[];
  inovasi: { nama: string; deskripsi: string }[];
}

export interface RpjmdSumber {
  tahunAwal: number;
  tahunAkhir: number;
  visi: string;
  kataKunci: { kata: string; penjelasan: string }[];
  misi: { nomor: number; teks: string }[];
}

export interface RenstraSumber {
  tahunAwal: number;
  tahunAkhir: number;
  /** Nomor of the RPJMD misi the OPD supports. */
  misiDidukung: number[];
  tujuan: { kode: string; teks: string }[];
  sasaran: { kode: string; tujuanKode: string; teks: string }[];
  strategi: { kode: string; sasaranKode: string; teks: string }[];
  kebijakan: { kode: string; sasaranKode: string; teks: string }[];
}

/** How the realisasi of an indicator is obtained. */
export type SumberRealisasi = "skm" | "lke-akip" | "input";

export interface IndikatorSumber {
  kode: string;
  sasaranKode: string;
  nama: string;
  satuan: string;
  polaritas: "positif" | "negatif";
  /** Formula for a negative indicator (default "2t-r", regulations.md §4). */
  rumusNegatif?: "2t-r" | "t/r";
  sumberRealisasi: SumberRealisasi;
  /**
   * false = a Renstra indicator saved as not an IKU: its table rows and capaian are shown, but it is not counted
   * among the "indikator kinerja utama" (issue 14). Absent = an IKU (the demo source lists IKU only).
   */
  iku?: boolean;
  /** "predikat-akip": values are shown "BB (75,00)", the letter derived from the number. */
  tampilan: "angka" | "predikat-akip";
  /** Renstra target per year. */
  target: { tahun: number; nilai: Angka }[];
  /** Target at the end of the Renstra period (Tabel 3.9 col 3). */
  targetAkhir: Angka | null;
  /**
   * Realisasi entered or published for years without raw data (e.g. IKM of earlier years). For "skm"/"lke-akip" the
   * year's raw data (skm, akip) wins when present.
   */
  realisasi: { tahun: number; nilai: Angka }[];
  /** Where the realisasi data comes from, printed under the tables ("Aplikasi SI SUKMA ..."). */
  sumberData: string | null;
}

export interface SkmSumber {
  tahun: number;
  responden: number;
  periodeMulai: TanggalIso;
  periodeSelesai: TanggalIso;
  /** Σ nilai per unsur (u1..u9), integers as strings. */
  jumlah: Record<string, Angka>;
  /** Instead of the sums: NRR per unsur (1–4) as published (then `jumlah` is empty). */
  nrr?: Record<string, Angka>;
  /** Unsur labels as the office writes them (u1..u9). */
  label: Record<string, string>;
  /** Operator's explanation per unsur (optional). */
  analisis: Record<string, string>;
  metode: string | null;
  aplikasi: string | null;
}

/** One year's evaluasi AKIP: component scores under the framework of that year. */
export interface AkipTahunSumber {
  tahun: number;
  /** "88/2021" (4 komponen) or "12/2015" (5 komponen). */
  kerangka: "88/2021" | "12/2015";
  komponen: Record<string, Angka>;
}

export interface RekapAkipSumber {
  tahun: number;
  kerangka: "88/2021" | "12/2015";
  nomorSurat: string | null;
  tanggal: TanggalIso | null;
  penandatangan: PejabatSumber | null;
  baris: { opdSlug: string; nama: string; komponen: Record<string, Angka> }[];
}

export interface PeerSumber {
  opdNama: string;
  sumberData: string | null;
  /** indikatorKode = an IndikatorSumber.kode of this OPD ("ikm", "akip"). */
  nilai: { indikatorKode: string; tahun: number; target: Angka | null; realisasi: Angka | null }[];
}

export interface AnalisisSumber {
  sasaranKode: string;
  pengantar: string[];
  faktorPendukung: string[];
  faktorPenghambat: string[];
  solusi: string[];
}

/** Tabel 3.16 row: a program or kegiatan that serves a sasaran, with its indicator. */
export interface ProgramKegiatanSumber {
  sasaranKode: string;
  tingkat: "program" | "kegiatan";
  uraian: string;
  /** Budget code of the program/kegiatan (links it to the anggaran tree), e.g. "7.01.02", "X.XX.01.2.01". */
  kode: string | null;
  indikator: string;
  target: Angka | null;
  realisasi: Angka | null;
  /** Operator's judgement; null = not stated. */
  menunjang: boolean | null;
}

/** The Pemda's stored logo (checked PNG/JPEG, dimensions in pixels), drawn on the cover. */
export interface LogoSumber {
  mime: "image/png" | "image/jpeg";
  data: Uint8Array;
  lebar: number;
  tinggi: number;
}

export interface SumberLkjip {
  tahun: number;
  pemda: { nama: string; jenis: "kabupaten" | "kota"; kepalaDaerah: PejabatSumber | null; logo?: LogoSumber | null };
  opd: { slug: string; nama: string; jenis: string };
  pejabat: PejabatSumber[];
  kepalaOpdKode: string | null;
  /** Place and date under the kata pengantar. */
  penandatangan: {
    tempat: string;
    tanggal: TanggalIso;
    pejabatKode: string;
    /** "Plt. Kepala …" when the signer acts in the position on this date (issue 17, ADR 0039). */
    jabatanBertindak?: string;
  } | null;
  teks: TeksSumber[];
  profil: ProfilSumber | null;
  organisasi: OrganisasiSumber;
  rpjmd: RpjmdSumber | null;
  renstra: RenstraSumber | null;
  indikator: IndikatorSumber[];
  skm: SkmSumber | null;
  akip: AkipTahunSumber[];
  /** Component targets of the year's evaluasi (Tabel 3.8). */
  targetKomponenAkip: AkipTahunSumber | null;
  rekapAkip: RekapAkipSumber | null;
  /** Open recommendations of the AKIP evaluation (LKE) of the year and earlier, when the LKE holds them. */
  rekomendasiAkip?: RekomendasiAkipSumber[];
  peer: PeerSumber | null;
  analisis: AnalisisSumber[];
  programKegiatan: ProgramKegiatanSumber[];
  pk: PkSumber[];
  anggaran: AnggaranSumber | null;
  pemetaanSasaran: PemetaanSasaranSumber[];
  /** What the assembler already knows is missing (shown with the model's own list). */
  hilang: { kunci: string; teks: string }[];
  /**
   * The Pemda's rule choice per area (its settings, ADR 0019), resolved per year with domain/pengaturan
   * `aturanUntuk`; absent = the version in force each year (the demo Pemda: the seed's rules).
   */
  aturan?: PilihanAturan;
}

/** An open recommendation of the AKIP evaluation (issue 13), printed in the LKjIP's section on the evaluation. */
export interface RekomendasiAkipSumber {
  tahunEvaluasi: number;
  uraian: string;
  penanggungJawab: string;
  batasWaktu: TanggalIso | null;
  status: "terbuka" | "proses";
  tindakLanjut: string | null;
}
