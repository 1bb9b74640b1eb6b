/**
 * Shared pieces of the LKE use cases: the evaluation of an OPD's year with its answers, and the computed values of
 * both sides (self-assessment, evaluator) as the API shows them. Values always come from domain/akip.
 */
import type { PilihanAturan } from "../../domain/aturan/profil";
import { aturanUntuk } from "../../domain/pengaturan/aturan-pemda";
import {
  daftarKriteria,
  type HasilAkip,
  hitungLkeSebagian,
  type KodeJawaban,
  kerangkaDariKunci,
  kerangkaLkeTahun,
  selisihMandiriEvaluator,
  type StatusEvaluasiLke,
} from "../../domain/akip";
import type { KerangkaLke } from "../../domain/akip/kerangka-tipe";
import { formatAngka } from "../../domain/format/angka";
import { toFixed } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import type { RuleVersion } from "../../domain/shared/rule-version";
import type { Db } from "../../storage/database";
import {
  type EvaluasiLkeRow,
  getEvaluasiLke,
  listJawaban,
  type LkeJawabanRow,
} from "../../storage/repositories/lke-repository";

export interface Angka {
  nilai: string;
  tampil: string;
}

export const angka = (nilai: string): Angka => ({ nilai, tampil: formatAngka(nilai, { desimal: 2 }) });

export function predikatRingkas(h: HasilAkip) {
  return { kode: h.predikat.kode, label: h.predikat.label, interpretasi: h.predikat.interpretasi };
}

/**
 * The framework of an evaluation: the stored one, else the one the year uses (kerangkaLkeTahun). A framework
 * without kriteria (12/2015) cannot be answered per kriteria: that year stays in component-only mode.
 */
export function kerangkaEvaluasi(
  tahun: number,
  tersimpan?: string | null,
  /** The Pemda's rule choice (settings, ADR 0019): area "lke" picks the framework of a new evaluation. */
  pilihan?: PilihanAturan,
): RuleVersion<KerangkaLke> {
  if (tersimpan) return kerangkaDariKunci(tersimpan);
  return pilihan ? aturanUntuk(pilihan, "lke", tahun) : kerangkaLkeTahun(tahun);
}

export function pastikanAdaKriteria(kerangka: RuleVersion<KerangkaLke>, tahun: number): void {
  if (!kerangka.value.adaKriteria) {
    throw new DomainError(
      "kerangka_tanpa_kriteria",
      `tahun ${tahun}: kerangka ${kerangka.value.kerangka} tidak memiliki daftar kriteria; tahun ini memakai mode komponen (isi nilai empat komponen pada hasil evaluasi AKIP)`,
      { field: "tahun", value: String(tahun) },
    );
  }
}

export type JawabanSisi = Record<string, KodeJawaban | null>;

export function jawabanSisi(rows: readonly LkeJawabanRow[], sisi: "mandiri" | "evaluator"): JawabanSisi {
  const out: JawabanSisi = {};
  for (const r of rows)
    out[r.kodeKriteria] = ((sisi === "mandiri" ? r.jawabanMandiri : r.jawabanEvaluator) ?? null) as KodeJawaban | null;
  return out;
}

/** One side's values (unanswered kriteria count as E), in the API's shape. */
export function nilaiSisi(jawaban: JawabanSisi, kerangka: RuleVersion<KerangkaLke>) {
  const s = hitungLkeSebagian(jawaban, kerangka);
  return { terisi: s.terisi, jumlahKriteria: s.jumlahKriteria, lengkap: s.lengkap, ...tampilHasil(s.hasil) };
}

/** Total, predikat and komponen of a result, in the shape of one side of the worksheet. */
export function tampilHasil(h: HasilAkip) {
  return {
    total: angka(h.totalTampil),
    predikat: predikatRingkas(h),
    komponen: h.komponen.map((k) => ({
      kunci: k.kunci,
      kode: k.kode,
      nama: k.nama,
      bobot: k.bobot.toString(),
      nilai: angka(k.nilaiTampil),
      persenBobot: k.persenBobot,
      subKomponen: k.subKomponen.map((sub) => ({
        kode: sub.kode,
        bobot: sub.bobot.toString(),
        rataRata: toFixed(sub.rataRata, 2),
        rataRataHuruf: sub.rataRataHuruf,
        nilai: angka(sub.nilaiTampil),
      })),
    })),
    hasil: h,
  };
}

export interface EvaluasiTermuat {
  evaluasi: EvaluasiLkeRow | undefined;
  kerangka: RuleVersion<KerangkaLke>;
  jawaban: LkeJawabanRow[];
}

export async function muatEvaluasi(db: Db, opdId: string, tahun: number): Promise<EvaluasiTermuat> {
  const evaluasi = await getEvaluasiLke(db, opdId, tahun);
  const kerangka = kerangkaEvaluasi(tahun, evaluasi?.kerangka);
  const jawaban = evaluasi ? await listJawaban(db, evaluasi.id) : [];
  return { evaluasi, kerangka, jawaban };
}

/** Both sides' values and their differences. */
export function nilaiEvaluasi(
  m: EvaluasiTermuat,
  info: { pemda: { slug: string; nama: string }; opd: { slug: string; nama: string }; tahun: number },
) {
  const mandiri = jawabanSisi(m.jawaban, "mandiri");
  const evaluator = jawabanSisi(m.jawaban, "evaluator");
  const { hasil: _hm, ...nm } = nilaiSisi(mandiri, m.kerangka);
  const { hasil: _he, ...ne } = nilaiSisi(evaluator, m.kerangka);
  const status: StatusEvaluasiLke = m.evaluasi?.status ?? "draft";
  return {
    pemda: info.pemda,
    opd: info.opd,
    tahun: info.tahun,
    kerangka: m.kerangka.value.kerangka,
    status,
    mandiri: nm,
    evaluator: ne,
    selisih: selisihMandiriEvaluator(
      daftarKriteria(m.kerangka).map((c) => ({
        kode: c.kriteria.kode,
        mandiri: mandiri[c.kriteria.kode] ?? null,
        evaluator: evaluator[c.kriteria.kode] ?? null,
      })),
    ),
  };
}
