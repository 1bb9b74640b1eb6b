/**
 * Tolerant header detection for the budget imports (issue 17): the header of the SAKIP template or of the "Laporan
 * Pengawasan Anggaran" (SEED 1718-1719: group row KODE URAIAN ANGGARAN REALISASI … SISA over the sub-row PEGAWAI
 * BARANG & JASA MODAL TOTAL % ANGGARAN) is found whether it spans one or two rows, whether the two rows were
 * flattened into one in Excel ("REALISASI PEGAWAI", "PEGAWAI REALISASI", "REALISASI\nPEGAWAI"), in any column order
 * and case, with extra columns and with title lines above it. Automatic mode tries every layout; when none fits,
 * the error names the columns each layout was missing.
 */
import { DomainError } from "../shared/errors";
import type { FormatImpor } from "./data-anggaran";
import { kolomPengawasanDari } from "./pengawasan-kolom";
import { kolomSipdDari } from "./sipd-kolom";
import { NAMA_KOLOM } from "./pengawasan-types";
import { kolomTemplatDari } from "./templat-kolom";

/** Rows scanned for a header (title block + header). */
export const BARIS_PINDAI = 60;

export const normJudul = (s: string | undefined): string => (s ?? "").trim().replace(/\s+/g, " ").toUpperCase();

export interface JudulTabel {
  /** 0-based first header row. */
  baris: number;
  /** 0-based last header row (= baris for a one-row header); data starts after it. */
  akhir: number;
  /** One label per column, upper case, group label before sub-label ("REALISASI PEGAWAI"). */
  label: string[];
}

/**
 * Labels of a two-row header. An upper label with a sub-label under it starts a group (a merged cell leaves the
 * cells to its right empty): it is put before every sub-label until the next upper label. An upper label with
 * nothing under it is a label of its own (a cell merged over both rows).
 */
export function gabungJudul(atas: readonly string[], bawah: readonly string[]): string[] {
  const out: string[] = [];
  let grup = "";
  for (let j = 0; j < Math.max(atas.length, bawah.length); j++) {
    const a = normJudul(atas[j]);
    const b = normJudul(bawah[j]);
    if (a !== "") grup = b !== "" ? a : "";
    if (a !== "" && b !== "") out.push(`${a} ${b}`);
    else if (a !== "") out.push(a);
    else if (b !== "") out.push(grup === "" ? b : `${grup} ${b}`);
    else out.push("");
  }
  return out;
}

/** A row can be the lower header row: at least two labels and no cell without a letter (data rows hold numbers). */
export function bisaSubJudul(row: readonly string[] | undefined): boolean {
  if (!row) return false;
  const isi = row.map((c) => c.trim()).filter((c) => c !== "");
  return isi.length >= 2 && isi.every((c) => /[A-Za-z%]/.test(c) && !/^[\d.,\s-]+$/.test(c));
}

interface Syarat {
  nama: string;
  /** Any of the keys satisfies it. */
  kunci: readonly string[];
}

export interface TataLetak {
  format: FormatImpor;
  nama: string;
  kolom: (label: string) => string | undefined;
  wajib: readonly Syarat[];
  /** Columns only this layout has: when two layouts fit, the one whose own columns are present wins. */
  khas: readonly string[];
}

export const TATA_LETAK: readonly TataLetak[] = [
  {
    format: "templat",
    nama: "templat SAKIP",
    kolom: kolomTemplatDari,
    wajib: [
      { nama: "Kode", kunci: ["kode"] },
      { nama: "Uraian", kunci: ["uraian"] },
      { nama: "Anggaran Murni atau Anggaran Perubahan", kunci: ["anggaranMurni", "anggaranPerubahan"] },
      { nama: "Realisasi Pegawai", kunci: ["pegawai"] },
      { nama: "Realisasi Barang dan Jasa", kunci: ["barangJasa"] },
      { nama: "Realisasi Modal", kunci: ["modal"] },
    ],
    khas: ["sumberDana", "sasaran"],
  },
  {
    format: "pengawasan",
    nama: "Laporan Pengawasan Anggaran",
    kolom: kolomPengawasanDari,
    wajib: [
      { nama: NAMA_KOLOM.kode, kunci: ["kode"] },
      { nama: NAMA_KOLOM.uraian, kunci: ["uraian"] },
      { nama: NAMA_KOLOM.anggaran, kunci: ["anggaran", "anggaranMurni", "anggaranPerubahan"] },
      { nama: NAMA_KOLOM.pegawai, kunci: ["pegawai"] },
      { nama: NAMA_KOLOM.barangJasa, kunci: ["barangJasa"] },
      { nama: NAMA_KOLOM.modal, kunci: ["modal"] },
    ],
    khas: ["total", "persen", "sisa"],
  },
  {
    // SIPD "Laporan Realisasi per Sub Kegiatan" (ADR 0040): one REALISASI column, no split by belanja group
    format: "sipd-realisasi",
    nama: "SIPD Laporan Realisasi per Sub Kegiatan",
    kolom: kolomSipdDari,
    wajib: [
      { nama: "KODE", kunci: ["kode"] },
      { nama: "NAMA", kunci: ["uraian"] },
      { nama: "ANGGARAN", kunci: ["anggaran"] },
      { nama: "REALISASI", kunci: ["realisasi"] },
    ],
    khas: [],
  },
];

