/** Answers of the Laporan API (src/api/routes/skema-laporan.ts). */
export type ModulData = "laporan" | "profil" | "perencanaan" | "perjanjian-kinerja" | "pengukuran" | "anggaran";
export type StatusNarasi = "dihasilkan" | "disunting" | "disunting-basi";

export interface Berubah {
  nama: string;
  lama: string | null;
  baru: string | null;
}

export interface Narasi {
  kunci: string;
  judul: string;
  teksDihasilkan: string;
  angka: Record<string, string>;
  status: StatusNarasi;
  suntingan: { teks: string; angka: Record<string, string>; disuntingOleh: string; disuntingPada: string } | null;
  berubah: Berubah[];
  /** the version to send back in If-Match when saving this item (ADR 0016) */
  versi: string;
}

export interface RingkasanLaporan {
  opd: { slug: string; nama: string };
  tahun: number;
  judul: string;
  bolehSunting: boolean;
  bagian: { id: string; tingkat: number; teks: string }[];
  tabel: { id: string; nomor: string; judul: string }[];
  gambar: { id: string; nomor: string; judul: string }[];
  hilang: { kunci: string; teks: string; modul: ModulData }[];
  narasi: Narasi[];
  peringatan: { kunci: string; pesan: string; berubah: Berubah[] }[];
  /** Stored edits of paragraphs the report no longer generates. */
  suntinganYatim: { kunci: string; teks: string; disuntingOleh: string; disuntingPada: string }[];
  pk: {
    kode: string;
    versi: "awal" | "perubahan";
    level: string;
    pejabat: { nama: string; jabatan: string; nip: string | null } | null;
  }[];
}

export interface Butir {
  label: string;
  teks: string;
}

export interface TeksLaporan {
  kode: string;
  judul: string;
  letak: string;
  bentuk: "lengkap" | "paragraf" | "butir-tetap";
  butirTetap?: { label: string; judul: string }[];
  wajib: boolean;
  petunjuk?: string;
  paragraf: string[];
  butir: Butir[];
  paragrafPenutup: string[];
  diubahOleh: string | null;
  diubahPada: string | null;
  /** the version to send back in If-Match when saving this item (ADR 0016) */
  versi: string;
}

export type DokumenTtd = "lkjip" | "lampiran-anggaran" | "rekap-akip";

export interface Penandatangan {
  dokumen: DokumenTtd;
  judul: string;
  tempat: string | null;
  tanggal: string | null;
  nomor: string | null;
  pejabatId: string | null;
  bawaanPejabatId: string | null;
  diubahOleh: string | null;
  diubahPada: string | null;
  /** the version to send back in If-Match when saving this item (ADR 0016) */
  versi: string;
}

export interface TeksHalaman {
  teks: TeksLaporan[];
  penandatangan: Penandatangan[];
  pejabat: { id: string; nama: string; jabatan: string; nip: string | null }[];
}

/** Paragraphs ↔ one text with blank lines between them. */
export function gabungParagraf(xs: string[]): string {
  return xs.join("\n\n");
}

export function pisahParagraf(teks: string): string[] {
  return teks
    .split(/\n\s*\n/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** "18 Feb 2024 09.00" in the UI language. */
export function waktu(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
}
