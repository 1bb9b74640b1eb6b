/**
 * The public portal (issue 15, ADR 0029): server-rendered pages under /p, no sign-in, no script.
 * - /p/{pemda}: the OPDs, with the years that have publications;
 * - /p/{pemda}/{opd}: the years; /p/{pemda}/{opd}/{tahun}: the published items with their tables;
 * - /p/{pemda}/{opd}/{tahun}/berkas/{jenis}: the document frozen at publication;
 * - /p/{pemda}/{opd}/{tahun}/data/{tabel}.csv|json: one open-data table.
 * Only GET handlers are mounted here (HEAD follows GET); any other method under /p answers 405. Unknown or
 * unpublished → the 404 page. English with ?lang=en.
 */
import type { Context } from "hono";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { formatAngka } from "../domain/format/angka";
import { tulisCsv } from "../domain/format/csv";
import type { ZonaWaktu } from "../domain/pengaturan/zona-waktu";
import { NotFoundError } from "../services/errors";
import {
  portalBerkas,
  portalOpd,
  portalPemda,
  portalTabel,
  portalTahun,
  type ItemPortal,
} from "../services/publikasi/portal";
import type { Sel, TabelTerbit } from "../services/publikasi/isi-publikasi";
import { JENIS_PUBLIKASI, type JenisPublikasi } from "../services/publikasi/terbitkan";
import type { AppEnv } from "./env";
import { type Bahasa, esc, halaman, halaman404, label, tautan, teks } from "./portal-teks";

const SEGMEN = /^[a-z0-9][a-z0-9-]{0,99}$/;
const TAHUN = /^\d{4}$/;
/** Rows shown per table on a page (the page stays small on a slow connection); all rows are in CSV/JSON. */
const MAKS_BARIS = 150;
/** Columns whose numeric values are shown in the page's number format. */
const KOLOM_ANGKA = new Set(["anggaran", "ikm", "nrr", "nilai_konversi", "nilai", "bobot", "responden"]);
const CACHE = "public, max-age=300";

export const bahasaDari = (c: Context): Bahasa => (c.req.query("lang") === "en" ? "en" : "id");

function angka(b: Bahasa, v: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(v)) return v;
  const desimal = v.includes(".") ? v.split(".")[1]!.length : 0;
  return formatAngka(v, { desimal, locale: b === "en" ? "en-US" : "id-ID" });
}

/** A date on the Pemda's calendar (its zone from its settings, ADR 0019). */
function tanggal(b: Bahasa, d: Date, zona: ZonaWaktu): string {
  return new Intl.DateTimeFormat(b === "en" ? "en-GB" : "id-ID", {
    dateStyle: "long",
    timeZone: zona,
  }).format(d);
}

function ukuran(b: Bahasa, n: number): string {
  const kb = n / 1024;
  return kb >= 1024 ? `${angka(b, (kb / 1024).toFixed(1))} MB` : `${angka(b, String(Math.max(1, Math.round(kb))))} KB`;
}

function tabelHtml(b: Bahasa, nama: string, t: TabelTerbit, dasar: string): string {
  const baris = t.baris.slice(0, MAKS_BARIS);
  const sel = (k: string, v: Sel) => {
    if (v === null) return `<td>–</td>`;
    const s = String(v);
    return KOLOM_ANGKA.has(k) && /^-?\d/.test(s) ? `<td class="n">${esc(angka(b, s))}</td>` : `<td>${esc(s)}</td>`;
  };
  const info =
    t.baris.length > baris.length
      ? `<p>${esc(teks(b, "ditampilkan"))} ${baris.length} ${esc(teks(b, "dariTotal"))} ${t.baris.length} ${esc(teks(b, "baris"))}; ${esc(teks(b, "selengkapnya"))}.</p>`
      : "";
  return `<h3>${esc(label(b, nama))}</h3>
<p>${esc(teks(b, "dataTerbuka"))}: <a href="${esc(`${dasar}/data/${nama}.csv`)}">CSV</a> · <a href="${esc(`${dasar}/data/${nama}.json`)}">JSON</a> (${t.baris.length} ${esc(teks(b, "baris"))})</p>
<div class="tabel" tabindex="0" role="region" aria-label="${esc(label(b, nama))}"><table><caption>${esc(label(b, nama))}</caption><thead><tr>${t.kolom
    .map((k) => `<th scope="col">${esc(label(b, k))}</th>`)
    .join("")}</tr></thead><tbody>${baris
    .map((r) => `<tr>${t.kolom.map((k, i) => sel(k, r[i] ?? null)).join("")}</tr>`)
    .join("")}</tbody></table></div>${info}`;
}

