/**
 * The document model every renderer lays out (DOCX, PDF via Typst, HTML, XLSX): sections of blocks, with inline
 * cross-references that renderers resolve with penomoran.ts, so "Tabel x.y" can never go stale.
 * Pure data: no I/O, no layout decisions beyond what a government report needs (orientation, page numbering).
 */
import type { SpesifikasiGrafik } from "./grafik";

/** Inline content of a paragraph or table cell. */
export type Inline =
  | string
  | { t: "tebal"; teks: string }
  | { t: "miring"; teks: string }
  /** Cross-reference to a table or figure id: rendered "Tabel 3.2" / "Gambar 3.1". */
  | { t: "ref"; ke: string }
  /** Missing data placeholder: rendered "[Data belum tersedia: teks]". */
  | { t: "hilang"; teks: string };

/** Where a generated paragraph comes from, and whether an operator edited it. */
export interface InfoNarasi {
  kunci: string;
  /** The numbers the text quotes, by name → value as displayed ("capaian" → "94,71%"). */
  angka: Record<string, string>;
  status: "dihasilkan" | "disunting" | "disunting-basi";
}

export interface Paragraf {
  jenis: "paragraf";
  isi: Inline[];
  rata?: "kiri" | "tengah" | "kanan" | "rata";
  gaya?: "biasa" | "tebal" | "judul-sampul" | "subjudul-sampul" | "kecil";
  /** First-line indent (body text of a chapter). */
  inden?: boolean;
  /** Single line spacing (forms such as the Perjanjian Kinerja) instead of the report's 1,5. */
  rapat?: boolean;
  narasi?: InfoNarasi;
}

export interface Daftar {
  jenis: "daftar";
  /** `tingkat` 1 = a nested item (indented one level). */
  butir: { label: string; isi: Inline[]; tingkat?: number; narasi?: InfoNarasi }[];
}

export interface Judul {
  jenis: "judul";
  /** 1 = BAB / main title, 2 = A., 3 = 1., 4 = a. */
  tingkat: 1 | 2 | 3 | 4;
  teks: string;
  id: string;
  /** Listed in the table of contents. */
  daftarIsi: boolean;
  /** Start on a new page (chapters). */
  halamanBaru?: boolean;
}

export interface Sel {
  isi: Inline[];
  rentangKolom?: number;
  rentangBaris?: number;
  rata?: "kiri" | "tengah" | "kanan";
  tebal?: boolean;
  /** Machine value for spreadsheets: the cell is a number with this format. */
  angka?: { nilai: string; format: FormatAngka };
}

/** Number formats: rupiah (0 dp, grouped), angka2 (2 dp), persen (2 dp, value already ×100), bulat, desimal. */
export type FormatAngka = "rupiah" | "angka2" | "persen" | "bulat" | "desimal" | "angka6";

export interface Tabel {
  jenis: "tabel";
  id: string;
  judul: string;
  /** Numbered per chapter ("Tabel 3.2") and listed in the Daftar Tabel. */
  bernomor: boolean;
  kepala: Sel[][];
  badan: Sel[][];
  /** Relative column widths. */
  lebarKolom: number[];
  sumber?: string;
  /** Smaller font for wide tables. */
  kecil?: boolean;
  /** A table drawn without borders (signature, form layout). */
  tanpaGaris?: boolean;
}

export interface Gambar {
  jenis: "gambar";
  id: string;
  judul: string;
  grafik: SpesifikasiGrafik;
  sumber?: string;
}

export interface BlokTandaTangan {
  /** "Pihak Kedua," / "Pihak Pertama," / "" */
  sebutan: string;
  jabatan: string[];
  nama: Inline[];
  pangkat?: string;
  /** Formatted NIP line, e.g. "NIP. 19770515 201001 1 013". */
  nip?: Inline[];
}

export interface TandaTangan {
  jenis: "tanda-tangan";
  /** "Sei Balai, 18 Februari 2024" */
  tempatTanggal: Inline[];
  /** Where the place/date line goes: above the right column (LKjIP) or centred above both (PK). */
  posisiTanggal: "kanan" | "tengah";
  kolom: BlokTandaTangan[];
}

export type DaftarOtomatis = { jenis: "daftar-isi" } | { jenis: "daftar-tabel" } | { jenis: "daftar-gambar" };

export type Blok =
  | Paragraf
  | Daftar
  | Judul
  | Tabel
  | Gambar
  | TandaTangan
  | DaftarOtomatis
  | { jenis: "halaman-baru" }
  /** An image centred on its own line (the Pemda's logo on the cover), `tinggiCm` high. */
  | {
      jenis: "logo";
      mime: "image/png" | "image/jpeg";
      data: Uint8Array;
      lebar: number;
      tinggi: number;
      tinggiCm: number;
      /** File name of the image inside the document when there are several (the SKM poster's QR); default "logo". */
      nama?: string;
    }
  | { jenis: "spasi"; baris: number };

export interface Bagian {
  id: string;
  orientasi: "potret" | "lanskap";
  /** Footer page number style; "lanjut" continues the previous section's numbering. */
  nomorHalaman: "tidak" | "romawi" | "arab";
  /** Restart page numbering at 1 at this section. */
  mulaiUlang?: boolean;
  /** Chapter number for table/figure numbering (1 = Bab I); null = unnumbered (cover, front matter, lampiran). */
  bab: number | null;
  blok: Blok[];
}

export interface Dokumen {
  judul: string;
  /** Short running text for the footer, e.g. "LKjIP Kecamatan Sei Balai 2023". */
  kaki: string;
  bagian: Bagian[];
}
