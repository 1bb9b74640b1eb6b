/**
 * Small constructors for table cells and tables, so chapter builders read like the tables they produce.
 */
import { type DecimalInput, dec } from "../../domain/shared/decimal";
import type { FormatAngka, Inline, Sel, Tabel } from "./dokumen";
import { a2, bulat, persen, rupiah } from "./tampil";

type Isi = string | Inline | Inline[];

/** The placeholder of a text cell whose value is missing; `tabel` names its column and row (issue 14). */
const ISIAN_HILANG = "isian";

/** One inline, or the placeholder when the value is missing (null, undefined, a bold/italic part without text). */
function inline(x: Inline | null | undefined): Inline {
  if (x === null || x === undefined) return { t: "hilang", teks: ISIAN_HILANG };
  if (typeof x === "object" && (x.t === "tebal" || x.t === "miring") && typeof x.teks !== "string")
    return { t: "hilang", teks: ISIAN_HILANG };
  if (typeof x !== "string" && typeof x !== "object") return String(x);
  return x;
}

function isi(x: Isi | null | undefined): Inline[] {
  return Array.isArray(x) ? x.map(inline) : [inline(x)];
}

/** A text cell. */
export function sel(x: Isi | null | undefined, opsi: Omit<Sel, "isi"> = {}): Sel {
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
export function angka(
  nilai: DecimalInput | null | undefined,
  format: FormatAngka,
  tampil?: string,
  tebal = false,
): Sel {
  if (nilai === null || nilai === undefined) return { isi: ["–"], rata: "tengah" };
  let d: ReturnType<typeof dec>;
  try {
    d = dec(nilai);
  } catch {
    // not a number ("-", "", "abc"): said so in the cell, never a crash (issue 14)
    return { isi: [{ t: "hilang", teks: `angka (tertulis "${String(nilai)}")` }], rata: "tengah" };
  }
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
  return {
    jenis: "tabel",
    id,
    judul,
    bernomor: true,
    kepala: kepalaBaris,
    badan: namaiIsianHilang(kepalaBaris, badan),
    lebarKolom,
    ...opsi,
  };
}

/** Column headers by column index (the header rows' cells spread over their column spans; the lowest row wins). */
function judulKolom(kepalaBaris: Sel[][]): string[] {
  const judul: string[] = [];
  for (const baris of kepalaBaris) {
    let c = 0;
    for (const s of baris) {
      const teks = s.isi.map((x) => (typeof x === "string" ? x : "teks" in x ? x.teks : "")).join("");
      for (let j = 0; j < (s.rentangKolom ?? 1); j++) if (teks && !/^\(?\d+\)?$/.test(teks)) judul[c + j] = teks;
      c += s.rentangKolom ?? 1;
    }
  }
  return judul;
}

/** A missing text cell says which column and row it is in: "[Data belum tersedia: Indikator, baris 3]". */
function namaiIsianHilang(kepalaBaris: Sel[][], badan: Sel[][]): Sel[][] {
  if (
    !badan.some((b) =>
      b.some((s) => s.isi.some((x) => typeof x === "object" && x.t === "hilang" && x.teks === ISIAN_HILANG)),
    )
  )
    return badan;
  const judul = judulKolom(kepalaBaris);
  return badan.map((b, r) => {
    let c = 0;
    return b.map((s) => {
      const kolom = judul[c] ?? `kolom ${c + 1}`;
      c += s.rentangKolom ?? 1;
      return {
        ...s,
        isi: s.isi.map((x) =>
          typeof x === "object" && x.t === "hilang" && x.teks === ISIAN_HILANG
            ? { ...x, teks: `${kolom}, baris ${r + 1}` }
            : x,
        ),
      };
    });
  });
}
