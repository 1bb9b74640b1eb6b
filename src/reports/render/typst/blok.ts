/**
 * Typst layout of the document blocks: headings, paragraphs, lists, tables (repeated header rows, spans, numbered
 * captions above), charts (SVG, caption below), signature blocks.
 */
import type {
  Blok,
  BlokTandaTangan,
  Daftar,
  Gambar,
  Judul,
  Paragraf,
  Sel,
  TandaTangan,
  Tabel,
} from "../../model/dokumen";
import type { Penomoran } from "../../model/penomoran";
import { inline, str, teks } from "./teks";

export interface KonteksTypst {
  p: Penomoran;
  /** Chart SVGs to map into the compiler: path → content. */
  aset: Map<string, string | Uint8Array>;
  grafikSvg: (g: Gambar["grafik"]) => string;
}

function judul(b: Judul): string {
  const br = b.halamanBaru ? "#pagebreak(weak: true)\n" : "";
  return `${br}#heading(level: ${b.tingkat}, outlined: ${b.daftarIsi})[${teks(b.teks)}] <${b.id}>\n`;
}

function paragraf(b: Paragraf, k: KonteksTypst): string {
  let isi = inline(b.isi, k.p);
  if (b.gaya === "judul-sampul") isi = `#text(size: 20pt, weight: "bold")[${isi}]`;
  else if (b.gaya === "subjudul-sampul") isi = `#text(size: 14pt, weight: "bold")[${isi}]`;
  else if (b.gaya === "tebal") isi = `#strong[${isi}]`;
  else if (b.gaya === "kecil") isi = `#text(size: 10pt)[${isi}]`;
  const justify = b.rata === "rata" || b.rata === undefined;
  const leading = b.rapat ? ", leading: 0.65em" : "";
  const par = `par(justify: ${justify}${leading}, first-line-indent: ${b.inden ? "(amount: 1.25cm, all: true)" : "0pt"})[${isi}]`;
  const rata = b.rata === "tengah" ? "center" : b.rata === "kanan" ? "right" : null;
  return `${rata ? `#align(${rata}, ${par})` : `#${par}`}\n`;
}

function daftar(b: Daftar, k: KonteksTypst): string {
  const rows = b.butir.map((x) => {
    const ind = (x.tingkat ?? 0) * 1.4;
    return `grid.cell(inset: (left: ${ind}em))[${teks(x.label)}], par(justify: true, first-line-indent: 0pt)[${inline(x.isi, k.p)}]`;
  });
  return `#pad(left: 0.6cm, grid(columns: (auto, 1fr), column-gutter: 0.6em, row-gutter: 0.9em, ${rows.join(", ")}))\n`;
}

function sel(c: Sel, k: KonteksTypst, kepala: boolean): string {
  const args: string[] = [];
  if (c.rentangKolom && c.rentangKolom > 1) args.push(`colspan: ${c.rentangKolom}`);
  if (c.rentangBaris && c.rentangBaris > 1) args.push(`rowspan: ${c.rentangBaris}`);
  const align = c.rata === "tengah" ? "center" : c.rata === "kanan" ? "right" : kepala ? "center" : "left";
  args.push(`align: ${align} + horizon`);
  if (kepala) args.push(`fill: rgb("#e7edf5")`);
  const isi = inline(c.isi, k.p);
  return `table.cell(${args.join(", ")})[${c.tebal || kepala ? `#strong[${isi}]` : isi}]`;
}

function tabel(b: Tabel, k: KonteksTypst): string {
  const cols = b.lebarKolom.map((w) => `${w}fr`).join(", ");
  const kepala =
    b.kepala.length > 0 ? `table.header(${b.kepala.flatMap((r) => r.map((c) => sel(c, k, true))).join(", ")}),` : "";
  const badan = b.badan.flatMap((r) => r.map((c) => sel(c, k, false))).join(", ");
  const stroke = b.tanpaGaris ? "none" : "0.5pt";
  const inset = b.tanpaGaris ? "(x: 2pt, y: 3pt)" : b.kecil ? "4pt" : "5pt";
  const ukuran = b.tanpaGaris ? "12pt" : b.kecil ? "9pt" : "10.5pt";
  const t = `[\n#set text(size: ${ukuran})\n#set par(justify: false, first-line-indent: 0pt, leading: 0.5em)\n#table(columns: (${cols}), stroke: ${stroke}, inset: ${inset}, ${kepala} ${badan})\n]`;
  const sumber = b.sumber
    ? `#par(first-line-indent: 0pt)[#text(size: 9pt)[#emph(${str(`Sumber: ${b.sumber}`)})]]\n`
    : "";
  const e = k.p.entri.get(b.id);
  if (e) {
    // Short tables stay on one page with their caption; long ones may break (the header row repeats).
    const pecah = b.badan.length > 12 ? `#show figure: set block(breakable: true)\n` : "";
    return `#[\n${pecah}#figure(kind: table, supplement: [Tabel], numbering: _ => ${str(e.nomor)}, caption: figure.caption(position: top)[${teks(b.judul)}], ${t}) <${b.id}>\n]\n${sumber}`;
  }
  const head = b.judul && !b.tanpaGaris ? `#align(center)[#strong(${str(b.judul)})]\n` : "";
  return `${head}#${t}\n${sumber}`;
}

