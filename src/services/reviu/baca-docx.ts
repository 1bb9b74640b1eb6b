/**
 * DOCX → the plain-text form the rules read (src/domain/reviu/dokumen-teks.ts): paragraphs as lines, table rows as
 * tab-separated lines (a cell spanning n grid columns is followed by n−1 blank cells, a vertically merged
 * continuation is blank), a blank line after each table, a form feed at each explicit page break. The zip is first
 * checked with the import limits (src/services/berkas/periksa-zip.ts: sizes, ratio, layout, bounded inflate), then
 * word/document.xml is read with yauzl. No XML library: the WordprocessingML elements used are few and regular.
 */
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { DomainError } from "../../domain/shared/errors";
import type { BatasImpor } from "../berkas/batas-impor";
import { periksaZip } from "../berkas/periksa-zip";
import { laporanTidakTerbaca } from "./galat-berkas";

function bacaEntri(isi: Buffer, nama: string): Promise<Buffer | null> {
  return new Promise((terima, tolak) => {
    yauzl.fromBuffer(isi, { lazyEntries: true, validateEntrySizes: true }, (e, zip?: ZipFile) => {
      if (e || !zip) return tolak(laporanTidakTerbaca("berkas DOCX rusak (bukan zip yang utuh)", e));
      let ketemu = false;
      zip.on("error", (err: Error) => tolak(laporanTidakTerbaca("berkas DOCX rusak", err)));
      zip.on("end", () => {
        if (!ketemu) terima(null);
      });
      zip.on("entry", (entri: Entry) => {
        if (entri.fileName !== nama) return zip.readEntry();
        ketemu = true;
        zip.openReadStream(entri, (err, arus) => {
          if (err || !arus) return tolak(laporanTidakTerbaca("berkas DOCX rusak", err));
          const potong: Buffer[] = [];
          arus.on("data", (c: Buffer) => potong.push(c));
          arus.on("error", (x: Error) => tolak(laporanTidakTerbaca("berkas DOCX rusak", x)));
          arus.on("end", () => {
            zip.close();
            terima(Buffer.concat(potong));
          });
        });
      });
      zip.readEntry();
    });
  });
}

const ENTITAS: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function dekodeXml(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITAS[e] ?? "";
  });
}

/** Text of a run of XML: <w:t> contents, <w:tab/> as a space, <w:br/> as a space. */
function teksXml(xml: string): string {
  let hasil = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
    hasil += m[1] !== undefined ? dekodeXml(m[1]) : " ";
  }
  return hasil.replace(/\s+/g, " ").trim();
}

/** Splits `xml` into top-level elements named `tag` (nesting-aware); returns [start, end] offsets. */
function elemenAtas(xml: string, tag: string, dari = 0, sampai = xml.length): [number, number][] {
  const hasil: [number, number][] = [];
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, "g");
  re.lastIndex = dari;
  let dalam = 0;
  let mulai = -1;
  for (let m = re.exec(xml); m && m.index < sampai; m = re.exec(xml)) {
    const tutup = m[1] === "/";
    const tunggal = m[2] === "/";
    if (!tutup && !tunggal) {
      if (dalam === 0) mulai = m.index;
      dalam++;
    } else if (tutup) {
      dalam--;
      if (dalam === 0 && mulai >= 0) hasil.push([mulai, re.lastIndex]);
    } else if (dalam === 0) hasil.push([m.index, re.lastIndex]);
  }
  return hasil;
}

function barisTabel(xml: string): string[] {
  const baris: string[] = [];
  for (const [a, b] of elemenAtas(xml, "w:tr")) {
    const tr = xml.slice(a, b);
    const sel: string[] = [];
    for (const [c, d] of elemenAtas(tr, "w:tc")) {
      const tc = tr.slice(c, d);
      const rentang = Number.parseInt(/<w:gridSpan\s+w:val="(\d+)"/.exec(tc)?.[1] ?? "1", 10);
      const lanjut = /<w:vMerge(?:\s+w:val="continue")?\s*\/>/.test(tc) && !/<w:vMerge\s+w:val="restart"/.test(tc);
      // nested tables: their text joins the cell's text
      const paragraf = elemenAtas(tc, "w:p")
        .map(([p, q]) => teksXml(tc.slice(p, q)))
        .filter(Boolean);
      sel.push(lanjut ? "" : paragraf.join(" ").replace(/\t/g, " "));
      for (let i = 1; i < Math.min(rentang, 64); i++) sel.push("");
    }
    baris.push(sel.join("\t"));
  }
  return baris;
}

/** word/document.xml → text lines (tables as tab-separated rows). */
export function teksDariDokumenXml(xml: string): string {
  const badan = /<w:body\b[^>]*>/.exec(xml);
  const awal = badan ? badan.index + badan[0].length : 0;
  const keluaran: string[] = [];
  const re = /<(w:p|w:tbl)(?=[\s>/])/g;
  re.lastIndex = awal;
  let pos = awal;
  for (;;) {
    re.lastIndex = pos;
    const m = re.exec(xml);
    if (!m) break;
    const tag = m[1] ?? "w:p";
    const [elemen] = elemenAtas(xml, tag, m.index);
    if (!elemen) break;
    const [a, b] = elemen;
    const isi = xml.slice(a, b);
    if (tag === "w:tbl") {
      keluaran.push(...barisTabel(isi), "");
    } else {
      const halamanBaru = /<w:br\s+w:type="page"\s*\/>|<w:pageBreakBefore\b(?![^>]*w:val="(?:0|false)")/.test(isi);
      const t = teksXml(isi);
      keluaran.push(`${halamanBaru ? "\f" : ""}${t}`);
    }
    pos = b;
  }
  return keluaran.join("\n");
}

export async function bacaDocx(isi: Uint8Array, batas: BatasImpor): Promise<string> {
  try {
    await periksaZip(isi, batas);
  } catch (e) {
    if (e instanceof DomainError && e.code === "berkas_tidak_terbaca")
      throw laporanTidakTerbaca("berkas DOCX rusak", e);
    throw e;
  }
  const xml = await bacaEntri(Buffer.from(isi), "word/document.xml");
  if (!xml) throw laporanTidakTerbaca("berkas zip ini bukan dokumen Word (word/document.xml tidak ada)");
  return teksDariDokumenXml(xml.toString("utf8"));
}
