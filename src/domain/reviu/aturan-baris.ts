/**
 * Two checks on a table's printed grid (issue 14), independent of what the table is about:
 * - a data row whose last three or more figures repeat another row's exactly, under a different label (a copy
 *   error the totals cannot show when the copy replaced a row with the same sum; LKjIP 2023 Kecamatan Sei Balai,
 *   Bab I Tabel 1.2, row 11 "Perjuangan" repeats row 2 "Kwala Sikasim": L 1.447, P 1.653, L+P 3.100);
 * - a header label that is a bare number differing from the column-numbering row under it ("(1) (2) … (7)"), i.e. a
 *   column whose name was lost (Bab III Tabel 3.7: header "9" above "(4)").
 * Both are warnings (peringatan): the figures may be true, but a reviewer must look.
 */
import { bacaAngka } from "./angka";
import type { TabelDokumen, Temuan } from "./jenis";

const MIN_ULANG = 3;

function namaTabel(t: TabelDokumen, urutan: number): string {
  return t.nomor ? `Tabel ${t.nomor}` : `tabel ke-${urutan}`;
}

function lokasi(t: TabelDokumen, urutan: number, barisTabel?: string): Temuan["lokasi"] {
  return {
    ...(t.halaman !== undefined ? { halaman: t.halaman } : {}),
    ...(t.baris !== undefined ? { baris: t.baris } : {}),
    tabel: namaTabel(t, urutan),
    ...(barisTabel ? { barisTabel } : {}),
  };
}

/** A row's trailing figures as printed (the longest run of number cells at the end, empty cells skipped). */
function ekorAngka(sel: string[]): string[] {
  const isi = sel.map((s) => s.trim()).filter((s) => s !== "");
  const ekor: string[] = [];
  for (let i = isi.length - 1; i >= 0; i--) {
    const a = bacaAngka(isi[i] ?? "");
    if (!a || a.strip) break;
    ekor.unshift(isi[i]!);
  }
  return ekor;
}

export function periksaBarisBerulang(t: TabelDokumen, urutan: number): Temuan[] {
  const data = t.sel
    .map((sel) => ({ sel, nomor: (sel[0] ?? "").trim() }))
    .filter((r) => /^\d{1,3}\.?$/.test(r.nomor))
    .map((r) => {
      const ekor = ekorAngka(r.sel);
      const label = r.sel.slice(1).find((s) => s.trim() !== "" && !bacaAngka(s)) ?? "";
      return { ...r, ekor, label: label.trim() };
    })
    // only figures that can hardly repeat by chance: at least three digits each
    .filter((r) => r.ekor.length >= MIN_ULANG && r.label !== "");
  const temuan: Temuan[] = [];
  data.forEach((b, i) => {
    for (const a of data.slice(0, i)) {
      const n = Math.min(a.ekor.length, b.ekor.length);
      let sama = 0;
      while (sama < n && a.ekor[a.ekor.length - 1 - sama] === b.ekor[b.ekor.length - 1 - sama]) sama++;
      const ulang = b.ekor.slice(b.ekor.length - sama);
      if (sama < MIN_ULANG || a.label === b.label || !ulang.every((x) => x.replace(/\D/g, "").length >= 3)) continue;
      temuan.push({
        keparahan: "peringatan",
        aturan: "baris-berulang",
        pesan: `${namaTabel(t, urutan)} baris ${b.nomor.replace(/\.$/, "")} (${b.label}) mengulang ${sama} angka terakhir baris ${a.nomor.replace(/\.$/, "")} (${a.label}) persis: ${ulang.join(" | ")}`,
        lokasi: lokasi(t, urutan, `baris ${b.nomor.replace(/\.$/, "")} (${b.label})`),
        tertulis: ulang.join(" | "),
        seharusnya: `angka ${b.label} sendiri (bukan salinan baris ${a.nomor.replace(/\.$/, "")})`,
        sumber: "konsistensi tabel (baris tersalin dari baris lain)",
      });
      break;
    }
  });
  return temuan;
}

export function periksaKepalaNomor(t: TabelDokumen, urutan: number): Temuan[] {
  const iNomor = t.sel.findIndex((r) => {
    const isi = r.map((s) => s.trim()).filter((s) => s !== "");
    return isi.length >= 3 && isi.every((s, j) => s === `(${j + 1})` || s === String(j + 1));
  });
  if (iNomor <= 0) return [];
  const nomor = t.sel[iNomor]!.map((s) => s.trim());
  const temuan: Temuan[] = [];
  nomor.forEach((no, j) => {
    if (!no) return;
    // the header label of this column: the nearest non-empty cell above the numbering row
    let label = "";
    for (let r = iNomor - 1; r >= 0 && !label; r--) label = (t.sel[r]?.[j] ?? "").trim();
    const angkaKolom = no.replace(/[()]/g, "");
    if (/^\d{1,2}$/.test(label) && label !== angkaKolom) {
      temuan.push({
        keparahan: "peringatan",
        aturan: "kepala-kolom",
        pesan: `${namaTabel(t, urutan)}: kepala kolom ${no} tertulis "${label}" (angka, bukan nama kolom; penomoran kolom di bawahnya ${no})`,
        lokasi: lokasi(t, urutan, `kepala kolom ${no}`),
        tertulis: label,
        seharusnya: `nama kolom ${no}`,
        sumber: "penomoran dan judul kolom tabel",
      });
    }
  });
  return temuan;
}
