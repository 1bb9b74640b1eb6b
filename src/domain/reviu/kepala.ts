/**
 * Reading a table's header: which leading rows are header rows (multi-line headers, a row of column numbers
 * "(1) (2) …", a row of years), each column's name built from the rows above it (a blank cell under a spanning
 * header inherits it), and each data row's number, label and kind (total, sub-total, child "- …").
 */
import { type AngkaCetak, bacaAngka } from "./angka";
import type { TabelDokumen } from "./jenis";

export interface Kolom {
  indeks: number;
  /** Header parts from the top row down, blanks left out. */
  bagian: string[];
  /** Parts joined with " / ", as shown in findings. */
  nama: string;
  /** Lower-case name for matching. */
  kunci: string;
  /** Top part when the column sits under a spanning header with siblings. */
  grup: string;
  /** Year found in the header ("2023"), used to pair target/realisasi/capaian of the same year. */
  tahun?: string;
}

export type JenisBaris = "data" | "total" | "subtotal" | "anak" | "teks";

export interface BarisData {
  /** Index in the table's grid. */
  indeks: number;
  sel: string[];
  nomor?: string;
  label: string;
  jenis: JenisBaris;
  angka: (AngkaCetak | null)[];
}

export interface TabelTerbaca {
  asal: TabelDokumen;
  nama: string;
  kolom: Kolom[];
  jumlahBarisKepala: number;
  /** The row "(1) (2) (3) …" of column numbers, when printed. */
  nomorKolom?: string[];
  baris: BarisData[];
}

const TAHUN = /^(19|20)\d{2}$/;
const NOMOR_KOLOM = /^\(?\d{1,2}\)?$/;
const NOMOR_BARIS = /^(\d{1,3}(\.\d{1,3})*\.?|[IVX]{1,5}\.?|[a-z]\.)$/;

