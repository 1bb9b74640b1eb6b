/**
 * Typst markup pieces: every text goes in as a string literal (#"…"), so no character of the data can be read as
 * markup. Inline references become links to the numbered table/figure.
 */
import type { Inline } from "../../model/dokumen";
import { type Penomoran, teksHilang, teksRujukan } from "../../model/penomoran";

/** A Typst string literal. */
export function str(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n").replace(/\t/g, " ")}"`;
}

/** Text in markup mode. */
export function teks(s: string): string {
  return s === "" ? "" : `#${str(s)}`;
}

export function inline(isi: readonly Inline[], p: Penomoran): string {
  return isi
    .map((x) => {
      if (typeof x === "string") return teks(x);
      switch (x.t) {
        case "tebal":
          return `#strong(${str(x.teks)})`;
        case "miring":
          return `#emph(${str(x.teks)})`;
        case "ref":
          return p.entri.has(x.ke) ? `#link(<${x.ke}>)[${teks(teksRujukan(p, x.ke))}]` : teks(teksRujukan(p, x.ke));
        case "hilang":
          return `#hilang(${str(teksHilang(x.teks))})`;
      }
    })
    .join("");
}
