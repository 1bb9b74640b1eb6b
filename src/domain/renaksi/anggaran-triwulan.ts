/**
 * Budget realisation of a Rencana Aksi indicator per quarter from the imported DPA realisation (anggaran module),
 * instead of typed figures, where available (issue #19, ADR 0041). The anggaran module stores the CUMULATIVE
 * realisation per sub-kegiatan at the end of a month (a triwulan = its last month 3, 6, 9, 12; schema anggaran.ts).
 * An action's code (kode DPA) is a sub-kegiatan, or a kegiatan/programme whose sub-kegiatan codes start with it.
 *
 * Quarter n is "from the import" when month 3n was imported and every action of the indicator has a code that
 * matches at least one sub-kegiatan realised in that month; then the cumulative realisation s.d. TW n is the sum over
 * the actions (pegawai + barang/jasa + modal) and the quarter's own figure the difference with TW n−1 (when that
 * quarter is from the import too, or n = 1). Otherwise null: the typed figure of the quarter's report is used.
 */
import { type Dec, dec, sum } from "../shared/decimal";
import { TRIWULAN } from "./triwulan";

export interface RealisasiBulanAnggaran {
  kode: string;
  bulan: number;
  pegawai: string;
  barangJasa: string;
  modal: string;
}

export interface AnggaranTriwulanImpor {
  triwulan: number;
  /** Cumulative realisation s.d. the quarter's last month (Rp), or null when not derivable from the import. */
  kumulatif: Dec | null;
  /** The quarter's own realisation (Rp), or null. */
  triwulanIni: Dec | null;
  /** The month the figure comes from (3n), or null. */
  bulan: number | null;
}

const cocok = (kodeAksi: string, kodeSub: string) => kodeSub === kodeAksi || kodeSub.startsWith(`${kodeAksi}.`);

export function anggaranTriwulanDariImpor(
  kodeAksi: readonly (string | null)[],
  realisasi: readonly RealisasiBulanAnggaran[],
): AnggaranTriwulanImpor[] {
  const hasil: AnggaranTriwulanImpor[] = [];
  for (const n of TRIWULAN) {
    const bulan = 3 * n;
    const baris = realisasi.filter((r) => r.bulan === bulan);
    const bisa =
      kodeAksi.length > 0 &&
      baris.length > 0 &&
      kodeAksi.every((k) => k !== null && k.trim() !== "" && baris.some((r) => cocok(k.trim(), r.kode)));
    if (!bisa) {
      hasil.push({ triwulan: n, kumulatif: null, triwulanIni: null, bulan: null });
      continue;
    }
    const kode = [...new Set(kodeAksi.map((k) => k!.trim()))];
    // a sub-kegiatan counted once even when two actions' codes both cover it
    const dipakai = baris.filter((r) => kode.some((k) => cocok(k, r.kode)));
    const kumulatif = sum(dipakai.map((r) => dec(r.pegawai).plus(r.barangJasa).plus(r.modal)));
    const sebelum = n === 1 ? dec(0) : (hasil[n - 2]!.kumulatif ?? null);
    hasil.push({
      triwulan: n,
      kumulatif,
      triwulanIni: sebelum === null ? null : kumulatif.minus(sebelum),
      bulan,
    });
  }
  return hasil;
}
