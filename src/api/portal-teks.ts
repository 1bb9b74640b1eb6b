/**
 * Texts, layout and escaping of the public portal and of the server's 404 page (issue 15, ADR 0029): one small
 * server-rendered HTML page, inline CSS, no script; Indonesian by default, English with ?lang=en.
 */
export type Bahasa = "id" | "en";

const TEKS = {
  id: {
    lewati: "Langsung ke isi",
    portal: "Portal SAKIP",
    remah: "Lokasi halaman",
    bahasa: "Bahasa",
    opd: "Perangkat daerah",
    tahunTerbit: "Tahun dengan publikasi",
    belumAda: "belum ada publikasi",
    daftarOpd: "Daftar perangkat daerah",
    pengantarPemda:
      "Dokumen akuntabilitas kinerja yang diterbitkan oleh perangkat daerah: Renstra, Perjanjian Kinerja, LKjIP, hasil survei kepuasan masyarakat dan nilai AKIP.",
    tahun: "Tahun",
    isi: "Isi publikasi",
    diterbitkan: "Diterbitkan",
    unduh: "Unduh",
    dataTerbuka: "Data terbuka",
    baris: "baris",
    ditampilkan: "Ditampilkan",
    dariTotal: "dari",
    selengkapnya: "selengkapnya dalam CSV/JSON",
    tidakDitemukan: "Halaman tidak ditemukan",
    teks404:
      "Alamat yang Anda buka tidak ada atau belum diterbitkan. Periksa kembali alamatnya, atau kembali ke halaman awal.",
    beranda: "Halaman awal",
    kaki: "Data yang tampil adalah salinan saat diterbitkan oleh perangkat daerah.",
    ringkasan: "Ringkasan",
  },
  en: {
    lewati: "Skip to content",
    portal: "SAKIP Portal",
    remah: "Breadcrumb",
    bahasa: "Language",
    opd: "Agency",
    tahunTerbit: "Years with publications",
    belumAda: "nothing published yet",
    daftarOpd: "Agencies",
    pengantarPemda:
      "Performance accountability documents published by the local government's agencies: strategic plans, performance agreements, performance reports (LKjIP), public satisfaction survey results and AKIP scores.",
    tahun: "Year",
    isi: "Published items",
    diterbitkan: "Published",
    unduh: "Download",
    dataTerbuka: "Open data",
    baris: "rows",
    ditampilkan: "Showing",
    dariTotal: "of",
    selengkapnya: "all rows in CSV/JSON",
    tidakDitemukan: "Page not found",
    teks404:
      "The address you opened does not exist or has not been published. Check the address, or go to the home page.",
    beranda: "Home page",
    kaki: "The data shown is the copy made when the agency published it.",
    ringkasan: "Summary",
  },
} as const;

export type KunciTeks = keyof (typeof TEKS)["id"];
export const teks = (b: Bahasa, k: KunciTeks): string => TEKS[b][k];

/** Labels of published kinds, table names, column keys and summary keys. */
const LABEL: Record<string, { id: string; en: string }> = {
  renstra: { id: "Renstra: indikator dan target", en: "Strategic plan: indicators and targets" },
  pk: { id: "Perjanjian Kinerja", en: "Performance agreements" },
  lkjip: { id: "Laporan Kinerja (LKjIP)", en: "Performance report (LKjIP)" },
  skm: {
    id: "Hasil survei kepuasan masyarakat dan rencana tindak lanjut",
    en: "Public satisfaction survey and follow-up",
  },
  akip: { id: "Nilai dan predikat AKIP", en: "AKIP score and grade" },
  "renstra-indikator": { id: "Indikator dan target Renstra", en: "Strategic plan indicators and targets" },
  "pk-kinerja": { id: "Sasaran, indikator dan target PK", en: "Agreement objectives, indicators and targets" },
  "pk-anggaran": { id: "Anggaran PK", en: "Agreement budget" },
  "skm-ikm": { id: "Indeks Kepuasan Masyarakat per layanan", en: "Satisfaction index per service" },
  "skm-unsur": { id: "Nilai per unsur pelayanan", en: "Score per service element" },
  "skm-rtl": { id: "Rencana tindak lanjut", en: "Follow-up plan" },
  "akip-komponen": { id: "Nilai per komponen AKIP", en: "AKIP score per component" },
  tujuan: { id: "Tujuan", en: "Goal" },
  sasaran: { id: "Sasaran", en: "Objective" },
  kode_indikator: { id: "Kode", en: "Code" },
  indikator: { id: "Indikator", en: "Indicator" },
  satuan: { id: "Satuan", en: "Unit" },
  iku: { id: "IKU", en: "Key indicator" },
  tahun: { id: "Tahun", en: "Year" },
  target: { id: "Target", en: "Target" },
  jenis: { id: "Jenis", en: "Version" },
  pihak_pertama: { id: "Pihak pertama", en: "Official" },
  nomor: { id: "No.", en: "No." },
  uraian: { id: "Uraian", en: "Item" },
  anggaran: { id: "Anggaran (Rp)", en: "Budget (IDR)" },
  keterangan: { id: "Keterangan", en: "Note" },
  periode: { id: "Periode", en: "Period" },
  kode_layanan: { id: "Kode layanan", en: "Service code" },
  layanan: { id: "Layanan", en: "Service" },
  responden: { id: "Responden", en: "Respondents" },
  ikm: { id: "IKM", en: "Satisfaction index" },
  mutu: { id: "Mutu pelayanan", en: "Service grade" },
  kinerja: { id: "Kinerja unit", en: "Unit performance" },
  unsur: { id: "Unsur", en: "Element" },
  nama_unsur: { id: "Nama unsur", en: "Element name" },
  nrr: { id: "NRR", en: "Mean score" },
  nilai_konversi: { id: "Nilai konversi", en: "Converted score" },
  rencana_tindak_lanjut: { id: "Rencana tindak lanjut", en: "Follow-up" },
  penanggung_jawab: { id: "Penanggung jawab", en: "Responsible" },
  tenggat: { id: "Tenggat", en: "Due date" },
  status: { id: "Status", en: "Status" },
  komponen: { id: "Komponen", en: "Component" },
  bobot: { id: "Bobot", en: "Weight" },
  nilai: { id: "Nilai", en: "Score" },
  nilai_akip: { id: "Nilai AKIP", en: "AKIP score" },
  predikat: { id: "Predikat", en: "Grade" },
  jumlah_pk: { id: "Jumlah PK", en: "Agreements" },
};

