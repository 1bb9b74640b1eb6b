/**
 * Numbers as printed in Indonesian reports: "1.234,56", "Rp 3.135.926.319,00", "94,71%", "100.27%" (a decimal point
 * typed by mistake), "1.619,9 Ha", "BB (75,00)", "75,00 (BB)", "-" (nil). Returns the value, the number of decimals
 * printed (for the rounding tolerance) and what surrounded it.
 */
import { type Dec, dec } from "../shared/decimal";

export interface AngkaCetak {
  nilai: Dec;
  /** Decimals as printed (0 for "3.135.926.319"). */
  desimal: number;
  persen: boolean;
  /** Predikat letters written with the number: "BB (75,00)" → "BB". */
  huruf?: string;
  /** The cell was "-" or "- Ha": nil, counts as 0 in a sum. */
  strip: boolean;
}

const SATUAN = /\s*(ha|jiwa|kk|orang|unit|paket|dokumen|laporan|desa|dusun|km2?|m2|poin|nilai)\.?$/i;

/** Normalises one number without unit; null when it is not a number. */
function angkaMurni(raw: string): { nilai: Dec; desimal: number } | null {
  const s = raw.replace(/\s+/g, "");
  if (!/^[-−]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const negatif = /^[-−]/.test(s);
  const t = s.replace(/^[-−]/, "");
  let bulat: string;
  let pecahan = "";
  const titik = (t.match(/\./g) ?? []).length;
  const koma = (t.match(/,/g) ?? []).length;
  if (titik && koma) {
    const desimalKoma = t.lastIndexOf(",") > t.lastIndexOf(".");
    const [pemisahRibu, pemisahDesimal] = desimalKoma ? [".", ","] : [",", "."];
    if ((t.match(new RegExp(`\\${pemisahDesimal}`, "g")) ?? []).length > 1) return null;
    const [a, b = ""] = t.split(pemisahDesimal);
    if (!new RegExp(`^\\d{1,3}(\\${pemisahRibu}\\d{3})*$`).test(a ?? "")) return null;
    bulat = (a ?? "").split(pemisahRibu).join("");
    pecahan = b;
  } else if (koma) {
    if (koma > 1) {
      if (!/^\d{1,3}(,\d{3})+$/.test(t)) return null;
      bulat = t.replace(/,/g, "");
    } else [bulat = "", pecahan = ""] = t.split(",");
  } else if (titik) {
    // id-ID groups thousands with '.': "3.727", "2.650.313.819"; a single '.' not followed by exactly 3 digits is a
    // decimal point typed by mistake ("100.27").
    if (/^\d{1,3}(\.\d{3})+$/.test(t)) bulat = t.replace(/\./g, "");
    else if (titik === 1) [bulat = "", pecahan = ""] = t.split(".");
    else return null;
  } else bulat = t;
  if (!/^\d+$/.test(bulat) || !/^\d*$/.test(pecahan)) return null;
  const nilai = dec(`${negatif ? "-" : ""}${bulat}${pecahan ? `.${pecahan}` : ""}`);
  return { nilai, desimal: pecahan.length };
}

/** Reads a printed cell as a number; null when the cell is not one number (text, a range "88,31 - 100", empty). */
export function bacaAngka(teks: string | undefined): AngkaCetak | null {
  if (teks === undefined) return null;
  let s = teks.replace(/\u00a0/g, " ").trim();
  if (s === "") return null;
  let huruf: string | undefined;
  const hurufDepan = /^([A-E]{1,2}[+-]?)\s*\(\s*([^()]+)\s*\)$/.exec(s);
  const hurufBelakang = /^([^()]+?)\s*\(\s*([A-E]{1,2}[+-]?)\s*\)$/.exec(s);
  if (hurufDepan) [, huruf, s] = hurufDepan as unknown as [string, string, string];
  else if (hurufBelakang) [, s, huruf] = hurufBelakang as unknown as [string, string, string];
  s = s.replace(/^Rp\.?\s*/i, "").trim();
  let persen = false;
  if (/%$/.test(s)) {
    persen = true;
    s = s.replace(/\s*%$/, "");
  }
  s = s.replace(SATUAN, "").trim();
  if (/^[-–—]$/.test(s)) return { nilai: dec(0), desimal: 0, persen, huruf, strip: true };
  // "15. 342": a space typed inside a number
  if (/^\d{1,3}\.\s\d{3}$/.test(s)) s = s.replace(/\s/g, "");
  const a = angkaMurni(s);
  if (!a) return null;
  return { ...a, persen, huruf, strip: false };
}

/**
 * Half a unit of the last printed decimal: the rounding error a printed input may carry. A whole number printed
 * without decimals (Rupiah, a count) is taken as exact; a derived value (a total, a percentage) is judged with
 * `setengahSatuanHasil`, which allows its own rounding even when whole.
 */
export function setengahSatuan(a: AngkaCetak): Dec {
  return a.strip || a.desimal === 0 ? dec(0) : dec(10).pow(-a.desimal).div(2);
}

/** Half a unit of the last printed decimal of a derived value (0,5 for a whole number). */
export function setengahSatuanHasil(a: AngkaCetak): Dec {
  return a.strip ? dec(0) : dec(10).pow(-a.desimal).div(2);
}

/** id-ID display with the given decimals: 1234.5 → "1.234,50". */
export function formatAngka(nilai: Dec, desimal: number): string {
  const [bulat = "0", pecahan] = nilai.toFixed(desimal).split(".");
  const negatif = bulat.startsWith("-");
  const digit = negatif ? bulat.slice(1) : bulat;
  const ribuan = digit.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negatif ? "-" : ""}${ribuan}${pecahan ? `,${pecahan}` : ""}`;
}
