/** Shapes of the measurement API answers (mirrors src/api/routes/skema-kinerja.ts). */
export interface Capaian {
  nilai: string;
  tampil: string;
  kategori: string;
  peringkat: number;
  rumus: string;
  selisih: string;
}

export interface BuktiInfo {
  id: string;
  indikatorId: string;
  tahun: number;
  periode: string;
  namaBerkas: string;
  mime: string;
  ukuran: number;
}

export interface BarisIku {
  id: string;
  kode: string;
  nama: string;
  satuan: string;
  iku: boolean;
  polaritas: "positif" | "negatif";
  sumberRealisasi: "manual" | "skm" | "akip";
  target: { teks: string; asal: "pk" | "renstra"; keterangan: string } | null;
  realisasi: {
    nilai: string;
    tampil: string;
    huruf: string | null;
    asal: "manual" | "skm" | "akip";
    keterangan: string;
    narasi: string;
  } | null;
  /** Version of the yearly realisasi cell, sent back when it is edited (If-Match). */
  versiRealisasi: string;
  capaian: Capaian | null;
  galat: string | null;
  triwulan: Array<{ periode: string; nilai: string | null; narasi: string; capaian: string | null; versi: string }>;
  tren: Array<{
    tahun: number;
    target: string | null;
    realisasi: string | null;
    realisasiNilai: string | null;
    capaian: string | null;
    kategori: string | null;
  }>;
  bukti: BuktiInfo[];
  catatan: Array<{
    kode: string;
    fakta: string;
    alasan: string;
    dipilih: string | null;
    nilai: Array<{ teks: string; sumber: string }>;
  }>;
}

export interface Pengukuran {
  opd: { slug: string; nama: string };
  tahun: number;
  periode: { tahunAwal: number; tahunAkhir: number } | null;
  status: "draft" | "diajukan" | "disetujui" | "terkunci";
  tahunTersedia: number[];
  sasaran: Array<{
    id: string;
    kode: string;
    teks: string;
    capaian: string | null;
    capaianTampil: string | null;
    kategori: string | null;
    indikator: BarisIku[];
  }>;
}

/** "94.71" → "94,71" (id-ID) for display of machine decimals coming from the server. */
export function angkaId(teks: string | null | undefined, locale: "id" | "en" = "id"): string {
  if (teks === null || teks === undefined) return "—";
  return locale === "id" ? teks.replace(".", ",") : teks;
}

/** What the IKU table and an indicator's detail may do (given by the page). */
export interface AksiPengukuran {
  bolehUbah: boolean;
  simpanRealisasi(indikatorId: string, periode: string, nilai: string | null, narasi?: string): Promise<void>;
  muatUlang(): void;
  api: string;
}