export const label = (b: Bahasa, k: string): string => LABEL[k]?.[b] ?? k;

export function esc(s: unknown): string {
  return String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Colours: text #1b1b1b and links #0a4f8a on white, white on #0b3a63 (all above 7:1). */
const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff}
a{color:#0a4f8a}a:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.lewati{position:absolute;left:-999px}.lewati:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:1}
header{background:#0b3a63;color:#fff;padding:12px 16px;display:flex;flex-wrap:wrap;justify-content:space-between;gap:8px}
header a{color:#fff}header p{margin:0;font-weight:600}header ul{list-style:none;margin:0;padding:0;display:flex;gap:12px}
nav.remah ol{list-style:none;margin:0;padding:8px 16px;display:flex;flex-wrap:wrap;gap:4px;background:#eef2f6}
nav.remah li+li:before{content:"/";margin-right:4px;color:#4a4a4a}
main{padding:8px 16px 24px;max-width:1100px}h1{font-size:1.6rem;margin:.6em 0}h2{font-size:1.3rem;margin:1.4em 0 .4em}h3{font-size:1.05rem}
.tabel{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:4px 0}th,td{border:1px solid #8a8a8a;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef2f6}td.n{text-align:right;white-space:nowrap}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{font-weight:600}dd{margin:0}
footer{border-top:1px solid #8a8a8a;padding:12px 16px;font-size:.9rem;color:#3d3d3d}`;

export interface Remah {
  teks: string;
  href?: string;
}

/** Adds ?lang=en to a portal address when the page is in English. */
export const tautan = (b: Bahasa, href: string): string => (b === "en" ? `${href}?lang=en` : href);

export function halaman(o: {
  bahasa: Bahasa;
  judul: string;
  /** The page's own address (for the language switch). */
  alamat: string;
  kepala?: string;
  remah?: Remah[];
  isi: string;
  /** The portal's footer note (not on the 404 page of the app). */
  kaki?: boolean;
}): string {
  const b = o.bahasa;
  const remah = o.remah?.length
    ? `<nav class="remah" aria-label="${esc(teks(b, "remah"))}"><ol>${o.remah
        .map((r, i) =>
          r.href && i < o.remah!.length - 1
            ? `<li><a href="${esc(tautan(b, r.href))}">${esc(r.teks)}</a></li>`
            : `<li><span aria-current="page">${esc(r.teks)}</span></li>`,
        )
        .join("")}</ol></nav>`
    : "";
  const bahasa = `<nav aria-label="${esc(teks(b, "bahasa"))}"><ul><li>${
    b === "id"
      ? `<span aria-current="true">Indonesia</span>`
      : `<a href="${esc(o.alamat)}" lang="id" hreflang="id">Indonesia</a>`
  }</li><li>${
    b === "en"
      ? `<span aria-current="true">English</span>`
      : `<a href="${esc(o.alamat)}?lang=en" lang="en" hreflang="en">English</a>`
  }</li></ul></nav>`;
  return `<!doctype html>
<html lang="${b}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(o.judul)}</title><style>${CSS}</style></head>
<body><a class="lewati" href="#isi">${esc(teks(b, "lewati"))}</a>
<header><p>${esc(o.kepala ?? teks(b, "portal"))}</p>${bahasa}</header>${remah}
<main id="isi">${o.isi}</main>
${o.kaki === false ? "" : `<footer><p>${esc(teks(b, "kaki"))}</p></footer>`}</body></html>`;
}

/** The 404 page (portal and any unknown non-API address of the server). */
export function halaman404(b: Bahasa, alamat: string): string {
  return halaman({
    bahasa: b,
    judul: `404 — ${teks(b, "tidakDitemukan")}`,
    alamat,
    kepala: "SAKIP",
    kaki: false,
    isi: `<h1>${esc(teks(b, "tidakDitemukan"))}</h1><p>${esc(teks(b, "teks404"))}</p><p><a href="/">${esc(teks(b, "beranda"))}</a></p>`,
  });
}
