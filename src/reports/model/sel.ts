/**
 * Small constructors for table cells and tables, so chapter builders read like the tables they produce.
 */
import { type DecimalInput, dec } from "../../domain/shared/decimal";
import type { FormatAngka, Inline, Sel, Tabel } from "./dokumen";
import { a2, bulat, persen, rupiah } from "./tampil";

type Isi = string | Inline | Inline[];

function isi(x: Isi): Inline[] {
  return Array.isArray(x) ? x : [x];
}

/** A text cell. */
export function sel(x: Isi, opsi: Omit<Sel, "isi"> = {}): Sel {
  return { isi: isi(x), ...opsi };
}

/** A bold centred header cell. */
export function kepala(x: string, rentangKolom?: number, rentangBaris?: number): Sel {
  const s: Sel = { isi: [x], rata: "tengah", tebal: true };
  if (rentangKolom) s.rentangKolom = rentangKolom;
  if (rentangBaris) s.rentangBaris = rentangBaris;
  return s;
}

/** The "(1) (2) (3) …" column-number row many government tables carry. */
export function barisNomorKolom(n: number, gaya: "kurung" | "polos" = "kurung"): Sel[] {
  return Array.from({ length: n }, (_, i) => ({
    isi: [gaya === "kurung" ? `(${i + 1})` : String(i + 1)],
    rata: "tengah" as const,
  }));
}

const TAMPIL: Record<FormatAngka, (x: DecimalInput) => string> = {
  rupiah,
  angka2: a2,
  persen: (x) => persen(x),
  bulat,
  desimal: (x) => String(x),
  angka6: (x) => dec(x).toFixed(6).replace(".", ","),
};

/** A right-aligned number cell (the XLSX renderer writes it as a number). `tampil` overrides the displayed text. */
export function angka(nilai: DecimalInput | null, format: FormatAngka, tampil?: string, tebal = false): Sel {
  if (nilai === null) return { isi: ["–"], rata: "tengah" };
  const d = dec(nilai);
  return { isi: [tampil ?? TAMPIL[format](d)], rata: "kanan", tebal, angka: { nilai: d.toString(), format } };
}

/** A placeholder cell for a missing value. */
export function selHilang(p: Extract<Inline, { t: "hilang" }>): Sel {
  return { isi: [p], rata: "tengah" };
}

/** A table block. */
export function tabel(
  id: string,
  judul: string,
  kepalaBaris: Sel[][],
  badan: Sel[][],
  lebarKolom: number[],
  opsi: Partial<Pick<Tabel, "sumber" | "kecil" | "bernomor" | "tanpaGaris">> = {},
): Tabel {
  return { jenis: "tabel", id, judul, bernomor: true, kepala: kepalaBaris, badan, lebarKolom, ...opsi };
}
