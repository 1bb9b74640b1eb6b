/**
 * Shapes of the budget API answers — taken from the generated contract (src/web/api/skema.d.ts, the zod schemas of
 * src/api/routes/skema-anggaran.ts; ADR 0034), never written here — and display helpers.
 */
import type { Skema } from "../../api/tipe";

export type Nilai = Skema<"NilaiAnggaran">;
export type NodeAnggaran = Skema<"NodeAnggaran">;
export type Pohon = Skema<"PohonAnggaran">;
export type Tabel = Skema<"TabelAnggaran">;
export type BarisTabel = Tabel["perProgram"][number];
export type Temuan = Skema<"TemuanRekonsiliasi">;
export type RingkasanData = Skema<"RingkasanAnggaran">;
export type Pratinjau = Skema<"PratinjauImporAnggaran">;
export type HasilImpor = Skema<"HasilImporAnggaran">;
export interface NodeAnggaran extends Nilai {
  kode: string;
  level: "program" | "kegiatan" | "sub-kegiatan";
  uraian: string;
  sumberDana: string | null;
  sasaran: string[];
  anak: NodeAnggaran[];
}

export interface Pohon {
  pemda: { slug: string; nama: string };
  opd: { slug: string; nama: string };
  tahun: number;
  ada: boolean;
  tahunTersedia: number[];
  bulan: number | null;
  bulanTersedia: number[];
  statusPeriode: string;
  total: Nilai;
  program: NodeAnggaran[];
}

export interface BarisTabel {
  id: string;
  uraian: string;
  tingkat: 0 | 1;
  anggaran: string | null;
  realisasi: string | null;
  serapan: string | null;
  sisa: string | null;
}

export interface Tabel {
  bulan: number | null;
  total: Nilai;
  perKelas: {
    baris: BarisTabel[];
    sumberAnggaran: string | null;
    sumberTeks: string | null;
    selisihAnggaran: string | null;
    temuan: { jenis: string; pesan: string }[];
  };
  perProgram: BarisTabel[];
  lampiran: { jenis: string; kode: string | null; uraian: string; nilai: Nilai | null }[];
  serapanSasaran: {
    sasaranKode: string;
    sasaranTeks: string | null;
    kode: string[];
    anggaran: string;
    realisasi: string;
    serapan: string | null;
  }[];
  efisiensi: {
    metode: { label: string; keterangan: string };
    baris: {
      sasaranKode: string;
      sasaranTeks: string | null;
      capaian: string | null;
      serapan: string | null;
      efisiensi: string | null;
    }[];
  };
  temuan: { jenis: string; pesan: string }[];
}

export interface Temuan {
  jenis: string;
  baris: number | null;
  kolom: string | null;
  kode: string | null;
  pesan: string;
}

export interface RingkasanData {
  program: number;
  kegiatan: number;
  subKegiatan: number;
  anggaran: string;
  realisasi: { pegawai: string; barangJasa: string; modal: string; total: string };
}

export interface Pratinjau {
  tahun: number;
  bulan: number;
  berkas: {
    nama: string;
    hash: string;
    jenis: string;
    lembar: string | null;
    format: "pengawasan" | "templat" | "sipd-realisasi";
  };
  meta: { judul: string[]; unitOrganisasi: string | null; perTanggal: string | null } | null;
  hashDasar: string;
  statusPeriode: string;
  bolehDiubah: boolean;
  sebelum: RingkasanData;
  sesudah: RingkasanData;
  perubahan: {
    buat: number;
    ubah: number;
    hapus: number;
    tetap: number;
    entri: {
      aksi: "buat" | "ubah" | "hapus";
      kode: string;
      level: string;
      uraian: string;
      kolom: { label: string; sebelum: string | null; sesudah: string | null }[];
    }[];
    entriTerpotong: number;
  };
  tanpaPerubahan: boolean;
  rekonsiliasi: { temuan: Temuan[]; catatan: { baris: number; pesan: string }[] };
}

export interface HasilImpor {
  tanpaPerubahan: boolean;
  pesan: string;
}

/** "3135926319.00" → "3.135.926.319,00" (id) or "3,135,926,319.00" (en); exact, no floating point. */
export function rupiah(v: string | null | undefined, locale: "id" | "en" = "id"): string {
  if (v === null || v === undefined) return "—";
  const neg = v.startsWith("-");
  const [int = "0", frac = ""] = (neg ? v.slice(1) : v).split(".");
  const [ribu, desimal] = locale === "id" ? [".", ","] : [",", "."];
  return `${neg ? "-" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ribu)}${desimal}${frac.padEnd(2, "0").slice(0, 2)}`;
}

/** "93.56" → "93,56%" (id). */
export function persen(v: string | null | undefined, locale: "id" | "en" = "id"): string {
  if (v === null || v === undefined) return "—";
  return `${locale === "id" ? v.replace(".", ",") : v}%`;
}

/** Colour of a serapan bar by the Permendagri 86/2017 bands (regulations.md §4): ≥91, ≥76, ≥66, ≥51, else. */
export function warnaSerapan(v: string | null): string {
  if (v === null) return "gray";
  const n = Number(v);
  return n >= 91 ? "green" : n >= 76 ? "teal" : n >= 66 ? "yellow" : n >= 51 ? "orange" : "red";
}
