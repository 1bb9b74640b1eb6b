/**
 * The last check of a built document before any renderer sees it (issue 14; ADR 0026): a text part that is missing
 * (null, undefined, a number where a text belongs) becomes the placeholder "[Data belum tersedia: …]" naming the block
 * it sits in (a table cell already names its column and row), so no renderer meets a value it cannot print.
 * Pure; the document is changed in place.
 */
import type { Blok, Dokumen, Inline } from "./dokumen";

function teks(x: unknown): string {
  return typeof x === "string" ? x : x === null || x === undefined ? "" : String(x);
}

function inline(x: unknown, tempat: string): Inline {
  if (typeof x === "string") return x;
  if (typeof x === "number" && Number.isFinite(x)) return String(x);
  if (x && typeof x === "object" && "t" in x) {
    const y = x as Inline & { t: string };
    if (y.t === "ref" && typeof (y as { ke?: unknown }).ke === "string") return y;
    if ((y.t === "tebal" || y.t === "miring" || y.t === "hilang") && typeof (y as { teks?: unknown }).teks === "string")
      return y;
  }
  return { t: "hilang", teks: tempat };
}

function isi(xs: unknown, tempat: string): Inline[] {
  return Array.isArray(xs) ? xs.map((x) => inline(x, tempat)) : [];
}

function blok(b: Blok, judulBab: string): Blok {
  switch (b.jenis) {
    case "paragraf":
      return { ...b, isi: isi(b.isi, `teks pada bagian "${judulBab}"`) };
    case "daftar":
      return {
        ...b,
        butir: (b.butir ?? []).map((x, i) => ({
          ...x,
          label: teks(x.label),
          isi: isi(x.isi, `butir ${i + 1} pada bagian "${judulBab}"`),
        })),
      };
    case "judul":
      return { ...b, teks: teks(b.teks) };
    case "tabel":
      return {
        ...b,
        judul: teks(b.judul),
        kepala: b.kepala.map((r) => r.map((s) => ({ ...s, isi: isi(s.isi, `judul kolom ${b.judul}`) }))),
        badan: b.badan.map((r, i) => r.map((s) => ({ ...s, isi: isi(s.isi, `${b.judul}, baris ${i + 1}`) }))),
      };
    case "gambar":
      return { ...b, judul: teks(b.judul) };
    case "tanda-tangan":
      return {
        ...b,
        tempatTanggal: isi(b.tempatTanggal, "tempat dan tanggal"),
        kolom: b.kolom.map((k) => ({
          ...k,
          sebutan: teks(k.sebutan),
          jabatan: (k.jabatan ?? []).map(teks),
          nama: isi(k.nama, "nama penandatangan"),
          ...(k.pangkat !== undefined ? { pangkat: teks(k.pangkat) } : {}),
          ...(k.nip !== undefined ? { nip: isi(k.nip, "NIP penandatangan") } : {}),
        })),
      };
    default:
      return b;
  }
}

export function rapikanDokumen(d: Dokumen): Dokumen {
  d.judul = teks(d.judul);
  d.kaki = teks(d.kaki);
  for (const bg of d.bagian) {
    let judulBab = bg.id;
    bg.blok = bg.blok.map((b) => {
      if (b.jenis === "judul" && typeof b.teks === "string") judulBab = b.teks;
      return blok(b, judulBab);
    });
  }
  return d;
}
