/**
 * One head at a time: two Kepala OPD of the same OPD (or two Kepala Daerah of the Pemda) may not hold office over
 * overlapping dates. A missing `mulai` reaches back without limit and a missing `selesai` (still in office) forward
 * without limit; a handover on one day (the former head's `selesai` = the new head's `mulai`) is no overlap.
 */
export const PERAN_TUNGGAL: readonly string[] = ["kepala-opd", "kepala-daerah"];

export interface MasaJabatan {
  peran: string;
  nama: string;
  mulai?: string | null;
  selesai?: string | null;
}

const AWAL = "0000-01-01";
const AKHIR = "9999-12-31";

/** True when the two terms share more than a handover day (ISO dates compared as text). */
export function masaTumpangTindih(a: MasaJabatan, b: MasaJabatan): boolean {
  return (a.mulai ?? AWAL) < (b.selesai ?? AKHIR) && (b.mulai ?? AWAL) < (a.selesai ?? AKHIR);
}

/** Pairs [earlier index, later index] of same-peran heads whose terms overlap. */
export function kepalaTumpangTindih(rows: readonly MasaJabatan[]): Array<[number, number]> {
  const hasil: Array<[number, number]> = [];
  rows.forEach((b, j) => {
    if (!PERAN_TUNGGAL.includes(b.peran)) return;
    for (let i = 0; i < j; i++) {
      const a = rows[i]!;
      if (a.peran === b.peran && masaTumpangTindih(a, b)) hasil.push([i, j]);
    }
  });
  return hasil;
}

const periode = (m: MasaJabatan) => `${m.mulai ?? "…"} s.d. ${m.selesai ?? "sekarang"}`;

/** 'kepala-opd "B" (2023-01-01 s.d. sekarang) tumpang tindih masa jabatannya dengan A (… s.d. sekarang); …' */
export function pesanTumpangTindih(baru: MasaJabatan, lain: MasaJabatan): string {
  return (
    `${baru.peran} "${baru.nama}" (${periode(baru)}) tumpang tindih masa jabatannya dengan ${lain.nama} ` +
    `(${periode(lain)}); hanya satu ${baru.peran} boleh menjabat pada satu waktu: isi tanggal Selesai pejabat ` +
    `lama dan Mulai pejabat baru`
  );
}

/** In office at some time in `tahun` (by the years of `mulai` and `selesai`; missing = without limit). */
export function menjabatPadaTahun(p: MasaJabatan, tahun: number): boolean {
  return (!p.mulai || Number(p.mulai.slice(0, 4)) <= tahun) && (!p.selesai || Number(p.selesai.slice(0, 4)) >= tahun);
}

/** Of several holders of one office, the one who took it last (no `mulai` counts as the earliest). */
export function terakhirMenjabat<T extends MasaJabatan>(rows: readonly T[]): T | undefined {
  return [...rows].sort((a, b) => (b.mulai ?? "").localeCompare(a.mulai ?? ""))[0];
}
