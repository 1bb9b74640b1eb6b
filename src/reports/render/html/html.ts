/**
 * HTML preview (one self-contained string for the web UI): A4-like pages per section, charts as inline SVG, numbered
 * captions, the generated lists, missing data highlighted, and every generated paragraph marked with its key and
 * status (an edited paragraph whose numbers changed carries a visible warning).
 */
import type { Blok, Dokumen, Gambar, Inline, Sel, Tabel } from "../../model/dokumen";
import { labelKeterangan, type Penomoran, nomoriDokumen, teksHilang, teksRujukan } from "../../model/penomoran";
import { GAYA_HTML } from "./gaya-html";

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function inline(isi: readonly Inline[], p: Penomoran): string {
  return isi
    .map((x) => {
      if (typeof x === "string") return esc(x).replace(/\n/g, "<br>");
      if (x.t === "tebal") return `<strong>${esc(x.teks)}</strong>`;
      if (x.t === "miring") return `<em>${esc(x.teks)}</em>`;
      if (x.t === "hilang") return `<mark class="hilang">${esc(teksHilang(x.teks))}</mark>`;
      return p.entri.has(x.ke) ? `<a href="#${esc(x.ke)}">${esc(teksRujukan(p, x.ke))}</a>` : esc(teksRujukan(p, x.ke));
    })
    .join("");
}

function attrNarasi(n: { kunci: string; status: string } | undefined): string {
  return n ? ` data-narasi="${esc(n.kunci)}" data-status="${n.status}"` : "";
}

function badge(n: { status: string } | undefined): string {
  if (!n || n.status === "dihasilkan") return "";
  return n.status === "disunting-basi"
    ? `<span class="lencana basi">angka berubah sejak disunting</span>`
    : `<span class="lencana">disunting</span>`;
}

function sel(c: Sel, p: Penomoran, tag: "th" | "td"): string {
  const a = [
    c.rentangKolom && c.rentangKolom > 1 ? ` colspan="${c.rentangKolom}"` : "",
    c.rentangBaris && c.rentangBaris > 1 ? ` rowspan="${c.rentangBaris}"` : "",
  ].join("");
  const cls = [c.rata ? `r-${c.rata}` : "", c.tebal ? "tebal" : ""].filter(Boolean).join(" ");
  return `<${tag}${a}${cls ? ` class="${cls}"` : ""}>${inline(c.isi, p)}</${tag}>`;
}

function tabel(b: Tabel, p: Penomoran): string {
  const label = labelKeterangan(p, b.id);
  const cap = b.judul && !b.tanpaGaris ? `<caption>${label ? `${esc(label)} ` : ""}${esc(b.judul)}</caption>` : "";
  const cols = `<colgroup>${b.lebarKolom.map((w) => `<col style="width:${((w / b.lebarKolom.reduce((x, y) => x + y, 0)) * 100).toFixed(2)}%">`).join("")}</colgroup>`;
  const head = b.kepala.length
    ? `<thead>${b.kepala.map((r) => `<tr>${r.map((c) => sel(c, p, "th")).join("")}</tr>`).join("")}</thead>`
    : "";
  const body = `<tbody>${b.badan.map((r) => `<tr>${r.map((c) => sel(c, p, "td")).join("")}</tr>`).join("")}</tbody>`;
  const cls = ["tabel", b.kecil ? "kecil" : "", b.tanpaGaris ? "polos" : ""].filter(Boolean).join(" ");
  const sumber = b.sumber ? `<p class="sumber">Sumber: ${esc(b.sumber)}</p>` : "";
  return `<table id="${esc(b.id)}" class="${cls}">${cap}${cols}${head}${body}</table>${sumber}`;
}

function gambar(b: Gambar, p: Penomoran, svg: (g: Gambar["grafik"]) => string): string {
  const label = labelKeterangan(p, b.id);
  return `<figure id="${esc(b.id)}"><div class="grafik">${svg(b.grafik)}</div><figcaption>${label ? `${esc(label)} ` : ""}${esc(b.judul)}</figcaption></figure>`;
}

function daftarEntri(list: Penomoran["tabel"]): string {
  return `<ol class="daftar-otomatis">${list.map((e) => `<li><a href="#${esc(e.id)}">${esc(`${e.jenis} ${e.nomor}`)}</a> ${esc(e.judul)}</li>`).join("")}</ol>`;
}

function blok(b: Blok, p: Penomoran, svg: (g: Gambar["grafik"]) => string): string {
  switch (b.jenis) {
    case "judul":
      return `<h${b.tingkat} id="${esc(b.id)}"${b.halamanBaru ? ' class="baru"' : ""}>${esc(b.teks)}</h${b.tingkat}>`;
    case "paragraf": {
      const cls = [b.rata ? `r-${b.rata}` : "", b.gaya ?? "", b.inden ? "inden" : ""].filter(Boolean).join(" ");
      return `<p class="${cls}"${attrNarasi(b.narasi)}>${inline(b.isi, p)}${badge(b.narasi)}</p>`;
    }
    case "daftar":
      return `<ul class="butir">${b.butir.map((x) => `<li class="t${x.tingkat ?? 0}"${attrNarasi(x.narasi)}><span class="label">${esc(x.label)}</span><span>${inline(x.isi, p)}${badge(x.narasi)}</span></li>`).join("")}</ul>`;
    case "tabel":
      return tabel(b, p);
    case "gambar":
      return gambar(b, p, svg);
    case "tanda-tangan":
      return `<div class="ttd ttd-${b.kolom.length}"><p class="tanggal ${b.posisiTanggal}">${inline(b.tempatTanggal, p)}</p><div class="kolom">${b.kolom
        .map(
          (c) =>
            `<div>${c.sebutan ? `<p>${esc(c.sebutan)}</p>` : ""}${c.jabatan.map((j) => `<p class="tebal">${esc(j) || "&nbsp;"}</p>`).join("")}<p class="ruang"></p><p class="nama">${inline(c.nama, p)}</p>${c.pangkat ? `<p>${esc(c.pangkat)}</p>` : ""}${c.nip ? `<p>${inline(c.nip, p)}</p>` : ""}</div>`,
        )
        .join("")}</div></div>`;
    case "daftar-isi":
      return `<ul class="daftar-isi">${p.judul.map((j) => `<li class="t${j.tingkat}"><a href="#${esc(j.id)}">${esc(j.teks)}</a></li>`).join("")}</ul>`;
    case "daftar-tabel":
      return daftarEntri(p.tabel);
    case "daftar-gambar":
      return daftarEntri(p.gambar);
    case "halaman-baru":
      return `<hr class="halaman">`;
    case "spasi":
      return `<div style="height:${b.baris * 1.4}em"></div>`;
    case "logo":
      return `<p style="text-align:center"><img alt="Logo Pemda" style="height:${b.tinggiCm}cm" src="data:${b.mime};base64,${Buffer.from(b.data).toString("base64")}"></p>`;
  }
}

/** The document as one HTML page (UTF-8, inline CSS and SVG). */
export function dokumenHtml(dok: Dokumen, svg: (g: Gambar["grafik"]) => string): string {
  const p = nomoriDokumen(dok);
  const halaman = dok.bagian
    .map(
      (b) =>
        `<section class="halaman ${b.orientasi}" data-bagian="${esc(b.id)}">${b.blok.map((x) => blok(x, p, svg)).join("\n")}</section>`,
    )
    .join("\n");
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(dok.judul)}</title><style>${GAYA_HTML}</style></head><body><main class="laporan">${halaman}</main></body></html>`;
}
