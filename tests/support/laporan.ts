/**
 * Helpers for the report tests: the demo report built once, tables by id as text grids, a minimal ZIP reader
 * (DOCX/XLSX are ZIP files) and a PGM page reader for the docs suite.
 */
import { inflateRawSync } from "node:zlib";
import { type HasilLkjip, bangunLkjip } from "../../src/reports/model";
import type { Paragraf, Tabel } from "../../src/reports/model/dokumen";
import { nomoriDokumen, teksPolos } from "../../src/reports/model/penomoran";
import type { SumberLkjip } from "../../src/reports/model/sumber";
import { sumberDariDemo } from "../../src/demo/laporan/sumber-dari-demo";

export function sumberSeiBalai(): SumberLkjip {
  const s = sumberDariDemo("kecamatan-sei-balai", 2023);
  if (!s) throw new Error("demo Sei Balai tidak ada");
  return s;
}

let cache: HasilLkjip | null = null;

/** The demo LKjIP (built once per test file). */
export function lkjipDemo(): HasilLkjip {
  cache ??= bangunLkjip(sumberSeiBalai());
  return cache;
}

/** A table by id: its number ("3.2" or null) and every row (header rows first) as cell texts. */
export function tabel(h: HasilLkjip, id: string): { nomor: string | null; baris: string[][]; blok: Tabel } {
  const p = nomoriDokumen(h.dokumen);
  for (const b of h.dokumen.bagian) {
    for (const x of b.blok) {
      if (x.jenis === "tabel" && x.id === id) {
        return {
          nomor: p.entri.get(id)?.nomor ?? null,
          baris: [...x.kepala, ...x.badan].map((r) => r.map((c) => teksPolos(c.isi, p))),
          blok: x,
        };
      }
    }
  }
  throw new Error(`tabel ${id} tidak ada`);
}

/** The row of a table whose first cells contain `awal` (e.g. "Jumlah"). */
export function baris(t: { baris: string[][] }, cocok: (r: string[]) => boolean): string[] {
  const r = t.baris.find(cocok);
  if (!r) throw new Error("baris tidak ditemukan");
  return r;
}

/** Text of the generated paragraph (or list item) with narrative key `kunci`. */
export function narasi(h: HasilLkjip, kunci: string): string {
  const p = nomoriDokumen(h.dokumen);
  for (const b of h.dokumen.bagian) {
    for (const x of b.blok) {
      if (x.jenis === "paragraf" && (x as Paragraf).narasi?.kunci === kunci) return teksPolos(x.isi, p);
      if (x.jenis === "daftar") for (const y of x.butir) if (y.narasi?.kunci === kunci) return teksPolos(y.isi, p);
    }
  }
  throw new Error(`narasi ${kunci} tidak ada`);
}

/** Every text of the document (paragraphs, lists, table cells), joined by new lines. */
export function semuaTeks(h: HasilLkjip): string {
  const p = nomoriDokumen(h.dokumen);
  const out: string[] = [];
  for (const b of h.dokumen.bagian) {
    for (const x of b.blok) {
      if (x.jenis === "paragraf") out.push(teksPolos(x.isi, p));
      else if (x.jenis === "daftar") out.push(...x.butir.map((y) => teksPolos(y.isi, p)));
      else if (x.jenis === "tabel")
        out.push(...[...x.kepala, ...x.badan].map((r) => r.map((c) => teksPolos(c.isi, p)).join(" | ")));
      else if (x.jenis === "judul") out.push(x.teks);
    }
  }
  return out.join("\n");
}

/** Files of a ZIP archive (stored or deflated entries), by name. */
export function bukaZip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const n = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < n; i++) {
    const method = buf.readUInt16LE(pos + 10);
    const size = buf.readUInt32LE(pos + 20);
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const local = buf.readUInt32LE(pos + 42);
    const name = buf.toString("utf8", pos + 46, pos + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
