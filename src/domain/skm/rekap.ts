/**
 * SKM results from stored answers: Σ nilai per unsur and the respondent count (what the database sums) → IKM, NRR,
 * mutu via domain/ikm with the Pemda's rule versions; the weakest unsur; sample-size progress (Krejcie–Morgan).
 * Pooling Σ over layanan (or OPD, or the Pemda) gives the respondent-weighted IKM: IKM is linear in the NRR and
 * NRR_pool = Σ n_l·NRR_l / Σ n_l, so IKM_pool = Σ n_l·IKM_l / Σ n_l.
 * NOTE: regulations.md §1.5 (NRR = Σ/n, IKM = Σ NRR × bobot × 25), §1.7 (sampel), §1.8 (RTL for the lowest NRR).
 */
import { hitungIkm, type HasilIkm, type OpsiIkm } from "../ikm/hitung";
import { sampelMinimum, type HasilSampel } from "../ikm/sampel";
import { KODE_UNSUR, type KodeUnsur } from "../ikm/unsur";

export interface JumlahSkm {
  responden: number;
  jumlah: Record<KodeUnsur, number>;
}

export function jumlahKosong(): JumlahSkm {
  return { responden: 0, jumlah: Object.fromEntries(KODE_UNSUR.map((k) => [k, 0])) as Record<KodeUnsur, number> };
}

/** Σ of several groups (layanan → OPD → Pemda). */
export function gabungJumlah(daftar: readonly JumlahSkm[]): JumlahSkm {
  const hasil = jumlahKosong();
  for (const j of daftar) {
    hasil.responden += j.responden;
    for (const k of KODE_UNSUR) hasil.jumlah[k] += j.jumlah[k];
  }
  return hasil;
}

export interface HasilSkm {
  ikm: HasilIkm;
  /** Unsur with the lowest NRR (ties: the first in questionnaire order); the RTL priority. */
  unsurTerlemah: KodeUnsur;
}

/** IKM of a group; null when it has no respondent. */
export function hitungHasilSkm(j: JumlahSkm, opsi: OpsiIkm = {}): HasilSkm | null {
  if (j.responden === 0) return null;
  const ikm = hitungIkm({ jenis: "jumlah", responden: j.responden, jumlah: j.jumlah }, opsi);
  let terlemah = ikm.unsur[0]!;
  for (const u of ikm.unsur) if (u.nrr.lt(terlemah.nrr)) terlemah = u;
  return { ikm, unsurTerlemah: terlemah.kode };
}

/** Sample progress against the population (null when no population was recorded). */
export function kemajuanSampel(populasi: number | null, responden: number): HasilSampel | null {
  return populasi === null ? null : sampelMinimum(populasi, responden);
}

/**
 * Answer rows whose Σ per unsur equal the given sums: for each unsur, ⌊Σ/n⌋ or ⌊Σ/n⌋ + 1 (the first Σ mod n rows get
 * the +1). Used to turn a published recap (respondents + Σ per unsur) into rows; NOT the original answers.
 */
export function barisDariJumlah(j: JumlahSkm): Record<KodeUnsur, number>[] {
  return Array.from({ length: j.responden }, (_, i) => {
    const baris = {} as Record<KodeUnsur, number>;
    for (const k of KODE_UNSUR) {
      const dasar = Math.floor(j.jumlah[k] / j.responden);
      baris[k] = i < j.jumlah[k] - dasar * j.responden ? dasar + 1 : dasar;
    }
    return baris;
  });
}
