/**
 * The LKE worksheet at work (issue 13): which framework a year uses, the workflow of an evaluation, the values of a
 * partly answered worksheet, self vs evaluator differences, what-if, and the Pemda recap with its ranking.
 * All values come from hitungNilaiLke / hitungNilaiKomponen (nilai-lke.ts, nilai-komponen.ts), so a worksheet
 * scores exactly as the rules core does.
 * NOTE: regulations.md §2.3 (answer values), §2.4 (roll-up, rounding), §2.5 (predikat), §2.6 (framework per year).
 */
import { type Dec, dec, roundHalfUp, toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";
import type { HasilAkip } from "./hasil";
import { JAWABAN_LKE_88_2021, type KodeJawaban, KODE_JAWABAN, parseJawaban } from "./jawaban";
import type { KerangkaLke, KriteriaLke, SubKomponenLke } from "./kerangka-tipe";
import { KERANGKA_LKE_12_2015 } from "./lke-12-2015";
import { KERANGKA_LKE_88_2021 } from "./lke-88-2021";
import { hitungNilaiLke } from "./nilai-lke";

/** Framework of an evaluation year. The one place that decides it; a Pemda's rule choice may be passed in. */
export function kerangkaLkeTahun(tahun: number, pilihanPemda?: string | null): RuleVersion<KerangkaLke> {
  if (pilihanPemda) {
    const v = [KERANGKA_LKE_88_2021, KERANGKA_LKE_12_2015].find(
      (k) => k.id === pilihanPemda || k.value.kerangka === pilihanPemda,
    );
    if (v) return v;
  }
  return tahun >= (KERANGKA_LKE_88_2021.berlakuMulai ?? 2022) ? KERANGKA_LKE_88_2021 : KERANGKA_LKE_12_2015;
}

export interface KriteriaDalamKerangka {
  kriteria: KriteriaLke;
  sub: SubKomponenLke;
  komponenKunci: string;
  /** 0-based position in the worksheet (1.a.1 = 0 … 4.c.5 = 79). */
  urutan: number;
}

/** The kriteria of a framework in worksheet order with their sub-komponen and komponen. */
export function daftarKriteria(kerangka: RuleVersion<KerangkaLke>): KriteriaDalamKerangka[] {
  const hasil: KriteriaDalamKerangka[] = [];
  for (const k of kerangka.value.komponen) {
    for (const s of k.subKomponen) {
      for (const c of s.kriteria) hasil.push({ kriteria: c, sub: s, komponenKunci: k.kunci, urutan: hasil.length });
    }
  }
  return hasil;
}

/** A known kriteria code, else a DomainError naming it (field = `field`). */
export function pastikanKodeKriteria(kerangka: RuleVersion<KerangkaLke>, kode: string, field = "kodeKriteria"): string {
  const k = kode.trim();
  if (!daftarKriteria(kerangka).some((c) => c.kriteria.kode === k)) {
    throw new DomainError(
      "kriteria_tidak_dikenal",
      `${field}: kode kriteria "${kode}" tidak dikenal dalam kerangka ${kerangka.value.kerangka}`,
      { field, value: kode },
    );
  }
  return k;
}

/** Parses an answer for a kriteria ("" / null → null); refuses a letter outside the scale naming the kriteria. */
export function jawabanKriteria(nilai: unknown, kodeKriteria: string, kolom: string): KodeJawaban | null {
  if (nilai === null || nilai === undefined || (typeof nilai === "string" && nilai.trim() === "")) return null;
  try {
    return parseJawaban(nilai, `kriteria ${kodeKriteria}, ${kolom}`);
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code, e.message, { field: kolom, kriteria: kodeKriteria });
    throw e;
  }
}

/**
 * Checks a value typed next to an answer (the "nilai" column of a worksheet): a number 0–100 equal to the answer's
 * value. Over 100 ("over its weight") or not the answer's value → DomainError naming kriteria and column.
 */
export function periksaNilaiJawaban(
  nilai: unknown,
  jawaban: KodeJawaban | null,
  kodeKriteria: string,
  kolom: string,
): void {
  if (nilai === null || nilai === undefined || (typeof nilai === "string" && nilai.trim() === "")) return;
  const teks = String(nilai).trim().replace(",", ".");
  const x = Number(teks);
  if (!Number.isFinite(x)) {
    throw new DomainError("nilai_bukan_angka", `kriteria ${kodeKriteria}, ${kolom}: "${String(nilai)}" bukan angka`, {
      field: kolom,
      kriteria: kodeKriteria,
    });
  }
  if (x < 0 || x > 100) {
    throw new DomainError(
      "nilai_melebihi_bobot",
      `kriteria ${kodeKriteria}, ${kolom}: nilai ${teks.replace(".", ",")} di luar rentang 0–100 (bobot kriteria)`,
      { field: kolom, kriteria: kodeKriteria },
    );
  }
  if (jawaban === null) {
    throw new DomainError("jawaban_kosong", `kriteria ${kodeKriteria}, ${kolom}: nilai diisi tetapi jawaban kosong`, {
      field: kolom,
      kriteria: kodeKriteria,
    });
  }
  if (x !== JAWABAN_LKE_88_2021[jawaban].nilai) {
    throw new DomainError(
      "nilai_tidak_sesuai_jawaban",
      `kriteria ${kodeKriteria}, ${kolom}: nilai ${teks.replace(".", ",")} tidak sesuai jawaban ${jawaban} (${JAWABAN_LKE_88_2021[jawaban].nilai})`,
      { field: kolom, kriteria: kodeKriteria },
    );
  }
}