const bersih = (s: string | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();

function barisNomorKolom(sel: string[]): boolean {
  const isi = sel.map(bersih).filter(Boolean);
  return isi.length >= 3 && isi.every((s) => NOMOR_KOLOM.test(s));
}

/** A row holding a number that is data (not a year, not a row number in the first column). */
function barisBerdata(sel: string[]): boolean {
  if (barisNomorKolom(sel)) return false;
  if (NOMOR_BARIS.test(bersih(sel[0]))) return true;
  const isi = sel.map(bersih).filter((t) => t !== "");
  const angka = isi.filter((t) => {
    if (TAHUN.test(t)) return false;
    const a = bacaAngka(t);
    return a !== null && !a.strip;
  }).length;
  // a header with one stray number ("Satuan" typed as "9") stays a header
  return angka >= 2 || (angka === 1 && isi.length <= 3);
}

/** A second or later header row starts blank under the first columns, or is a row of column numbers or years. */
function lanjutanKepala(sel: string[]): boolean {
  if (barisNomorKolom(sel) || bersih(sel[0]) === "") return true;
  const isi = sel
    .slice(1)
    .map(bersih)
    .filter((t) => t !== "");
  return isi.length > 0 && isi.every((t) => TAHUN.test(t));
}

/** Letters only, lower case: "J u m l a h" → "jumlah". */
export const hurufSaja = (s: string): string => s.toLowerCase().replace(/[^a-z+]/g, "");

function jenisBaris(label: string, nomor: string | undefined, angka: (AngkaCetak | null)[]): JenisBaris {
  const h = hurufSaja(label);
  if (/^(jumlah|jlh|total|grandtotal|jumlahtotal)(keseluruhan|seluruhnya|akhir|semua)?$/.test(h)) return "total";
  if (/^(jumlah|jlh|total|subtotal)/.test(h) && !nomor) return "subtotal";
  if (!angka.some((a) => a !== null)) return "teks";
  if (/^[-–•·*]\s*/.test(label) && !nomor) return "anak";
  return "data";
}

/** Reads the header and rows of one table; null when it has no data row. */
export function bacaKepala(t: TabelDokumen, urutan: number): TabelTerbaca | null {
  const lebar = Math.max(0, ...t.sel.map((r) => r.length));
  const grid = t.sel.map((r) => Array.from({ length: lebar }, (_, i) => bersih(r[i])));
  let h = 0;
  let nomorKolom: string[] | undefined;
  while (h < grid.length && !barisBerdata(grid[h] ?? []) && (h === 0 || lanjutanKepala(grid[h] ?? []))) h++;
  if (h >= grid.length || h === 0) return null;
  // more than 4 header rows: a text table whose numbers come late; keep only the first row as its header
  if (h > 4) h = 1;
  const kepala = grid.slice(0, h).filter((r) => {
    if (barisNomorKolom(r)) {
      nomorKolom = r;
      return false;
    }
    return true;
  });
  // a blank header cell under a spanning header inherits the cell to its left
  const isi = kepala.map((r) => [...r]);
  for (let r = 0; r < isi.length - 1; r++) {
    const baris = isi[r] ?? [];
    const bawah = isi[r + 1] ?? [];
    for (let c = 1; c < lebar; c++) {
      if (baris[c] === "" && baris[c - 1] !== "" && bawah[c] !== "" && bawah[c - 1] !== "")
        baris[c] = baris[c - 1] ?? "";
    }
  }
  const kolom: Kolom[] = Array.from({ length: lebar }, (_, c) => {
    const bagian = isi.map((r) => r[c] ?? "").filter(Boolean);
    const nama = bagian.join(" / ");
    const tahun = /\b((19|20)\d{2})\b/.exec(nama)?.[1];
    return { indeks: c, bagian, nama, kunci: nama.toLowerCase(), grup: "", tahun };
  });
  for (const k of kolom) {
    if (k.bagian.length < 2) continue;
    const atas = k.bagian[0] ?? "";
    const saudara = kolom.filter((x) => x.bagian.length >= 2 && x.bagian[0] === atas);
    if (saudara.length >= 2) k.grup = atas;
  }
  const baris: BarisData[] = [];
  for (let r = h; r < grid.length; r++) {
    const sel = grid[r] ?? [];
    if (sel.every((s) => s === "")) continue;
    if (barisNomorKolom(sel)) continue;
    // "4. Durian" in one cell (a PDF whose number and name sit close): split the number off
    const gabung = /^(\d{1,3}\.)\s+(\S.*)$/.exec(sel[0] ?? "");
    if (gabung?.[1] && gabung[2] && bacaAngka(sel[0]) === null && (sel[1] ?? "") === "") {
      sel[0] = gabung[1];
      sel[1] = gabung[2];
    }
    const pertama = sel[0] ?? "";
    const nomor = NOMOR_BARIS.test(pertama) ? pertama : undefined;
    const label = sel.find((s, i) => s !== "" && !(i === 0 && nomor) && bacaAngka(s) === null) ?? pertama;
    const angka = sel.map((s, i) => (i === 0 && nomor ? null : TAHUN.test(s) ? null : bacaAngka(s)));
    baris.push({ indeks: r, sel, nomor, label, jenis: jenisBaris(label, nomor, angka), angka });
  }
  if (!baris.some((b) => b.jenis !== "teks")) return null;
  const nama = t.nomor
    ? `Tabel ${t.nomor}`
    : `tabel ke-${urutan} (${kolom
        .map((k) => k.nama)
        .filter(Boolean)
        .slice(0, 3)
        .join(", ")})`;
  return { asal: t, nama, kolom, jumlahBarisKepala: h, nomorKolom, baris };
}

/** "baris 11 (Perjuangan)" for findings. */
export function namaBaris(b: BarisData): string {
  const label = b.label.length > 60 ? `${b.label.slice(0, 57)}…` : b.label;
  return b.nomor ? `baris ${b.nomor.replace(/\.$/, "")} (${label})` : `baris "${label}"`;
}
