/**
 * Numbering of tables and figures per chapter ("Tabel 3.2", "Gambar 3.1") and resolution of cross-references.
 * Computed from the document at render time, so a table moved, added or removed renumbers every reference.
 * NOTE: SEED 36-70 (Daftar Tabel / Daftar Gambar numbered per chapter).
 */
import type { Dokumen, Inline } from "./dokumen";

export interface EntriNomor {
  id: string;
  jenis: "Tabel" | "Gambar";
  /** "3.2" */
  nomor: string;
  judul: string;
}

export interface EntriJudul {
  id: string;
  tingkat: number;
  teks: string;
}

export interface Penomoran {
  /** By table/figure id. */
  entri: ReadonlyMap<string, EntriNomor>;
  tabel: readonly EntriNomor[];
  gambar: readonly EntriNomor[];
  judul: readonly EntriJudul[];
}

/** Numbers every numbered table and figure as "<bab>.<n>" in document order; n restarts in each chapter. */
export function nomoriDokumen(dok: Dokumen): Penomoran {
  const entri = new Map<string, EntriNomor>();
  const tabel: EntriNomor[] = [];
  const gambar: EntriNomor[] = [];
  const judul: EntriJudul[] = [];
  const hitung = new Map<string, number>();
  for (const bagian of dok.bagian) {
    for (const blok of bagian.blok) {
      if (blok.jenis === "judul" && blok.daftarIsi) judul.push({ id: blok.id, tingkat: blok.tingkat, teks: blok.teks });
      if ((blok.jenis === "tabel" && blok.bernomor) || blok.jenis === "gambar") {
        if (bagian.bab === null) continue;
        const jenis = blok.jenis === "tabel" ? "Tabel" : "Gambar";
        const kunci = `${jenis}:${bagian.bab}`;
        const n = (hitung.get(kunci) ?? 0) + 1;
        hitung.set(kunci, n);
        if (entri.has(blok.id)) throw new Error(`id ganda dalam dokumen: ${blok.id}`);
        const e: EntriNomor = { id: blok.id, jenis, nomor: `${bagian.bab}.${n}`, judul: blok.judul };
        entri.set(blok.id, e);
        (jenis === "Tabel" ? tabel : gambar).push(e);
      }
    }
  }
  return { entri, tabel, gambar, judul };
}

/** "Tabel 3.2" for a reference; an unknown id renders visibly instead of failing ("[rujukan tidak ditemukan: x]"). */
export function teksRujukan(p: Penomoran, id: string): string {
  const e = p.entri.get(id);
  return e ? `${e.jenis} ${e.nomor}` : `[rujukan tidak ditemukan: ${id}]`;
}

/** "Tabel 3.2" caption label of a block, or null when the block is not numbered. */
export function labelKeterangan(p: Penomoran, id: string): string | null {
  const e = p.entri.get(id);
  return e ? `${e.jenis} ${e.nomor}` : null;
}

/** Text of a missing-data placeholder. */
export function teksHilang(teks: string): string {
  return `[Data belum tersedia: ${teks}]`;
}

/** Plain text of inline content (references resolved), e.g. for XLSX cells and tests. */
export function teksPolos(isi: readonly Inline[], p: Penomoran): string {
  return isi
    .map((x) => {
      if (typeof x === "string") return x;
      if (x.t === "ref") return teksRujukan(p, x.ke);
      if (x.t === "hilang") return teksHilang(x.teks);
      return x.teks;
    })
    .join("");
}
