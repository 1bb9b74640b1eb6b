/**
 * Capaian (%) of one indicator from its target and realisasi (regulations.md §4).
 */
import { Dec, type DecimalInput, dec, roundHalfUp } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { type NilaiRealisasi, type Target, parseRealisasi, parseTarget } from "./target";

/** positif: higher is better (IKM, Nilai AKIP); negatif: lower is better (angka kemiskinan, waktu layanan). */
export type Polaritas = "positif" | "negatif";
/** Formula for negative indicators: "2t-r" = (2T − R)/T × 100 (default), "t/r" = T/R × 100. */
export type RumusNegatif = "2t-r" | "t/r";
/** Formula actually applied; "dalam-rentang" = realisasi inside a range target (capaian 100). */
export type RumusDipakai = "r/t" | RumusNegatif | "dalam-rentang";

export const POLARITAS: readonly Polaritas[] = ["positif", "negatif"];
export const RUMUS_NEGATIF: readonly RumusNegatif[] = ["2t-r", "t/r"];

export interface CapaianInput {
  /** Target object, a single number, or text as typed ("85,00", "80-90", "BB (75,00)"). */
  target: Target | Dec | string | number;
  /**
   * Realisasi as a number or text ("80,50", "BB (70,15)"). The caller decides which value to pass: the seed
   * computes from the realisasi as displayed, rounded to 2 dp (SEED 484-485, regulations.md §0).
   */
  realisasi: Dec | NilaiRealisasi | string | number;
  polaritas?: Polaritas;
  rumusNegatif?: RumusNegatif;
  /** Indicator name, only used in error messages. */
  indikator?: string;
}

export interface HasilCapaian {
  /** Exact capaian in percent (Dec, 40 significant digits). */
  capaian: Dec;
  /** Capaian rounded half-up to 2 dp: the value reported, classified and compared. */
  capaianDibulatkan: Dec;
  /** The target number the formula used (for a range: the bound crossed, or the realisasi when inside). */
  targetDipakai: Dec;
  realisasi: Dec;
  rumus: RumusDipakai;
  /** For a range target: where the realisasi fell. */
  posisiRentang?: "di-bawah" | "di-dalam" | "di-atas";
  /** Predikat letter of the target / realisasi when written as "BB (75,00)". */
  hurufTarget?: string;
  hurufRealisasi?: string;
}

const SERATUS = new Dec(100);

function awalan(indikator: string | undefined): string {
  return indikator ? `Indikator "${indikator}": ` : "";
}

function bacaTarget(input: CapaianInput["target"]): Target {
  if (typeof input === "string") return parseTarget(input);
  if (input instanceof Dec || typeof input === "number") {
    const nilai = dec(input);
    if (!nilai.isFinite()) {
      throw new DomainError("bukan_angka", `target: "${String(input)}" bukan angka`, {
        field: "target",
        value: String(input),
      });
    }
    return { jenis: "angka", nilai };
  }
  return input;
}

function bacaRealisasi(input: CapaianInput["realisasi"]): NilaiRealisasi {
  if (typeof input === "string") return parseRealisasi(input);
  if (input instanceof Dec || typeof input === "number") {
    const nilai = dec(input);
    if (!nilai.isFinite()) {
      throw new DomainError("bukan_angka", `realisasi: "${String(input)}" bukan angka`, {
        field: "realisasi",
        value: String(input),
      });
    }
    return { nilai };
  }
  return input;
}

/**
 * The target number for a realisasi: a range uses its upper bound when realisasi is above it, its lower bound when
 * below, and the realisasi itself when inside (capaian 100).
 * NOTE: regulations.md §4 "Range targets" (flipbuilder SMK page), the same for both polarities.
 */
export function targetDipakai(
  target: Target,
  realisasi: DecimalInput,
): { nilai: Dec; posisi?: HasilCapaian["posisiRentang"] } {
  if (target.jenis !== "rentang") return { nilai: target.nilai };
  const r = dec(realisasi);
  if (r.greaterThan(target.atas)) return { nilai: target.atas, posisi: "di-atas" };
  if (r.lessThan(target.bawah)) return { nilai: target.bawah, posisi: "di-bawah" };
  return { nilai: r, posisi: "di-dalam" };
}

