/** Shapes of the Rencana Aksi read model (src/api/routes/skema-renaksi.ts) as the page uses them. */
import { persen } from "../anggaran/tipe";
export const SIFAT = ["tingkat", "kumulatif", "per-triwulan", "dokumen"] as const;
export type Sifat = (typeof SIFAT)[number];
export type StatusTw = "draft" | "diajukan" | "terkunci";
export const LABEL_TW = ["TW I", "TW II", "TW III", "TW IV"] as const;

export interface TriwulanTampil {
  triwulan: number;
  target: string | null;
  realisasi: string | null;
  capaian: string | null;
  capaianKumulatif: string | null;
  dibawahTarget: boolean;
  faktorPenghambat: string;
  faktorPendorong: string;
  langkah: string;
  peringatan: Array<{ jenis: string; pesan: string }>;
  anggaran: string;
  realisasiAnggaran: string | null;
  sumberRealisasiAnggaran: "impor-dpa" | "isian" | null;
  realisasiAnggaranKumulatif: string | null;
  serapanKumulatif: string | null;
}

export interface IndikatorRenaksi {
  pkKinerjaId: string;
  kode: string;
  nomor: string | null;
  sasaran: string;
  indikator: string;
  satuan: string;
  targetTahunan: string;
  rencana: {
    sifat: Sifat;
    polaritas: "positif" | "negatif";
    targetTriwulan: Array<string | null>;
    penanggungJawab: string;
  } | null;
  aksi: AksiRenaksi[];
  jumlahAnggaran: string;
  triwulan: TriwulanTampil[];
  galat: string | null;
}

/** An action (kegiatan/sub-kegiatan of the DPA) of one indicator with its budget per quarter (rupiah). */
export interface AksiRenaksi {
  tingkat: "kegiatan" | "sub-kegiatan";
  kodeDppa: string | null;
  uraian: string;
  anggaranTriwulan: string[];
  penanggungJawab: string;
}

export interface PkRenaksi {
  pkId: string;
  kode: string;
  jenis: "awal" | "perubahan";
  pihakPertama: string;
  jabatan: string;
  versi: string;
  indikator: IndikatorRenaksi[];
}

export interface PeringatanRenaksi {
  pkId: string;
  pkKinerjaId: string;
  indikator: string;
  triwulan: number;
  pesan: string;
  jenis: string;
}

export interface Renaksi {
  opd: { slug: string; nama: string };
  tahun: number;
  status: string;
  statusTriwulan: Array<{ triwulan: number; status: StatusTw; versi: string }>;
  ambang: { id: string; label: string };
  pk: PkRenaksi[];
  peringatan: PeringatanRenaksi[];
}

/** Whether a typed realisasi is below the quarter's target (positive: less; negative polarity: more). */
export function dibawah(nilai: string, target: string | null, polaritas: "positif" | "negatif" = "positif"): boolean {
  const baca = (x: string) => Number(x.includes(",") ? x.replace(/\./g, "").replace(",", ".") : x);
  const r = baca(nilai.trim());
  const t = baca((target ?? "").trim());
  if (!nilai.trim() || !target || Number.isNaN(r) || Number.isNaN(t)) return false;
  return polaritas === "negatif" ? r > t : r < t;
}

/** A machine decimal from the API ("100.00") shown in id-ID ("100,00"); null → "–". */
export function tampilAngka(x: string | null | undefined): string {
  if (x === null || x === undefined || x === "") return "–";
  const n = Number(x);
  return Number.isNaN(n) ? x : n.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A capaian/serapan percentage from the API ("50.00") in the app's one id-ID percent format ("50,00%"). */
export function persenRenaksi(x: string | null | undefined): string {
  return x === null || x === undefined || x === "" ? "–" : persen(x);
}

const PREDIKAT = /^\s*(?:([A-Ea-e]{1,2})\s*\(\s*([\d.,]+)\s*\)|([\d.,]+)\s*\(\s*([A-Ea-e]{1,2})\s*\))\s*$/;

/**
 * A target as the page shows it: a predikat target ("BB (75,00)", unit "Nilai") as "Predikat BB (nilai 75,00)"
 * — the unit is already in the words; a percentage as "85,00%"; any other number in id-ID with its unit.
 */
export function tampilTarget(teks: string | null | undefined, satuan: string): string {
  if (teks === null || teks === undefined || teks.trim() === "") return "–";
  const p = PREDIKAT.exec(teks);
  if (p) {
    const huruf = (p[1] ?? p[4] ?? "").toUpperCase();
    const nilai = p[2] ?? p[3] ?? "";
    return `Predikat ${huruf} (nilai ${nilai.includes(",") ? nilai : tampilAngka(nilai)})`;
  }
  const mesin = /^-?\d+(\.\d+)?$/.test(teks.trim());
  const angka = mesin ? tampilAngka(teks.trim()) : teks.trim();
  const u = satuan.trim();
  if (u === "%" || /^persen/i.test(u)) return `${angka.replace(/\s*%$/, "")}%`;
  return u ? `${angka} ${u}` : angka;
}
