/**
 * Monitoring of every OPD of a Pemda for one year (issue 15, ADR 0030): the state of each module as one vocabulary,
 * the mean capaian of the IKU, and the ranking. Pure: the service gathers the rows, this file decides.
 */
import { Dec, mean, roundHalfUp } from "../shared/decimal";

/** The modules shown per OPD, in the order of the monitoring table. */
export const MODUL_MONITORING = ["perencanaan", "pk", "pengukuran", "anggaran", "skm", "evaluasi", "laporan"] as const;
export type ModulMonitoring = (typeof MODUL_MONITORING)[number];

/**
 * One vocabulary for every module: the yearly workflow (draft → diajukan → disetujui → terkunci, and terbit once
 * published), "belum" when the module has no data or period at all. The SKM period (terbuka/ditutup) and the LKE
 * worksheet (draft/diajukan/dinilai/final) map onto it in `tahapSkm` and `tahapLke`.
 */
export const TAHAP = ["belum", "draft", "diajukan", "disetujui", "terkunci", "terbit"] as const;
export type Tahap = (typeof TAHAP)[number];

export const LABEL_TAHAP: Record<Tahap, string> = {
  belum: "Belum ada",
  draft: "Draf",
  diajukan: "Diajukan",
  disetujui: "Disetujui",
  terkunci: "Terkunci",
  terbit: "Terbit",
};

/** A workflow row of status_periode; a missing row means draft (src/storage/schema/status-periode.ts). */
export function tahapAlur(status: string | null | undefined): Tahap {
  if (status === "diajukan" || status === "disetujui" || status === "terkunci") return status;
  return "draft";
}

/** SKM of the year: no period → belum; a period still open → draft (collecting); all closed → terkunci. */
export function tahapSkm(terbuka: number, ditutup: number): Tahap {
  if (terbuka > 0) return "draft";
  if (ditutup > 0) return "terkunci";
  return "belum";
}

/** LKE worksheet: draft → draft, diajukan → diajukan, dinilai (awaits the team leader) → disetujui, final → terkunci. */
export function tahapLke(status: string | null | undefined, adaNilaiKomponen: boolean): Tahap {
  switch (status) {
    case "draft":
      return "draft";
    case "diajukan":
      return "diajukan";
    case "dinilai":
      return "disetujui";
    case "final":
      return "terkunci";
    default:
      // component-only year (hasil_evaluasi_akip): the scores exist, entered as final results
      return adaNilaiKomponen ? "terkunci" : "belum";
  }
}

/** Mean of the IKU capaian (each already rounded to 2 dp by domain/capaian), rounded half-up to 2 dp; null if none. */
export function rataCapaian(capaian: readonly Dec[]): Dec | null {
  if (!capaian.length) return null;
  return roundHalfUp(mean(capaian), 2);
}

export const KUNCI_PERINGKAT = ["akip", "capaian", "serapan", "ikm"] as const;
export type KunciPeringkat = (typeof KUNCI_PERINGKAT)[number];

/**
 * Competition ranking (1, 2, 2, 4) by one value, highest first; equal values share a rank; an OPD without the
 * value gets no rank (null) and sorts after the others, then by `urutan` and name.
 */
export function peringkatMonitoring<T extends { nilai: Dec | null; urutan: number | null; nama: string }>(
  baris: readonly T[],
): Array<T & { peringkat: number | null }> {
  const urut = [...baris].sort((a, b) => {
    if (a.nilai && b.nilai) {
      const c = b.nilai.comparedTo(a.nilai);
      if (c !== 0) return c;
    } else if (a.nilai) return -1;
    else if (b.nilai) return 1;
    return (
      (a.urutan ?? Number.MAX_SAFE_INTEGER) - (b.urutan ?? Number.MAX_SAFE_INTEGER) || a.nama.localeCompare(b.nama)
    );
  });
  let rank = 0;
  return urut.map((b, i) => {
    if (!b.nilai) return { ...b, peringkat: null };
    const sebelum = urut[i - 1]?.nilai;
    if (i === 0 || !sebelum || !sebelum.eq(b.nilai)) rank = i + 1;
    return { ...b, peringkat: rank };
  });
}

export { Dec };