/**
 * Capaian (%) of an indicator. positif: R/T × 100; negatif "2t-r": (2T − R)/T × 100; negatif "t/r": T/R × 100.
 * Range target inside → exactly 100. Result exact (Dec) and rounded half-up to 2 dp.
 * Errors (DomainError): target kosong/nol/negatif, realisasi bukan angka, realisasi ≤ 0 with "t/r".
 * NOTE: regulations.md §4 formulas "as practised"; the regulation does not prescribe them. No clamping: a negative
 * indicator with R > 2T gives a negative capaian under "2t-r".
 */
export function hitungCapaian(input: CapaianInput): HasilCapaian {
  const pre = awalan(input.indikator);
  const target = bacaTarget(input.target);
  const realisasi = bacaRealisasi(input.realisasi);
  const r = realisasi.nilai;
  const { nilai: t, posisi } = targetDipakai(target, r);
  const polaritas = input.polaritas ?? "positif";
  const rumusNegatif = input.rumusNegatif ?? "2t-r";
  if (!POLARITAS.includes(polaritas)) {
    throw new DomainError(
      "polaritas_tidak_dikenal",
      `${pre}polaritas "${String(polaritas)}" tidak dikenal (positif | negatif)`,
      {
        field: "polaritas",
        value: polaritas,
      },
    );
  }
  if (!RUMUS_NEGATIF.includes(rumusNegatif)) {
    throw new DomainError("rumus_tidak_dikenal", `${pre}rumus "${String(rumusNegatif)}" tidak dikenal (2t-r | t/r)`, {
      field: "rumus",
      value: rumusNegatif,
    });
  }
  const { capaian, rumus } =
    posisi === "di-dalam"
      ? { capaian: SERATUS, rumus: "dalam-rentang" as const }
      : rumusCapaian(periksaTarget(t, pre), r, polaritas, rumusNegatif, pre);
  const hasil: HasilCapaian = {
    capaian,
    capaianDibulatkan: roundHalfUp(capaian, 2),
    targetDipakai: t,
    realisasi: r,
    rumus,
  };
  if (posisi) hasil.posisiRentang = posisi;
  if (target.jenis === "predikat") hasil.hurufTarget = target.huruf;
  if (realisasi.huruf) hasil.hurufRealisasi = realisasi.huruf;
  return hasil;
}

function periksaTarget(t: Dec, pre: string): Dec {
  if (t.isZero()) {
    throw new DomainError("target_nol", `${pre}target 0 tidak dapat dipakai sebagai pembagi capaian`, {
      field: "target",
      value: t.toString(),
    });
  }
  if (t.isNegative()) {
    throw new DomainError(
      "target_negatif",
      `${pre}target ${t.toString()} negatif; capaian (%) hanya untuk target > 0`,
      {
        field: "target",
        value: t.toString(),
      },
    );
  }
  return t;
}

function rumusCapaian(
  t: Dec,
  r: Dec,
  polaritas: Polaritas,
  rumusNegatif: RumusNegatif,
  pre: string,
): { capaian: Dec; rumus: RumusDipakai } {
  if (polaritas === "positif") return { capaian: r.div(t).times(SERATUS), rumus: "r/t" };
  if (rumusNegatif === "2t-r") return { capaian: t.times(2).minus(r).div(t).times(SERATUS), rumus: "2t-r" };
  if (!r.greaterThan(0)) {
    throw new DomainError(
      "realisasi_nol",
      `${pre}realisasi ${r.toString()} tidak dapat dipakai dengan rumus T/R (harus > 0)`,
      {
        field: "realisasi",
        value: r.toString(),
      },
    );
  }
  return { capaian: t.div(r).times(SERATUS), rumus: "t/r" };
}
