/**
 * PDF → the plain-text form the rules read. pdfjs-dist 5.6.205, legacy build (the one that runs on Node 20;
 * stack-notes milestone 2, §6). Text items of a page are grouped into lines by their y; within a line a gap wider
 * than about two characters separates cells. Consecutive lines of two or more cells form a table block; each block's
 * cells are placed in the columns of its widest row by horizontal overlap, so a blank cell stays a blank column.
 */
import type { BatasImpor } from "../berkas/batas-impor";
import { laporanTidakTerbaca } from "./galat-berkas";

interface Potongan {
  x0: number;
  x1: number;
  teks: string;
}

interface ItemTeks {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface BarisPdf {
  y: number;
  h: number;
  sel: Potongan[];
}

function kelompokkanBaris(item: ItemTeks[]): BarisPdf[] {
  const baris: { y: number; h: number; item: ItemTeks[] }[] = [];
  for (const it of item) {
    if (!it.str || it.str.trim() === "") continue;
    const y = it.transform[5] ?? 0;
    const h = Math.max(1, it.height || Math.abs(it.transform[3] ?? 10));
    const b = baris.find((x) => Math.abs(x.y - y) < Math.min(x.h, h) * 0.5);
    if (b) b.item.push(it);
    else baris.push({ y, h, item: [it] });
  }
  baris.sort((a, b) => b.y - a.y);
  return baris.map((b) => {
    const urut = [...b.item].sort((p, q) => (p.transform[4] ?? 0) - (q.transform[4] ?? 0));
    const sel: Potongan[] = [];
    for (const it of urut) {
      const x0 = it.transform[4] ?? 0;
      const x1 = x0 + it.width;
      const lalu = sel.at(-1);
      const lebarHuruf = it.str.length ? it.width / it.str.length : b.h * 0.5;
      const celah = Math.max(b.h * 0.9, lebarHuruf * 2);
      if (lalu && x0 - lalu.x1 < celah) {
        lalu.teks += (x0 - lalu.x1 > lebarHuruf * 0.3 ? " " : "") + it.str;
        lalu.x1 = Math.max(lalu.x1, x1);
      } else sel.push({ x0, x1, teks: it.str });
    }
    return { y: b.y, h: b.h, sel: sel.map((s) => ({ ...s, teks: s.teks.replace(/\s+/g, " ").trim() })) };
  });
}

/**
 * Lines of one table row: a cell wrapped over several lines sits closer to its neighbour lines than the next row
 * (whose cell padding adds space). Lines whose gap to the previous one exceeds the block's smallest gap by a quarter
 * start a new row.
 */
function barisTabel(blok: BarisPdf[]): BarisPdf[][] {
  const celah = blok.slice(1).map((b, i) => (blok[i]?.y ?? 0) - b.y);
  const terkecil = Math.min(...celah);
  const hasil: BarisPdf[][] = [];
  blok.forEach((b, i) => {
    const g = i === 0 ? Infinity : (celah[i - 1] ?? Infinity);
    if (g > terkecil * 1.25 || hasil.length === 0) hasil.push([b]);
    else hasil.at(-1)?.push(b);
  });
  // every gap equal: one line per row
  return hasil.length === 1 && blok.length > 1 ? blok.map((b) => [b]) : hasil;
}

/** Places each row's cells into the columns of the block's widest line (by overlap, else the nearest centre). */
function susunBlok(blok: BarisPdf[]): string[] {
  const acuan = blok.reduce((a, b) => (b.sel.length > a.length ? b.sel : a), blok[0]?.sel ?? []);
  const kolomDari = (p: Potongan) => {
    let terbaik = 0;
    let skor = -Infinity;
    acuan.forEach((k, i) => {
      const tumpang = Math.min(p.x1, k.x1) - Math.max(p.x0, k.x0);
      const s = tumpang > 0 ? tumpang : -Math.abs((p.x0 + p.x1) / 2 - (k.x0 + k.x1) / 2);
      if (s > skor) {
        skor = s;
        terbaik = i;
      }
    });
    return terbaik;
  };
  return barisTabel(blok).map((baris) => {
    const sel = acuan.map(() => "");
    for (const b of baris)
      for (const p of b.sel) {
        const i = kolomDari(p);
        sel[i] = sel[i] ? `${sel[i]} ${p.teks}` : p.teks;
      }
    return sel.join("\t");
  });
}

/** Narrative lines joined into paragraphs: a line that does not end a sentence continues on the next. */
function paragraf(baris: string[]): string[] {
  const hasil: string[] = [];
  let kini = "";
  for (const b of baris) {
    const t = b.trim();
    const judul = /^(tabel|gambar|bab|sumber)\b/i.test(t) || /^([a-z]|\d{1,2}|[IVX]{1,4})[.)]\s/.test(t);
    if (kini && !judul) kini += ` ${t}`;
    else {
      if (kini) hasil.push(kini);
      kini = t;
    }
    if (/[.:;!?]$/.test(t) || t.length < 30 || /^(tabel|gambar)\b/i.test(t)) {
      hasil.push(kini);
      kini = "";
    }
  }
  if (kini) hasil.push(kini);
  return hasil;
}

