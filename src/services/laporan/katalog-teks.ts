/**
 * The free-text sections of the LKjIP an operator writes, by `kode`: where each appears, its shape, and whether a
 * missing one is marked "[Data belum tersedia]" in the document. Per-sasaran sections carry the sasaran kode
 * ("sasaran:S1:pengantar"). Some sections hold report wording the modules do not keep (the boundaries of the
 * territory, the SKM unsur labels and per-unsur explanations, the "Sumber:" lines under tables); the assembler
 * applies those to the report's data (terapkan-teks.ts).
 * NOTE: regulations.md §3.3 (LKjIP outline); SEED 16-1042 (the texts of the demo).
 */
import { KODE_UNSUR, UNSUR } from "../../domain/ikm";

export type BentukTeks = "lengkap" | "paragraf" | "butir-tetap";

export interface EntriKatalogTeks {
  kode: string;
  judul: string;
  /** Where the text is printed ("Bab I.A", "Kata Pengantar"). */
  letak: string;
  /**
   * "lengkap": paragraphs, a list, closing paragraphs; "paragraf": paragraphs only; "butir-tetap": one line per fixed
   * label (`butirTetap`).
   */
  bentuk: BentukTeks;
  butirTetap?: { label: string; judul: string }[];
  /** A missing text is a placeholder in the document and an entry of the missing-data list. */
  wajib: boolean;
  petunjuk?: string;
}

const REF = "Tulis {{ref:tabel-capaian}} untuk merujuk tabel (nomor dibuat otomatis).";

const TETAP: EntriKatalogTeks[] = [
  { kode: "kata-pengantar", judul: "Kata Pengantar", letak: "Kata Pengantar", bentuk: "lengkap", wajib: true },
  {
    kode: "ikhtisar",
    judul: "Ikhtisar Eksekutif",
    letak: "Ikhtisar Eksekutif (mengapit ringkasan yang dihitung)",
    bentuk: "lengkap",
    wajib: false,
    petunjuk:
      "Paragraf di sini tampil sebelum ringkasan capaian, anggaran, kendala dan langkah yang disusun otomatis; paragraf penutup tampil sesudahnya.",
  },
  { kode: "latar-belakang", judul: "Latar Belakang", letak: "Bab I.A", bentuk: "lengkap", wajib: true },
  { kode: "maksud-tujuan", judul: "Maksud dan Tujuan", letak: "Bab I.B", bentuk: "lengkap", wajib: true },
  { kode: "gambaran-umum", judul: "Gambaran Umum Organisasi", letak: "Bab I.C", bentuk: "lengkap", wajib: true },
  {
    kode: "batas-wilayah",
    judul: "Batas Wilayah",
    letak: "Bab I.C (setelah luas wilayah)",
    bentuk: "butir-tetap",
    butirTetap: [
      { label: "utara", judul: "Sebelah Utara berbatasan dengan" },
      { label: "barat", judul: "Sebelah Barat berbatasan dengan" },
      { label: "selatan", judul: "Sebelah Selatan berbatasan dengan" },
      { label: "timur", judul: "Sebelah Timur berbatasan dengan" },
    ],
    wajib: false,
  },
  { kode: "sistematika", judul: "Sistematika Penyusunan", letak: "Bab I.E", bentuk: "lengkap", wajib: true },
  { kode: "pengantar-bab-2", judul: "Pengantar Bab II", letak: "Bab II", bentuk: "lengkap", wajib: false },
  { kode: "renstra-pengantar", judul: "Pengantar Renstra", letak: "Bab II.A", bentuk: "lengkap", wajib: false },
  { kode: "pk-pengantar", judul: "Pengantar Perjanjian Kinerja", letak: "Bab II.B", bentuk: "lengkap", wajib: false },
  { kode: "pengantar-bab-3", judul: "Pengantar Bab III", letak: "Bab III", bentuk: "lengkap", wajib: false },
  { kode: "iku-pengantar", judul: "Pengantar Capaian IKU", letak: "Bab III.A.1", bentuk: "lengkap", wajib: false },
  {
    kode: "skm-metode",
    judul: "Metode Survei Kepuasan Masyarakat",
    letak: "Bab III.A (setelah tabel mutu IKM)",
    bentuk: "paragraf",
    wajib: false,
  },
  {
    kode: "skm-unsur",
    judul: "Nama Unsur SKM di Tabel",
    letak: "Tabel hasil SKM dan Lampiran IKM (kosong: nama unsur Permenpan RB 14/2017)",
    bentuk: "butir-tetap",
    butirTetap: KODE_UNSUR.map((u) => ({ label: u, judul: UNSUR[u].nama })),
    wajib: false,
  },
  {
    kode: "skm-analisis",
    judul: "Penjelasan per Unsur SKM",
    letak: "Bab III.A (setelah unsur tertinggi/terendah)",
    bentuk: "butir-tetap",
    butirTetap: KODE_UNSUR.map((u) => ({ label: u, judul: UNSUR[u].nama })),
    wajib: false,
  },
  {
    kode: "skm-catatan",
    judul: "Catatan Hasil SKM",
    letak: "Bab III.A (setelah tabel SKM)",
    bentuk: "lengkap",
    wajib: false,
  },
  { kode: "skm-tujuan", judul: "Tujuan SKM", letak: "Bab III.A.5", bentuk: "lengkap", wajib: false },
  { kode: "skm-manfaat", judul: "Manfaat SKM", letak: "Bab III.A.5", bentuk: "lengkap", wajib: false },
  {
    kode: "analisis-efisiensi",
    judul: "Analisis Efisiensi",
    letak: "Bab III.A.6 (pembuka sebelum, penutup sesudah tabel)",
    bentuk: "lengkap",
    wajib: false,
  },
  {
    kode: "analisis-program-kegiatan",
    judul: "Analisis Program/Kegiatan Pendukung",
    letak: "Bab III.A.7 (pembuka sebelum, penutup sesudah tabel)",
    bentuk: "lengkap",
    wajib: false,
    petunjuk: "Tulis {{ref:tabel-program-kegiatan}} untuk merujuk tabel program/kegiatan.",
  },
  { kode: "kesimpulan", judul: "Kesimpulan", letak: "Bab IV", bentuk: "lengkap", wajib: false },
  {
    kode: "sumber-data",
    judul: "Sumber Data di Bawah Tabel",
    letak: 'baris "Sumber:" tabel (kosong: dari modul)',
    bentuk: "butir-tetap",
    butirTetap: [
      { label: "desa", judul: "Tabel desa, penduduk dan potensi desa" },
      { label: "anggaran-rencana", judul: "Tabel rencana anggaran (DPA/DPPA)" },
      { label: "anggaran-realisasi", judul: "Tabel realisasi anggaran" },
      { label: "skm", judul: "Tabel hasil SKM (aplikasi/sumber survei)" },
      { label: "peer", judul: "Tabel perbandingan dengan OPD lain" },
    ],
    wajib: false,
  },
];