function itemHtml(b: Bahasa, i: ItemPortal, dasar: string, zona: ZonaWaktu): string {
  const ringkas = i.data.ringkasan.length
    ? `<dl aria-label="${esc(teks(b, "ringkasan"))}">${i.data.ringkasan
        .map((r) => `<dt>${esc(label(b, r.kunci))}</dt><dd>${esc(angka(b, r.nilai))}</dd>`)
        .join("")}</dl>`
    : "";
  const berkas = i.berkas
    ? `<p><a href="${esc(`${dasar}/berkas/${i.jenis}`)}" download>${esc(teks(b, "unduh"))} ${esc(i.berkas.nama)}</a> (${esc(
        i.berkas.jenisMime === "application/pdf" ? "PDF" : i.berkas.jenisMime,
      )}, ${esc(ukuran(b, i.berkas.ukuran))})</p>`
    : "";
  const tabel = Object.entries(i.data.tabel)
    .map(([nama, t]) => tabelHtml(b, nama, t, dasar))
    .join("");
  return `<section aria-labelledby="j-${i.jenis}"><h2 id="j-${i.jenis}">${esc(label(b, i.jenis))}</h2>
<p>${esc(i.judul)}. ${esc(teks(b, "diterbitkan"))} ${esc(tanggal(b, i.diterbitkanPada, zona))}.</p>${ringkas}${berkas}${tabel}</section>`;
}

/** Open data as CSV through the app's one writer (RFC 4180, formula-looking cells neutralised). */
function csv(t: TabelTerbit): string {
  return tulisCsv([t.kolom, ...t.baris]);
}

function tidakDitemukan(c: Context<AppEnv>) {
  return c.html(halaman404(bahasaDari(c), c.req.path), 404, { "cache-control": "no-store" });
}

/** Runs a portal handler; a NotFoundError or a bad segment becomes the 404 page (never the data's reason). */
const portal =
  (f: (c: Context<AppEnv>, b: Bahasa) => Promise<Response>) =>
  async (c: Context<AppEnv>): Promise<Response> => {
    const seg = Object.entries(c.req.param() as Record<string, string>);
    if (seg.some(([k, v]) => (k === "tahun" ? !TAHUN.test(v) : !SEGMEN.test(v.replace(/\.(csv|json)$/, "")))))
      return tidakDitemukan(c);
    try {
      return await f(c, bahasaDari(c));
    } catch (e) {
      if (e instanceof NotFoundError) return tidakDitemukan(c);
      throw e;
    }
  };