export async function bacaPdf(isi: Uint8Array, batas: BatasImpor): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const tugas = pdfjs.getDocument({
    data: new Uint8Array(isi),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    let dok;
    try {
      dok = await tugas.promise;
    } catch (e) {
      const nama = e instanceof Error ? e.name : "";
      if (nama === "PasswordException")
        throw laporanTidakTerbaca("PDF terkunci kata sandi (terenkripsi); buka kuncinya lalu simpan ulang", e);
      throw laporanTidakTerbaca("berkas PDF rusak atau bukan PDF", e);
    }
    const halaman: string[] = [];
    let jumlahItem = 0;
    let jumlahBaris = 0;
    for (let n = 1; n <= dok.numPages; n++) {
      const page = await dok.getPage(n);
      const isiTeks = await page.getTextContent();
      const item = isiTeks.items.filter((i): i is ItemTeks & typeof i => "str" in i) as unknown as ItemTeks[];
      jumlahItem += item.length;
      const baris = kelompokkanBaris(item);
      // the page number (a lone number or roman numeral at the foot or the head of the page) is not content
      for (const i of [baris.length - 1, 0]) {
        const b = baris[i];
        if (b && b.sel.length === 1 && /^([0-9]{1,4}|[ivxlc]{1,6})$/i.test(b.sel[0]?.teks ?? "")) baris.splice(i, 1);
      }
      jumlahBaris += baris.length;
      if (jumlahBaris > batas.baris * 10)
        throw laporanTidakTerbaca(`PDF terlalu panjang (lebih dari ${batas.baris * 10} baris teks)`);
      const keluar: string[] = [];
      let teks: string[] = [];
      let blok: BarisPdf[] = [];
      const tutupTeks = () => {
        keluar.push(...paragraf(teks));
        teks = [];
      };
      const tutup = () => {
        if (blok.length >= 2) {
          tutupTeks();
          keluar.push(...susunBlok(blok), "");
        } else if (blok[0]) teks.push(blok[0].sel.map((p) => p.teks).join(" "));
        blok = [];
      };
      for (const b of baris) {
        // a line of one cell inside a table block (a wrapped cell) stays in the block when a multi-cell line follows
        if (
          b.sel.length >= 2 ||
          (blok.length > 0 && b.sel.length === 1 && (b.sel[0]?.x0 ?? 0) > (blok[0]?.sel[0]?.x0 ?? 0) + 5)
        )
          blok.push(b);
        else {
          tutup();
          teks.push(b.sel.map((p) => p.teks).join(" "));
        }
      }
      tutup();
      tutupTeks();
      halaman.push(keluar.join("\n"));
      page.cleanup();
    }
    if (jumlahItem === 0)
      throw laporanTidakTerbaca(
        "PDF tidak memuat teks (mungkin hasil pindai/gambar); unggah versi DOCX atau PDF yang teksnya dapat dipilih",
      );
    return halaman.join("\n\f");
  } finally {
    await tugas.destroy();
  }
}