/** Sections written once per sasaran of the Renstra. */
function perSasaran(s: { kode: string; teks: string }): EntriKatalogTeks[] {
  return [
    {
      kode: `sasaran:${s.kode}:pengantar`,
      judul: `Pengantar sasaran ${s.kode}`,
      letak: `Bab III.A, sasaran ${s.kode}: ${s.teks}`,
      bentuk: "lengkap",
      wajib: false,
      petunjuk: REF,
    },
    {
      kode: `sasaran:${s.kode}:penutup`,
      judul: `Penutup sasaran ${s.kode}`,
      letak: `Bab III.A, sasaran ${s.kode} (setelah tabel)`,
      bentuk: "lengkap",
      wajib: false,
    },
    {
      kode: `analisis:${s.kode}:pengantar`,
      judul: `Pengantar analisis sasaran ${s.kode}`,
      letak: `Bab III.A.5, sasaran ${s.kode} (sebelum faktor pendukung/penghambat)`,
      bentuk: "paragraf",
      wajib: false,
    },
  ];
}

/** Every section of the report of an OPD with these Renstra sasaran, in document order. */
export function katalogTeks(sasaran: readonly { kode: string; teks: string }[]): EntriKatalogTeks[] {
  const i = TETAP.findIndex((e) => e.kode === "skm-metode");
  return [...TETAP.slice(0, i), ...sasaran.flatMap(perSasaran), ...TETAP.slice(i)];
}

const POLA_SASARAN = /^(sasaran:[A-Za-z0-9._-]{1,40}:(pengantar|penutup)|analisis:[A-Za-z0-9._-]{1,40}:pengantar)$/;

/** The catalogue entry of a kode (a per-sasaran kode is accepted for any sasaran kode), or null. */
export function entriTeks(kode: string): EntriKatalogTeks | null {
  const tetap = TETAP.find((e) => e.kode === kode);
  if (tetap) return tetap;
  if (!POLA_SASARAN.test(kode)) return null;
  const sasaranKode = kode.split(":")[1]!;
  return perSasaran({ kode: sasaranKode, teks: sasaranKode }).find((e) => e.kode === kode) ?? null;
}
