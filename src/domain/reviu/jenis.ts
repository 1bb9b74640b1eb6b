/**
 * Types of the reviu validator over a published LKjIP (issue 14, ADR 0025): the document as read (tables and lines
 * of narrative in reading order) and the findings. Pure data; the readers of DOCX/PDF/TXT live in src/services/reviu.
 */

export type Keparahan = "galat" | "peringatan" | "info";
export const KEPARAHAN: readonly Keparahan[] = ["galat", "peringatan", "info"];

/** Where a finding is: page (PDF, or page breaks of a text file), table, row and column as printed. */
export interface LokasiTemuan {
  /** Module of our own data (validator over our data, data-periksa.ts): perencanaan, pk, pengukuran, anggaran, profil. */
  modul?: ModulData;
  halaman?: number;
  /** Line of the text file or paragraph number (1-based) where the table or sentence starts. */
  baris?: number;
  /** "Tabel 3.2" when the caption was found, else "tabel ke-5 (…header…)". */
  tabel?: string;
  /** Data row as printed: the row's number/label, e.g. "baris 11 (Perjuangan)". */
  barisTabel?: string;
  /** Column header as printed (multi-line headers joined with " / "). */
  kolom?: string;
}

export interface Temuan {
  keparahan: Keparahan;
  /** Stable rule id, e.g. "jumlah-kolom", "capaian-persen". */
  aturan: string;
  /** Indonesian sentence saying what is wrong. */
  pesan: string;
  lokasi: LokasiTemuan;
  /** The value as printed in the report. */
  tertulis?: string;
  /** The value that follows from the printed inputs (id-ID format). */
  seharusnya?: string;
  /** Where the rule comes from (regulation or arithmetic). */
  sumber: string;
  /** Web route of the screen that fixes it (validator over our data only), e.g. "/pengukuran?opd=…&tahun=2023". */
  tautan?: string;
}

/** The modules of our own data a finding of the data validator belongs to (the workflow's modules plus profil). */
export type ModulData = "perencanaan" | "pk" | "pengukuran" | "anggaran" | "profil" | "laporan";

/** One table as read: a grid of cell texts (merged cells repeated or blank), caption when found nearby. */
export interface TabelDokumen {
  /** Order of the table among all blocks of the document. */
  posisi: number;
  /** Caption number "3.2" when a "Tabel 3.2" caption precedes the table. */
  nomor?: string;
  judul?: string;
  halaman?: number;
  baris?: number;
  sel: string[][];
}

/** One line/paragraph of narrative (captions included), in reading order. */
export interface TeksDokumen {
  posisi: number;
  teks: string;
  halaman?: number;
  baris?: number;
}

export interface DokumenLaporan {
  tabel: TabelDokumen[];
  teks: TeksDokumen[];
}

export interface HasilPeriksa {
  temuan: Temuan[];
  ringkasan: Record<Keparahan, number>;
  /** Tables read and how many of them were recognised by a rule. */
  jumlahTabel: number;
  tabelDikenali: number;
}