function gambar(b: Gambar, k: KonteksTypst): string {
  const path = `/grafik/${b.id}.svg`;
  k.aset.set(path, k.grafikSvg(b.grafik));
  const e = k.p.entri.get(b.id);
  const num = e ? `numbering: _ => ${str(e.nomor)}, ` : "numbering: none, ";
  const sumber = b.sumber ? `#align(center)[#text(size: 9pt)[#emph(${str(`Sumber: ${b.sumber}`)})]]\n` : "";
  return `#figure(kind: image, supplement: [Gambar], ${num}caption: [${teks(b.judul)}], image(${str(path)}, width: 92%)) <${b.id}>\n${sumber}`;
}

function blokTtd(b: BlokTandaTangan, k: KonteksTypst): string {
  const baris: string[] = [];
  if (b.sebutan) baris.push(teks(b.sebutan));
  for (const j of b.jabatan) baris.push(j ? `#strong(${str(j)})` : "#h(0pt)");
  baris.push("#v(2.2cm)");
  const panjang = b.nama.map((x) => (typeof x === "string" ? x : "teks" in x ? x.teks : "")).join("").length;
  baris.push(`#text(size: ${panjang > 28 ? 10 : 11}pt)[#underline[${inline(b.nama, k.p)}]]`);
  if (b.pangkat) baris.push(teks(b.pangkat));
  if (b.nip) baris.push(inline(b.nip, k.p));
  return `align(center, text(size: 11pt, par(first-line-indent: 0pt, justify: false, leading: 0.45em)[${baris.join(" \\ ")}]))`;
}

function tandaTangan(b: TandaTangan, k: KonteksTypst): string {
  const tgl = inline(b.tempatTanggal, k.p);
  if (b.kolom.length === 1) {
    return `#block(breakable: false, above: 1.5em, grid(columns: (0.7fr, 1.3fr), [], [#align(center, par(first-line-indent: 0pt)[${tgl}]) #v(0.3em) #${blokTtd(b.kolom[0]!, k)}]))\n`;
  }
  const kol = b.kolom.map((c) => `[#${blokTtd(c, k)}]`).join(", ");
  return `#block(breakable: false, above: 1.5em)[#align(center, par(first-line-indent: 0pt)[${tgl}]) #v(0.4em) #grid(columns: (${b.kolom.map(() => "1fr").join(", ")}), column-gutter: 0.4cm, ${kol})]\n`;
}

export function blokTypst(b: Blok, k: KonteksTypst): string {
  switch (b.jenis) {
    case "judul":
      return judul(b);
    case "paragraf":
      return paragraf(b, k);
    case "daftar":
      return daftar(b, k);
    case "tabel":
      return tabel(b, k);
    case "gambar":
      return gambar(b, k);
    case "tanda-tangan":
      return tandaTangan(b, k);
    case "daftar-isi":
      return `#outline(title: none, depth: 4, indent: 1.2em)\n`;
    case "daftar-tabel":
      return k.p.tabel.length
        ? `#outline(title: none, target: figure.where(kind: table))\n`
        : `${teks("(tidak ada tabel bernomor)")}\n`;
    case "daftar-gambar":
      return k.p.gambar.length
        ? `#outline(title: none, target: figure.where(kind: image))\n`
        : `${teks("(tidak ada gambar)")}\n`;
    case "halaman-baru":
      return "#pagebreak(weak: true)\n";
    case "spasi":
      return `#v(${b.baris * 1.2}em)\n`;
    case "logo": {
      const path = `/sampul/${b.nama ?? "logo"}.${b.mime === "image/png" ? "png" : "jpg"}`;
      k.aset.set(path, b.data);
      return `#align(center, image(${str(path)}, height: ${b.tinggiCm}cm))\n`;
    }
  }
}