export interface HasilLkeSebagian {
  /** Scored with unanswered kriteria counted as E (0): the floor of the final value. */
  hasil: HasilAkip;
  terisi: number;
  jumlahKriteria: number;
  lengkap: boolean;
  belumDiisi: string[];
}

/** Values of a partly answered worksheet: unanswered kriteria count as E (0); complete → exactly hitungNilaiLke. */
export function hitungLkeSebagian(
  jawaban: Readonly<Record<string, KodeJawaban | null | undefined>>,
  kerangka: RuleVersion<KerangkaLke> = KERANGKA_LKE_88_2021,
): HasilLkeSebagian {
  const semua = daftarKriteria(kerangka).map((c) => c.kriteria.kode);
  const belumDiisi = semua.filter((k) => !jawaban[k]);
  const lengkap: Record<string, KodeJawaban> = {};
  for (const k of semua) lengkap[k] = jawaban[k] ?? "E";
  return {
    hasil: hitungNilaiLke(lengkap, { kerangka }),
    terisi: semua.length - belumDiisi.length,
    jumlahKriteria: semua.length,
    lengkap: belumDiisi.length === 0,
    belumDiisi,
  };
}

export interface SelisihJawaban {
  kode: string;
  mandiri: KodeJawaban;
  evaluator: KodeJawaban;
  /** evaluator value − self value (points of the 0–100 kriteria scale). */
  selisih: number;
}

/** Kriteria where the evaluator's answer differs from the self-assessment (both answered), in worksheet order. */
export function selisihMandiriEvaluator(
  baris: readonly { kode: string; mandiri: KodeJawaban | null; evaluator: KodeJawaban | null }[],
): SelisihJawaban[] {
  return baris
    .filter((b) => b.mandiri && b.evaluator && b.mandiri !== b.evaluator)
    .map((b) => ({
      kode: b.kode,
      mandiri: b.mandiri!,
      evaluator: b.evaluator!,
      selisih: JAWABAN_LKE_88_2021[b.evaluator!].nilai - JAWABAN_LKE_88_2021[b.mandiri!].nilai,
    }));
}

export interface PeluangKriteria {
  kode: string;
  jawaban: KodeJawaban | null;
  /** The next letter up (null when AA) and the total gain from it (2 dp, after the sub-komponen rounding). */
  naikSatu: { jawaban: KodeJawaban; kenaikan: string } | null;
  /** The gain when this kriteria were AA. */
  kenaikanMaks: string;
}

const SATU_TINGKAT: Partial<Record<KodeJawaban, KodeJawaban>> = {
  E: "D",
  D: "C",
  C: "CC",
  CC: "B",
  B: "BB",
  BB: "A",
  A: "AA",
};

/** What-if: for every kriteria, the total gain of one step up and of AA; largest gain first (ties: worksheet order). */
export function peluangKenaikan(
  jawaban: Readonly<Record<string, KodeJawaban | null | undefined>>,
  kerangka: RuleVersion<KerangkaLke> = KERANGKA_LKE_88_2021,
): PeluangKriteria[] {
  const dasar = hitungLkeSebagian(jawaban, kerangka).hasil.total;
  const total = (kode: string, j: KodeJawaban): Dec =>
    hitungLkeSebagian({ ...jawaban, [kode]: j }, kerangka).hasil.total;
  const daftar = daftarKriteria(kerangka).map((c): PeluangKriteria & { urutan: number; maks: Dec } => {
    const kini = jawaban[c.kriteria.kode] ?? null;
    const naik = SATU_TINGKAT[kini ?? "E"];
    const maks = kini === "AA" ? dec(0) : total(c.kriteria.kode, "AA").minus(dasar);
    return {
      kode: c.kriteria.kode,
      jawaban: kini,
      naikSatu: naik ? { jawaban: naik, kenaikan: toFixed(total(c.kriteria.kode, naik).minus(dasar), 2) } : null,
      kenaikanMaks: toFixed(maks, 2),
      urutan: c.urutan,
      maks,
    };
  });
  return daftar
    .sort((a, b) => b.maks.comparedTo(a.maks) || a.urutan - b.urutan)
    .map(({ urutan: _u, maks: _m, ...p }) => p);
}

export interface BarisRekap {
  kunci: string;
  total: Dec;
}

/** Competition ranking on the 2-dp total (equal totals share a rank: 1, 2, 2, 4). */
export function peringkat<T extends BarisRekap>(baris: readonly T[]): Array<T & { peringkat: number }> {
  const urut = [...baris].sort(
    (a, b) => roundHalfUp(b.total, 2).comparedTo(roundHalfUp(a.total, 2)) || (a.kunci < b.kunci ? -1 : 1),
  );
  let rank = 0;
  return urut.map((b, i) => {
    if (i === 0 || !roundHalfUp(b.total, 2).eq(roundHalfUp(urut[i - 1]!.total, 2))) rank = i + 1;
    return { ...b, peringkat: rank };
  });
}

export { KODE_JAWABAN };
