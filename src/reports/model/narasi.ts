/**
 * Generated paragraphs: each has a stable key and the numbers it quotes (name → value as displayed). Operators may
 * override a paragraph's text (where "{{ref:…}}" is a cross-reference, as in free texts); the override keeps the
 * numbers it quoted when it was written, and when they differ from the current ones the paragraph is flagged
 * "angka berubah sejak disunting" (issue 7, Narrative).
 */
import type { Inline, InfoNarasi, Paragraf } from "./dokumen";
import { teksBebas, tokenRujukan } from "./teks-bebas";

/** An operator's replacement text for a generated paragraph, with the numbers quoted when it was written. */
export interface OverrideNarasi {
  teks: string;
  angka: Record<string, string>;
}

export type OverrideNarasiMap = Readonly<Record<string, OverrideNarasi>>;

export interface PeringatanNarasi {
  kunci: string;
  pesan: string;
  berubah: { nama: string; lama: string | null; baru: string | null }[];
}

/** A generated paragraph as the UI lists it for editing. */
export interface NarasiTercatat {
  kunci: string;
  /** The generated text; cross-references written "{{ref:tabel-capaian}}" as an operator writes them. */
  teksDihasilkan: string;
  angka: Record<string, string>;
  status: InfoNarasi["status"];
}

/** A quoted number inside a sentence: recorded under `nama`; `tampil` is the displayed text or a placeholder. */
export interface NilaiKutip {
  k: string;
  v: string | Extract<Inline, { t: "hilang" }>;
}

export type BagianKalimat = string | Inline | NilaiKutip;

/** Quote a value in a generated sentence. */
export function v(nama: string, tampil: NilaiKutip["v"]): NilaiKutip {
  return { k: nama, v: tampil };
}

function isKutip(x: BagianKalimat): x is NilaiKutip {
  return typeof x === "object" && "k" in x;
}

function teksInline(x: Inline): string {
  if (typeof x === "string") return x;
  if (x === null || typeof x !== "object") return ""; // a missing part: the document check marks it (rapikan-dokumen)
  if (x.t === "ref") return tokenRujukan(x.ke);
  if (x.t === "hilang") return `[Data belum tersedia: ${x.teks}]`;
  return x.teks;
}

/** Builds generated paragraphs, applies overrides, records every paragraph and every stale override. */
export class Narator {
  readonly peringatan: PeringatanNarasi[] = [];
  readonly tercatat: NarasiTercatat[] = [];
  private readonly kunciDipakai = new Set<string>();

  constructor(private readonly overrides: OverrideNarasiMap = {}) {}

  /** Inline content + info for a generated text with key `kunci` (after applying an override). */
  susun(kunci: string, bagian: readonly BagianKalimat[]): { isi: Inline[]; narasi: InfoNarasi } {
    if (this.kunciDipakai.has(kunci)) throw new Error(`kunci narasi ganda: ${kunci}`);
    this.kunciDipakai.add(kunci);
    const angka: Record<string, string> = {};
    const isi: Inline[] = [];
    for (const b of bagian) {
      if (isKutip(b)) {
        angka[b.k] = typeof b.v === "string" ? b.v : teksInline(b.v);
        isi.push(b.v);
      } else isi.push(b);
    }
    const teksDihasilkan = isi.map(teksInline).join("");
    const ov = this.overrides[kunci];
    let status: InfoNarasi["status"] = "dihasilkan";
    let hasil = isi;
    if (ov) {
      const berubah = bandingkan(ov.angka, angka);
      status = berubah.length > 0 ? "disunting-basi" : "disunting";
      hasil = teksBebas(ov.teks);
      if (berubah.length > 0) {
        const rincian = berubah.map((b) => `${b.nama}: ${b.lama ?? "—"} → ${b.baru ?? "—"}`).join("; ");
        this.peringatan.push({ kunci, pesan: `angka berubah sejak disunting (${rincian})`, berubah });
      }
    }
    this.tercatat.push({ kunci, teksDihasilkan, angka, status });
    return { isi: hasil, narasi: { kunci, angka, status } };
  }

  /** A generated body paragraph. */
  paragraf(kunci: string, bagian: readonly BagianKalimat[], opsi: Partial<Paragraf> = {}): Paragraf {
    const { isi, narasi } = this.susun(kunci, bagian);
    return { jenis: "paragraf", rata: "rata", inden: true, ...opsi, isi, narasi };
  }
}

function bandingkan(lama: Record<string, string>, baru: Record<string, string>): PeringatanNarasi["berubah"] {
  const nama = [...new Set([...Object.keys(lama), ...Object.keys(baru)])].sort();
  return nama
    .filter((n) => lama[n] !== baru[n])
    .map((n) => ({ nama: n, lama: lama[n] ?? null, baru: baru[n] ?? null }));
}
