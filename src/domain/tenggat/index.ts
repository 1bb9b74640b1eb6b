/**
 * Deadlines of the SAKIP year (issue 15, ADR 0030): the kinds, their defaults and how near a deadline is.
 * Defaults (each editable per Pemda and year):
 * - lkjip: end of February of the next year — "paling lambat 2 (dua) bulan setelah tahun anggaran berakhir"
 *   (regulations.md §3.5, LKjIP Kecamatan Sei Balai 2023 line 20);
 * - pk: 31 January — "paling lama satu bulan setelah dokumen anggaran ... disahkan" (regulations.md §3.1, §3.5),
 *   assuming the DPA is approved at the start of January;
 * - realisasi per triwulan: the 10th of the month after the quarter (a Pemda practice, no regulation: edit it to
 *   the Pemda's circular);
 * - skm: 31 December — a survey at least once a year (regulations.md, SKM period);
 * - lke: 5 September — the date of the Inspektorat's LHE in the demo Pemda (regulations.md §3.5: practice, not law).
 */
export const JENIS_TENGGAT = [
  "realisasi-tw1",
  "realisasi-tw2",
  "realisasi-tw3",
  "realisasi-tw4",
  "pk",
  "lkjip",
  "skm",
  "lke",
] as const;
export type JenisTenggat = (typeof JENIS_TENGGAT)[number];

export const LABEL_TENGGAT: Record<JenisTenggat, string> = {
  "realisasi-tw1": "Realisasi triwulan I",
  "realisasi-tw2": "Realisasi triwulan II",
  "realisasi-tw3": "Realisasi triwulan III",
  "realisasi-tw4": "Realisasi triwulan IV",
  pk: "Perjanjian Kinerja",
  lkjip: "LKjIP",
  skm: "Periode SKM",
  lke: "Evaluasi (LKE)",
};

/** The module whose workflow state says the deadline is met (submitted or further). */
export const MODUL_TENGGAT: Record<JenisTenggat, "pengukuran" | "pk" | "laporan" | "skm" | "evaluasi"> = {
  "realisasi-tw1": "pengukuran",
  "realisasi-tw2": "pengukuran",
  "realisasi-tw3": "pengukuran",
  "realisasi-tw4": "pengukuran",
  pk: "pk",
  lkjip: "laporan",
  skm: "skm",
  lke: "evaluasi",
};

function akhirFebruari(tahun: number): string {
  const kabisat = (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
  return `${tahun}-02-${kabisat ? "29" : "28"}`;
}

/** ISO dates (YYYY-MM-DD) of the defaults for data of `tahun`. */
export function tenggatBawaan(tahun: number): Record<JenisTenggat, string> {
  return {
    "realisasi-tw1": `${tahun}-04-10`,
    "realisasi-tw2": `${tahun}-07-10`,
    "realisasi-tw3": `${tahun}-10-10`,
    "realisasi-tw4": `${tahun + 1}-01-10`,
    pk: `${tahun}-01-31`,
    lkjip: akhirFebruari(tahun + 1),
    skm: `${tahun}-12-31`,
    lke: `${tahun}-09-05`,
  };
}

export const HARI_SEGERA = 14;

/** Whole days from `hari` (the Pemda's calendar day, YYYY-MM-DD) to the deadline; negative once passed. */
export function sisaHari(tanggal: string, hari: string): number {
  return Math.round((Date.parse(`${tanggal}T00:00:00Z`) - Date.parse(`${hari}T00:00:00Z`)) / 86_400_000);
}

/** "lewat" (passed), "segera" (within HARI_SEGERA days, today included) or null (later). */
export function keadaanTenggat(tanggal: string, hari: string): "lewat" | "segera" | null {
  const d = sisaHari(tanggal, hari);
  if (d < 0) return "lewat";
  if (d <= HARI_SEGERA) return "segera";
  return null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function tanggalSah(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