/** Required columns of `tl` missing from `label`. */
export function kolomKurang(tl: TataLetak, label: readonly string[]): string[] {
  const ada = new Set(label.map((l) => (l === "" ? undefined : tl.kolom(l))).filter((k) => k !== undefined));
  return tl.wajib.filter((s) => !s.kunci.some((k) => ada.has(k))).map((s) => s.nama);
}

function adaKhas(tl: TataLetak, label: readonly string[]): boolean {
  return label.some((l) => {
    const k = l === "" ? undefined : tl.kolom(l);
    return k !== undefined && tl.khas.includes(k);
  });
}

export interface Kekurangan {
  tataLetak: string;
  /** 1-based row of the closest header candidate, null when no row named any column. */
  baris: number | null;
  kurang: string[];
}

/**
 * Rows `atas` + `bawah` can be one two-row header: both hold labels only, the upper row at least two (a title line
 * is one cell), and the lower row is not a complete header by itself (then the upper row is a title above it).
 */
export function duaBaris(atas: readonly string[], bawah: readonly string[] | undefined): boolean {
  if (!bawah || !bisaSubJudul(bawah) || !bisaSubJudul(atas)) return false;
  const sendiri = bawah.map(normJudul);
  return !TATA_LETAK.some((tl) => kolomKurang(tl, sendiri).length === 0);
}

/** Header candidates from the top: at each row the two-row reading (when the next row can be a sub-row) first. */
function* calon(rows: readonly (readonly string[])[]): Generator<JudulTabel> {
  const n = Math.min(rows.length, BARIS_PINDAI);
  for (let i = 0; i < n; i++) {
    const r = rows[i] ?? [];
    if (r.every((c) => c.trim() === "")) continue;
    const bawah = rows[i + 1];
    const satu = { baris: i, akhir: i, label: r.map(normJudul) };
    // a row that is a complete header by itself stays one row: the row under it is data (a programme row holds
    // text only and would otherwise be read as a sub-header, losing that row)
    // (the SIPD layout's single REALISASI does not count when the row below splits it into PEGAWAI/BARANG/MODAL)
    const terbagi = (bawah ?? []).some((c) => /PEGAWAI|BARANG|MODAL/i.test(c));
    const lengkap = TATA_LETAK.some(
      (tl) => !(terbagi && tl.format === "sipd-realisasi") && kolomKurang(tl, satu.label).length === 0,
    );
    if (!lengkap && duaBaris(r, bawah)) yield { baris: i, akhir: i + 1, label: gabungJudul(r, bawah ?? []) };
    yield satu;
  }
}

/** The first header that fits layout `format`, or null. */
export function cariJudul(rows: readonly (readonly string[])[], format: FormatImpor): JudulTabel | null {
  const tl = TATA_LETAK.find((t) => t.format === format);
  if (!tl) return null;
  for (const c of calon(rows)) if (kolomKurang(tl, c.label).length === 0) return c;
  return null;
}

export type HasilDeteksi =
  { cocok: true; format: FormatImpor; judul: JudulTabel } | { cocok: false; kekurangan: Kekurangan[] };

/**
 * Try every layout on every header candidate (top to bottom). The first candidate some layout fits wins; when two
 * layouts fit it, the one with a column of its own present (TOTAL/%/SISA, Sumber Dana/Kode Sasaran) is chosen, else
 * the template. When none fits: per layout the candidate closest to fitting and its missing columns.
 */
export function deteksiTataLetak(rows: readonly (readonly string[])[]): HasilDeteksi {
  const terbaik = new Map<string, Kekurangan>();
  for (const c of calon(rows)) {
    const pas = TATA_LETAK.filter((tl) => kolomKurang(tl, c.label).length === 0);
    if (pas.length > 0) {
      const pilih = pas.find((tl) => adaKhas(tl, c.label)) ?? pas[0];
      if (pilih) return { cocok: true, format: pilih.format, judul: c };
    }
    for (const tl of TATA_LETAK) {
      const kurang = kolomKurang(tl, c.label);
      const lama = terbaik.get(tl.nama);
      if (kurang.length < tl.wajib.length && (!lama || kurang.length < lama.kurang.length)) {
        terbaik.set(tl.nama, { tataLetak: tl.nama, baris: c.baris + 1, kurang });
      }
    }
  }
  return {
    cocok: false,
    kekurangan: TATA_LETAK.map(
      (tl) => terbaik.get(tl.nama) ?? { tataLetak: tl.nama, baris: null, kurang: tl.wajib.map((s) => s.nama) },
    ),
  };
}

/** The Indonesian message for a file no layout fits. */
export function pesanTidakDikenali(kekurangan: readonly Kekurangan[]): string {
  const bagian = kekurangan.map((k) =>
    k.baris === null
      ? `${k.tataLetak}: tidak ada baris judul kolom`
      : `${k.tataLetak} (judul paling cocok baris ${k.baris}) kurang kolom ${k.kurang.join(", ")}`,
  );
  return `Format berkas tidak dikenali dalam ${BARIS_PINDAI} baris pertama: ${bagian.join("; ")}`;
}

/** Detected layout, or DomainError("format_tidak_dikenali") naming the missing columns of each layout. */
export function pastikanTataLetak(rows: readonly (readonly string[])[]): { format: FormatImpor; judul: JudulTabel } {
  const h = deteksiTataLetak(rows);
  if (h.cocok) return { format: h.format, judul: h.judul };
  throw new DomainError("format_tidak_dikenali", pesanTidakDikenali(h.kekurangan), {
    field: "format",
    kekurangan: h.kekurangan,
  });
}
