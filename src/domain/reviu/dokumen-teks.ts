/**
 * A plain-text report (what a PDF or DOCX gives as text, or a .txt like a published LKjIP pasted out): tables are
 * runs of lines holding tab characters; every other non-blank line is narrative. A caption "Tabel 3.2" (and its title
 * on the next line) just above a table names it; a table whose first row repeats the previous table's header with
 * no caption in between continues it (a table split over pages). A form feed starts a new page.
 */
import type { DokumenLaporan, TabelDokumen, TeksDokumen } from "./jenis";

const KETERANGAN = /^(tabel)\s*\.?\s*(\d{1,2}(?:\.\d{1,3}){1,2})\.?\s*(.*)$/i;

/** A header row's text without its cell boundaries (a PDF may cut the same header into cells differently). */
const kunciBaris = (r: readonly string[]): string => r.join(" ").toLowerCase().replace(/\s+/g, " ").trim();

/** Rows of a continuation narrower than the table: numbers sit at the right, so blank cells go after the first. */
function ratakanKanan(sel: string[], lebar: number): string[] {
  if (sel.length >= lebar || sel.length < 2) return sel;
  return [sel[0] ?? "", ...Array.from({ length: lebar - sel.length }, () => ""), ...sel.slice(1)];
}

export function susunDokumenTeks(isi: string): DokumenLaporan {
  const baris = isi.replace(/\r\n?/g, "\n").split("\n");
  const tabel: TabelDokumen[] = [];
  const teks: TeksDokumen[] = [];
  let posisi = 0;
  let halaman = 1;
  let kini: (TabelDokumen & { lanjutan?: boolean }) | null = null;
  let ketTerakhir: { nomor: string; judul?: string; posisi: number } | null = null;
  let sejakTabel = 0; // narrative lines since the last table
  baris.forEach((mentah, i) => {
    halaman += (mentah.match(/\f/g) ?? []).length;
    const b = mentah.replace(/\f/g, "");
    if (b.includes("\t")) {
      const sel = b.split("\t").map((s) => s.trim());
      if (kini) {
        kini.sel.push(kini.lanjutan ? ratakanKanan(sel, kini.sel[0]?.length ?? 0) : sel);
        return;
      }
      const lalu = tabel.at(-1);
      const lanjutan =
        lalu &&
        sejakTabel <= 2 &&
        (ketTerakhir === null || ketTerakhir.posisi < lalu.posisi) &&
        kunciBaris(lalu.sel[0] ?? []) === kunciBaris(sel);
      // a table cut by a blank line or a page: the next part starts with a numbered data row of the same width
      const sambungan =
        lalu &&
        sejakTabel === 0 &&
        /^\d+\.?$/.test(sel[0] ?? "") &&
        /^\d+\.?$/.test((lalu.sel.at(-1) ?? [])[0]?.trim() ?? "") &&
        Math.abs((lalu.sel[0]?.length ?? 0) - sel.length) <= 1;
      if (sambungan && lalu) {
        lalu.sel.push(sel);
        kini = lalu;
        sejakTabel = 0;
        return;
      }
      if (lanjutan && lalu) {
        kini = lalu;
        sejakTabel = 0;
        if ((lalu.sel[0]?.length ?? 0) !== sel.length) kini.lanjutan = true;
        return; // repeated header: skip it
      }
      const pakaiKet = ketTerakhir && ketTerakhir.posisi > (lalu?.posisi ?? -1) && posisi - ketTerakhir.posisi <= 4;
      kini = {
        posisi: posisi++,
        halaman,
        baris: i + 1,
        sel: [sel],
        ...(pakaiKet && ketTerakhir
          ? { nomor: ketTerakhir.nomor, ...(ketTerakhir.judul ? { judul: ketTerakhir.judul } : {}) }
          : {}),
      };
      tabel.push(kini);
      sejakTabel = 0;
      return;
    }
    const t = b.trim();
    if (t === "") {
      kini = null;
      return;
    }
    kini = null;
    sejakTabel++;
    const m = KETERANGAN.exec(t);
    if (m?.[2] && t.length < 200) ketTerakhir = { nomor: m[2], ...(m[3] ? { judul: m[3] } : {}), posisi };
    else if (ketTerakhir && ketTerakhir.posisi === posisi - 1 && !ketTerakhir.judul) ketTerakhir.judul = t;
    teks.push({ posisi: posisi++, teks: t, halaman, baris: i + 1 });
  });
  // a text without page breaks has no page numbers
  for (const t of tabel) delete (t as { lanjutan?: boolean }).lanjutan;
  if (halaman === 1) {
    for (const x of [...tabel, ...teks]) delete x.halaman;
  }
  return { tabel, teks };
}