export function pasangPortal(app: OpenAPIHono<AppEnv>): void {
  app.get(
    "/p/:pemda",
    portal(async (c, b) => {
      const d = await portalPemda(c.get("ctx"), c.req.param("pemda")!);
      const dasar = `/p/${d.pemda.slug}`;
      const baris = d.opd
        .map(
          (o) =>
            `<tr><td>${o.jumlah ? `<a href="${esc(tautan(b, `${dasar}/${o.slug}`))}">${esc(o.nama)}</a>` : esc(o.nama)}</td><td>${
              o.tahun.length
                ? o.tahun.map((t) => `<a href="${esc(tautan(b, `${dasar}/${o.slug}/${t}`))}">${t}</a>`).join(", ")
                : esc(teks(b, "belumAda"))
            }</td></tr>`,
        )
        .join("");
      return c.html(
        halaman({
          bahasa: b,
          judul: `${teks(b, "portal")} — ${d.pemda.nama}`,
          alamat: dasar,
          kepala: `${teks(b, "portal")} — ${d.pemda.nama}`,
          isi: `<h1>${esc(d.pemda.nama)}</h1><p>${esc(teks(b, "pengantarPemda"))}</p>
<h2>${esc(teks(b, "daftarOpd"))}</h2><div class="tabel" tabindex="0" role="region" aria-label="${esc(teks(b, "daftarOpd"))}"><table><caption>${esc(teks(b, "daftarOpd"))} (${d.opd.length})</caption>
<thead><tr><th scope="col">${esc(teks(b, "opd"))}</th><th scope="col">${esc(teks(b, "tahunTerbit"))}</th></tr></thead><tbody>${baris}</tbody></table></div>`,
        }),
        200,
        { "cache-control": CACHE },
      );
    }),
  );
  app.get(
    "/p/:pemda/:opd",
    portal(async (c, b) => {
      const d = await portalOpd(c.get("ctx"), c.req.param("pemda")!, c.req.param("opd")!);
      const dasar = `/p/${d.pemda.slug}/${d.opd.slug}`;
      return c.html(
        halaman({
          bahasa: b,
          judul: `${d.opd.nama} — ${d.pemda.nama}`,
          alamat: dasar,
          kepala: `${teks(b, "portal")} — ${d.pemda.nama}`,
          remah: [{ teks: d.pemda.nama, href: `/p/${d.pemda.slug}` }, { teks: d.opd.nama }],
          isi: `<h1>${esc(d.opd.nama)}</h1><h2>${esc(teks(b, "tahunTerbit"))}</h2><ul>${d.tahun
            .map(
              (t) =>
                `<li><a href="${esc(tautan(b, `${dasar}/${t.tahun}`))}">${t.tahun}</a>: ${t.jenis.map((j) => esc(label(b, j))).join("; ")}</li>`,
            )
            .join("")}</ul>`,
        }),
        200,
        { "cache-control": CACHE },
      );
    }),
  );
  app.get(
    "/p/:pemda/:opd/:tahun",
    portal(async (c, b) => {
      const d = await portalTahun(
        c.get("ctx"),
        c.req.param("pemda")!,
        c.req.param("opd")!,
        Number(c.req.param("tahun")),
      );
      const dasar = `/p/${d.pemda.slug}/${d.opd.slug}/${d.tahun}`;
      const urut = [...d.item].sort((x, y) => JENIS_PUBLIKASI.indexOf(x.jenis) - JENIS_PUBLIKASI.indexOf(y.jenis));
      return c.html(
        halaman({
          bahasa: b,
          judul: `${d.opd.nama} ${d.tahun} — ${d.pemda.nama}`,
          alamat: dasar,
          kepala: `${teks(b, "portal")} — ${d.pemda.nama}`,
          remah: [
            { teks: d.pemda.nama, href: `/p/${d.pemda.slug}` },
            { teks: d.opd.nama, href: `/p/${d.pemda.slug}/${d.opd.slug}` },
            { teks: String(d.tahun) },
          ],
          isi: `<h1>${esc(d.opd.nama)} — ${esc(teks(b, "tahun"))} ${d.tahun}</h1>${urut.map((i) => itemHtml(b, i, dasar, d.pemda.zonaWaktu)).join("")}`,
        }),
        200,
        { "cache-control": CACHE },
      );
    }),
  );
  app.get(
    "/p/:pemda/:opd/:tahun/berkas/:jenis",
    portal(async (c) => {
      const jenis = c.req.param("jenis")!;
      if (!(JENIS_PUBLIKASI as readonly string[]).includes(jenis)) throw new NotFoundError("Halaman tidak ditemukan");
      const f = await portalBerkas(
        c.get("ctx"),
        c.req.param("pemda")!,
        c.req.param("opd")!,
        Number(c.req.param("tahun")),
        jenis as JenisPublikasi,
      );
      return c.body(new Uint8Array(f.isi), 200, {
        "content-type": f.jenisMime,
        "content-disposition": `attachment; filename="${f.namaBerkas}"`,
        "cache-control": CACHE,
      });
    }),
  );
  app.get(
    "/p/:pemda/:opd/:tahun/data/:berkas",
    portal(async (c) => {
      const m = /^([a-z0-9-]+)\.(csv|json)$/.exec(c.req.param("berkas")!);
      if (!m) throw new NotFoundError("Halaman tidak ditemukan");
      const [, nama, format] = m as unknown as [string, string, "csv" | "json"];
      const pemda = c.req.param("pemda")!;
      const opd = c.req.param("opd")!;
      const tahun = Number(c.req.param("tahun"));
      const t = await portalTabel(c.get("ctx"), pemda, opd, tahun, nama);
      const nb = `${nama}-${opd}-${tahun}.${format}`;
      if (format === "csv")
        return c.body(csv(t), 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `inline; filename="${nb}"`,
          "cache-control": CACHE,
        });
      const baris = t.baris.map((r) => Object.fromEntries(t.kolom.map((k, i) => [k, r[i] ?? null])));
      return c.json(
        { pemda, opd, tahun, tabel: nama, diterbitkanPada: t.diterbitkanPada.toISOString(), kolom: t.kolom, baris },
        200,
        { "cache-control": CACHE },
      );
    }),
  );
  // The portal never writes: every other method under /p is refused before any handler.
  app.on(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"], ["/p", "/p/*"], (c) =>
    c.text("Metode tidak diizinkan: portal publik hanya dapat dibaca (GET).", 405, { allow: "GET, HEAD" }),
  );
}
