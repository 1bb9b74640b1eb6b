/**
 * The demo's free texts adapted to the generated report: the report generates every sentence that states a number
 * or introduces a generated table, so the seed's own versions of those sentences are left out, and table numbers
 * written in a text become "{{ref:…}}" references (renumbered with the document).
 * NOTE: SEED 16-1042; the seed's "Dari tabel 3.15" (SEED 990) means Tabel 3.16, and its claim that every unsur
 * scores "≤ 3" (SEED 584) is contradicted by its own table, so that text is not used.
 */
import type { TeksBebas } from "../data";
import type { TeksSumber } from "../../reports/model/sumber";

/** Demo text code → report text code and how its paragraphs are used. */
interface Aturan {
  kode: string;
  /** Indexes of the paragraphs printed before the list. */
  awal?: number[];
  /** Indexes of the paragraphs printed after the list (or after the generated table). */
  akhir?: number[];
  /** Drop the list. */
  tanpaButir?: boolean;
  /** Drop the last sentence of these paragraphs (it introduces a table the report generates). */
  potongKalimatAkhir?: number[];
  ganti?: [string, string][];
}

const ATURAN: Record<string, Aturan> = {
  "kata-pengantar": { kode: "kata-pengantar" },
  "latar-belakang": { kode: "latar-belakang" },
  "maksud-tujuan": { kode: "maksud-tujuan" },
  "gambaran-umum": { kode: "gambaran-umum" },
  sistematika: { kode: "sistematika" },
  "pengantar-bab-2": { kode: "pengantar-bab-2" },
  "renstra-pengantar": { kode: "renstra-pengantar", awal: [0] },
  "pk-pengantar": { kode: "pk-pengantar", potongKalimatAkhir: [1] },
  "pengantar-bab-3": { kode: "pengantar-bab-3", awal: [0, 1, 2, 3, 4], tanpaButir: true },
  "iku-pengantar": { kode: "iku-pengantar", potongKalimatAkhir: [1] },
  "pelayanan-sasaran-1": { kode: "sasaran:S1:pengantar", awal: [0], akhir: [1, 2, 3] },
  spm: { kode: "sasaran:S1:penutup" },
  "akip-penjelasan": { kode: "sasaran:S2:pengantar", awal: [0, 1] },
  "skm-tujuan-sasaran": { kode: "skm-tujuan" },
  "skm-manfaat": { kode: "skm-manfaat" },
  // paragraph 3 ("efisiensi … secara maksimal …, pencapaian target … telah dipastikan sesuai dengan rencana", SEED 947)
  // states a judgement its own tables contradict (capaian 94,71% and 93,53%, SEED 937-938): not used (issue 14)
  "analisis-efisiensi": { kode: "analisis-efisiensi", awal: [], akhir: [1] },
  // its closing paragraph ("target dari masing-masing program dan kegiatan telah tercapai secara maksimal", SEED 990)
  // is a judgement the table cannot show (the program/kegiatan targets are not in the data): not used (issue 14)
  "analisis-program-kegiatan": {
    kode: "analisis-program-kegiatan",
    awal: [],
    akhir: [],
    ganti: [["Dari tabel 3.15", "Dari {{ref:tabel-program-kegiatan}}"]],
  },
  kesimpulan: { kode: "kesimpulan", awal: [0, 1], akhir: [3] },
};

function potong(p: string): string {
  const i = p.lastIndexOf(". ");
  return i < 0 ? "" : p.slice(0, i + 1);
}

export function teksDemo(teks: readonly TeksBebas[]): TeksSumber[] {
  const out: TeksSumber[] = [];
  for (const t of teks) {
    const a = ATURAN[t.kode];
    if (!a) continue;
    let par = t.paragraf.map((p, i) => (a.potongKalimatAkhir?.includes(i) ? potong(p) : p));
    for (const [dari, ke] of a.ganti ?? []) par = par.map((p) => p.replace(dari, ke));
    const pilih = (idx: number[] | undefined, semua: boolean) =>
      (idx ? idx.map((i) => par[i] ?? "") : semua ? par : []).filter((p) => p !== "");
    out.push({
      kode: a.kode,
      paragraf: pilih(a.awal, true),
      ...(t.butir && !a.tanpaButir
        ? {
            butir: t.butir.map((b) => ({
              label: b.label.replace(/ – .*/, ""),
              teks: b.label.includes(" – ") ? `${b.label.replace(/^.* – /, "")}: ${b.teks}` : b.teks,
            })),
          }
        : {}),
      paragrafPenutup: pilih(a.akhir, false),
    });
  }
  // a text left with nothing to print (all its paragraphs not used) is not a text of the report
  return out.filter((x) => x.paragraf.length > 0 || (x.butir?.length ?? 0) > 0 || (x.paragrafPenutup?.length ?? 0) > 0);
}
