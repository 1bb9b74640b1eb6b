/**
 * The demo dataset keeps our working references ("SEED 804": a line of our text copy of the LKjIP) so every value can
 * be checked against its source. Users must see the document instead ("LKjIP 2023 Kecamatan Sei Balai, Tabel 3.13"),
 * so the loader passes the dataset through kutipDataset before anything is stored (issue 11).
 * NOTE: the line ranges follow ../shared/seed/lkjip-2023-kecamatan-sei-balai.txt (its captions and "Sumber" lines).
 */

export const DOKUMEN_DEMO = "LKjIP 2023 Kecamatan Sei Balai";

/** [first line, last line, place in the document]; tables first, so a table wins over the chapter around it. */
const LOKASI: ReadonlyArray<readonly [number, number, string]> = [
  [161, 181, "Tabel 1.1"],
  [185, 207, "Tabel 1.2"],
  [215, 236, "Tabel 1.3"],
  [355, 366, "Tabel 2.1"],
  [378, 386, "Tabel 2.2"],
  [399, 410, "Tabel 2.3"],
  [412, 424, "Tabel 2.4"],
  [450, 460, "Tabel 3.1"],
  [479, 487, "Tabel 3.2"],
  // the document numbers this one 3.4 as well (media sosial kecamatan)
  [550, 555, "tabel media sosial (Bab III)"],
  [563, 580, "Tabel 3.3"],
  [588, 597, "Tabel 3.4"],
  [605, 610, "Tabel 3.5"],
  [651, 663, "Tabel 3.6"],
  [667, 674, "Tabel 3.7"],
  [686, 698, "Tabel 3.8"],
  [706, 715, "Tabel 3.9"],
  [732, 738, "Tabel 3.10"],
  [740, 744, "Gambar 3.5"],
  [758, 766, "Tabel 3.11"],
  [778, 791, "Tabel 3.12"],
  [798, 809, "Tabel 3.13"],
  [919, 926, "Tabel 3.14"],
  [932, 937, "Tabel 3.15"],
  [957, 988, "Tabel 3.16"],
  [996, 1007, "Tabel 3.17"],
  [1013, 1023, "Tabel 3.18"],
  [1, 15, "sampul"],
  [16, 33, "Kata Pengantar"],
  [34, 122, "Daftar Isi"],
  [123, 307, "Bab I"],
  [308, 427, "Bab II"],
  [428, 1028, "Bab III"],
  [1029, 1043, "Bab IV"],
  [1044, 1708, "Lampiran Perjanjian Kinerja Perubahan 2023"],
  [1709, 1816, "Lampiran Laporan Pengawasan Anggaran Definitif per Sub Kegiatan"],
  [1817, 1851, "Lampiran Pengukuran Indeks Kepuasan Masyarakat"],
  [1852, 1888, "Surat Inspektorat Daerah Nomor 700/656/2023"],
  [1889, 1947, "Lampiran Surat Inspektorat Daerah Nomor 700/656/2023"],
];

/** The place in the document of one line of our copy. */
export function lokasiBaris(baris: number): string {
  const l = LOKASI.find(([dari, sampai]) => baris >= dari && baris <= sampai);
  if (!l) throw new Error(`baris ${baris} di luar dokumen demo`);
  return l[2];
}

/** One item of a line list: "804" → its place; "798-809" → its place, or "A s.d. B" when it spans two. */
function lokasiButir(butir: string): string {
  const [dari, sampai] = butir.split("-").map(Number);
  const awal = lokasiBaris(dari!);
  const akhir = sampai === undefined ? awal : lokasiBaris(sampai);
  return awal === akhir ? awal : `${awal} s.d. ${akhir}`;
}

/** Our own note of where a line lies ("(PK)", "(Tabel 1.1)", "(lampiran)"): the place cited replaces it. */
const CATATAN_TEMPAT =
  /^\((?:Tabel [\d.]+(?:, [\d.]+)*(?:, rekap Inspektorat)?|Sumber Data Tabel [\d.]+|Bab [IV]+|PK|DPPA|lampiran|surat|rekap Inspektorat|Laporan Pengawasan Anggaran)\)$/;
const NOMOR = "\\d+(?:-\\d+)?";
/** "SEED 804", "SEED 798-809", "SEED 832, 837", "SEED 165 (Tabel 1.1), 191 (Tabel 1.2)", "SEED 1835 + 1836". */
const RUJUKAN_BARIS = new RegExp(
  `SEED (${NOMOR}(?: \\([^()]*\\)(?=[,;]? ?\\d))?(?:(?:, ?|; | \\+ )${NOMOR}(?: \\([^()]*\\)(?=[,;]? ?\\d))?)*)( \\((?:(?!SEED)[^()])*\\))?`,
  "g",
);

/** One text with our references rewritten to cite the document. */
export function kutipanDokumen(teks: string): string {
  if (!teks.includes("SEED")) return teks;
  let hasil = teks.replace(RUJUKAN_BARIS, (_, daftar: string, catatan: string | undefined) => {
    const butir = daftar.replace(/ \([^()]*\)/g, "").split(/, ?|; | \+ /);
    const tempat = [...new Set(butir.map(lokasiButir))];
    const sisa = catatan && !CATATAN_TEMPAT.test(catatan.trim()) ? catatan : "";
    return `${DOKUMEN_DEMO}, ${tempat.join("; ")}${sisa}`;
  });
  // "SEED" used as a name of the document itself ("label SEED", "mengikuti SEED")
  hasil = hasil.replace(/\bSEED\b/g, DOKUMEN_DEMO);
  // "Tabel 3.13 (LKjIP …, Tabel 3.13)" → "LKjIP …, Tabel 3.13"
  hasil = hasil.replace(
    new RegExp(`((?:Tabel|Gambar) \\d+\\.\\d+)(?: kolom \\(\\d+\\))? \\(${DOKUMEN_DEMO}, \\1\\)`, "g"),
    `${DOKUMEN_DEMO}, $1`,
  );
  // the document is named once; later references give the place only
  const pertama = hasil.indexOf(DOKUMEN_DEMO);
  if (pertama >= 0) {
    const awal = pertama + DOKUMEN_DEMO.length;
    hasil = hasil.slice(0, awal) + hasil.slice(awal).replaceAll(`${DOKUMEN_DEMO}, `, "");
  }
  return hasil.replace(/((?:Tabel|Gambar) \d+\.\d+), \1\b/g, "$1");
}

/** The dataset with every text passed through kutipanDokumen (plain objects and arrays; other values as they are). */
export function kutipDataset<T>(data: T): T {
  if (typeof data === "string") return kutipanDokumen(data) as T;
  if (Array.isArray(data)) return data.map((x) => kutipDataset(x)) as T;
  if (data !== null && typeof data === "object" && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, kutipDataset(v)])) as T;
  }
  return data;
}
