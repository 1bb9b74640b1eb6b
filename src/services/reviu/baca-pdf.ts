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

function kelompokkanBaris(item: ItemTeks[]): Potongan[][] {
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
    return sel.map((s) => ({ ...s, teks: s.teks.replace(/\s+/g, " ").trim() }));
  });
}

/** Places each row's cells into the columns of the block's widest row (by overlap, else the nearest centre). */
function susunBlok(blok: Potongan[][]): string[] {
  const acuan = blok.reduce((a, b) => (b.length > a.length ? b : a), blok[0] ?? []);
  return blok.map((baris) => {
    const sel = acuan.map(() => "");
    for (const p of baris) {
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
      sel[terbaik] = sel[terbaik] ? `${sel[terbaik]} ${p.teks}` : p.teks;
    }
    return sel.join("\t");
  });
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
      if (nama === "PasswordException") throw laporanTidakTerbaca("PDF terkunci kata sandi (terenkripsi); buka kuncinya lalu simpan ulang", e);
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
      jumlahBaris += baris.length;
      if (jumlahBaris > batas.baris * 10) throw laporanTidakTerbaca(`PDF terlalu panjang (lebih dari ${batas.baris * 10} baris teks)`);
      const keluar: string[] = [];
      let blok: Potongan[][] = [];
      const tutup = () => {
        if (blok.length >= 2) keluar.push(...susunBlok(blok), "");
        else if (blok[0]) keluar.push(blok[0].map((p) => p.teks).join(" "));
        blok = [];
      };
      for (const b of baris) {
        if (b.length >= 2) blok.push(b);
        else {
          tutup();
          keluar.push(b.map((p) => p.teks).join(" "));
        }
      }
      tutup();
      halaman.push(keluar.join("\n"));
      page.cleanup();
    }
    if (jumlahItem === 0) throw laporanTidakTerbaca("PDF tidak memuat teks (mungkin hasil pindai/gambar); unggah versi DOCX atau PDF yang teksnya dapat dipilih");
    return halaman.join("\n\f");
  } finally {
    await tugas.destroy();
  }
}
