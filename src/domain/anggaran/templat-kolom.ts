/**
 * Columns of the SAKIP budget import template (one header row, one row per program / kegiatan / sub-kegiatan).
 * The same list drives the parser (templat.ts), the downloadable XLSX/CSV template and its "Petunjuk" sheet.
 * NOTE: codes per regulations.md §5 (Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021); realisasi
 * columns PEGAWAI = 5.1.01, BARANG DAN JASA = 5.1.02, MODAL = 5.2 (regulations.md §5, last line).
 */

export type KunciKolomTemplat =
  | "kode"
  | "uraian"
  | "anggaranMurni"
  | "anggaranPerubahan"
  | "pegawai"
  | "barangJasa"
  | "modal"
  | "sumberDana"
  | "sasaran";

export interface KolomTemplat {
  kunci: KunciKolomTemplat;
  /** Header text written in the template (matching is case- and space-insensitive). */
  judul: string;
  wajib: boolean;
  keterangan: string;
  /** Example value of a sub-kegiatan row (the seed's 7.01.02.2.02.0003, SEED 1763). */
  contoh: string;
}

export const KOLOM_TEMPLAT: readonly KolomTemplat[] = [
  {
    kunci: "kode",
    judul: "Kode",
    wajib: true,
    keterangan:
      "Kode nomenklatur: program 7.01.02, kegiatan 7.01.02.2.02, sub-kegiatan 7.01.02.2.02.0003; penunjang memakai " +
      "X.XX (mis. X.XX.01.2.01.0001). Cetakan SIPD/LKjIP (7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3) juga diterima.",
    contoh: "7.01.02.2.02.0003",
  },
  {
    kunci: "uraian",
    judul: "Uraian",
    wajib: true,
    keterangan: "Nama program, kegiatan atau sub-kegiatan sesuai nomenklatur.",
    contoh: "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan",
  },
  {
    kunci: "anggaranMurni",
    judul: "Anggaran Murni",
    wajib: false,
    keterangan: "Pagu DPA (APBD murni), Rupiah. Boleh kosong bila sub-kegiatan baru muncul di perubahan.",
    contoh: "13000000",
  },
  {
    kunci: "anggaranPerubahan",
    judul: "Anggaran Perubahan",
    wajib: false,
    keterangan:
      "Pagu DPPA (setelah P-APBD), Rupiah. Kosong = belum ada perubahan (anggaran murni yang berlaku). " +
      "Salah satu dari Anggaran Murni / Anggaran Perubahan wajib diisi pada baris sub-kegiatan.",
    contoh: "13000000",
  },
  {
    kunci: "pegawai",
    judul: "Realisasi Pegawai",
    wajib: true,
    keterangan: "Realisasi kumulatif Belanja Pegawai (5.1.01) sampai akhir periode, Rupiah. Kosong = 0.",
    contoh: "0",
  },
  {
    kunci: "barangJasa",
    judul: "Realisasi Barang dan Jasa",
    wajib: true,
    keterangan: "Realisasi kumulatif Belanja Barang dan Jasa (5.1.02), Rupiah. Kosong = 0.",
    contoh: "4000000",
  },
  {
    kunci: "modal",
    judul: "Realisasi Modal",
    wajib: true,
    keterangan: "Realisasi kumulatif Belanja Modal (5.2), Rupiah. Kosong = 0.",
    contoh: "9000000",
  },
  {
    kunci: "sumberDana",
    judul: "Sumber Dana",
    wajib: false,
    keterangan: "Mis. DAU, DAK, PAD, DBH. Kolom tidak ada = sumber dana yang tersimpan tidak diubah.",
    contoh: "DAU",
  },
  {
    kunci: "sasaran",
    judul: "Kode Sasaran",
    wajib: false,
    keterangan:
      "Kode sasaran Renstra yang didukung (mis. S1); beberapa kode dipisah koma. Dipakai untuk serapan dan " +
      "efisiensi per sasaran. Kolom tidak ada = tautan sasaran yang tersimpan tidak diubah.",
    contoh: "S1",
  },
];

/** Optional columns "Anggaran 5.1.01", "Anggaran 5.2.02 Belanja Modal Peralatan dan Mesin": anggaran by akun. */
export const KETERANGAN_KOLOM_RINCIAN =
  'Kolom tambahan "Anggaran <kode rekening>" (mis. "Anggaran 5.1.02", "Anggaran 5.2.02") memuat rincian anggaran ' +
  "sub-kegiatan per kelas belanja; jumlahnya dicocokkan dengan anggaran sub-kegiatan.";

const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toUpperCase();

/** The template column a header cell names, or undefined. "Realisasi Barang & Jasa" = barangJasa. */
export function kolomTemplatDari(label: string): KunciKolomTemplat | undefined {
  const u = norm(label).replace(/&/g, "DAN");
  if (u === "") return undefined;
  if (u === "KODE" || u.startsWith("KODE PROGRAM") || u === "KODE REKENING KEGIATAN") return "kode";
  if (u.includes("SASARAN")) return "sasaran";
  if (u === "URAIAN" || u.startsWith("URAIAN ") || u === "NAMA") return "uraian";
  if (u.includes("SUMBER") && u.includes("DANA")) return "sumberDana";
  if (u.includes("REALISASI") && u.includes("PEGAWAI")) return "pegawai";
  if (u.includes("REALISASI") && u.includes("BARANG")) return "barangJasa";
  if (u.includes("REALISASI") && u.includes("MODAL")) return "modal";
  if (u.includes("ANGGARAN") && u.includes("MURNI")) return "anggaranMurni";
  if (u.includes("ANGGARAN") && u.includes("PERUBAHAN")) return "anggaranPerubahan";
  return undefined;
}

/** Kode rekening named in a rincian header ("Anggaran 5.2.02 …" → "5.2.02"), or undefined. */
export function akunKolomRincian(label: string): string | undefined {
  const u = norm(label);
  if (!u.includes("ANGGARAN")) return undefined;
  return /(?:^|[^\d.])(5(?:\.\d{1,2}){1,3})(?![\d.])/.exec(u)?.[1];
}

/** True when a row is the template's header: a "Kode" cell and a cell naming a realisasi column in the same row. */
export function isHeaderTemplat(row: readonly string[]): boolean {
  const keys = row.map((c) => (c.length > 60 ? undefined : kolomTemplatDari(c)));
  return keys.includes("kode") && (keys.includes("pegawai") || keys.includes("anggaranMurni"));
}
