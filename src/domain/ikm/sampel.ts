/**
 * Minimum SKM sample (Krejcie & Morgan), as Permenpan RB 14/2017 prescribes.
 *
 * S = λ²·N·P·Q / (d²·(N − 1) + λ²·P·Q), λ² = 3,841 (dk 1, taraf kesalahan 5 %), P = Q = 0,5, d = 0,05, rounded
 * half-up to the nearest integer.
 * NOTE: regulations.md §1.7. The minimum is the formula's value; when N is a row of the published table its value
 * is returned as `sampelTabel` too (they agree except N = 100 000: table 384 = large-population limit, formula 383).
 */
import { type Dec, dec, roundHalfUp } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { KREJCIE_MORGAN_TABEL } from "./krejcie-morgan-tabel";

const LAMBDA_KUADRAT = dec("3.841");
const P = dec("0.5");
const Q = dec("0.5");
const D = dec("0.05");

/** S = λ²NPQ / (d²(N−1) + λ²PQ), unrounded (respondents). */
export function rumusKrejcieMorgan(populasi: number): Dec {
  const n = dec(populasi);
  const lpq = LAMBDA_KUADRAT.times(P).times(Q);
  return lpq.times(n).div(D.pow(2).times(n.minus(1)).plus(lpq));
}

export interface HasilSampel {
  populasi: number;
  /** Formula value before rounding. */
  sampelRumus: Dec;
  /** Minimum number of respondents (formula, rounded half-up to an integer). */
  sampelMinimum: number;
  /** The published table's value when `populasi` is one of its rows, else null. */
  sampelTabel: number | null;
  /** Given respondent count (null when not given) and whether it meets the minimum. */
  responden: number | null;
  memenuhi: boolean | null;
  /** Respondents still needed (0 when met; null when no count was given). */
  kekurangan: number | null;
}

function bilanganBulat(nilai: number, field: string, minimum: number): number {
  if (!Number.isInteger(nilai) || nilai < minimum) {
    throw new DomainError(`${field}_tidak_valid`, `${field}: "${nilai}" harus bilangan bulat ≥ ${minimum}`, {
      field,
      value: String(nilai),
    });
  }
  return nilai;
}

/** Minimum sample for population N (respondents) and, if given, whether `responden` meets it. */
export function sampelMinimum(populasi: number, responden?: number): HasilSampel {
  bilanganBulat(populasi, "populasi", 1);
  if (responden !== undefined) bilanganBulat(responden, "responden", 0);
  const sampelRumus = rumusKrejcieMorgan(populasi);
  const minimum = roundHalfUp(sampelRumus, 0).toNumber();
  const baris = KREJCIE_MORGAN_TABEL.find(([n]) => n === populasi);
  return {
    populasi,
    sampelRumus,
    sampelMinimum: minimum,
    sampelTabel: baris ? baris[1] : null,
    responden: responden ?? null,
    memenuhi: responden === undefined ? null : responden >= minimum,
    kekurangan: responden === undefined ? null : Math.max(0, minimum - responden),
  };
}
