/**
 * Where the evaluation documents (LHE, recap) get an OPD's evaluation for a year: the LKE with its kriteria answers,
 * notes and recommendations when there is one, else the component values of `hasil_evaluasi_akip` (component-only
 * mode). No authorisation here: callers authorise first (dokumen-evaluasi.ts).
 */
import type { NilaiEvaluasi, RekomendasiLhe } from "../../reports/model/lhe";
import type { Db } from "../../storage/database";
import {
  type HasilAkipRow,
  listHasilAkip,
  listHasilAkipPemda,
} from "../../storage/repositories/hasil-tertaut-repository";
import {
  type EvaluasiLkeRow,
  getEvaluasiLke,
  listEvaluasiLkePemda,
  listJawaban,
  listJawabanBanyak,
  listRekomendasi,
  type LkeJawabanRow,
  type LkeRekomendasiRow,
} from "../../storage/repositories/lke-repository";
import { kerangkaEvaluasi } from "./nilai";

export interface EvaluasiTersimpan {
  kerangka: string;
  nilai: NilaiEvaluasi;
  /** Workflow state; null for component-only values (entered as a final result). */
  status: string | null;
  catatanKomponen: Record<string, string>;
  catatanKriteria: Record<string, string>;
  rekomendasi: RekomendasiLhe[];
  totalDicetak: string | null;
  predikatDicetak: string | null;
}

function dariHasil(row: HasilAkipRow): EvaluasiTersimpan {
  return {
    kerangka: row.kerangka,
    nilai: { mode: "komponen", komponen: row.komponen },
    status: null,
    catatanKomponen: {},
    catatanKriteria: {},
    rekomendasi: [],
    totalDicetak: row.totalDicetak,
    predikatDicetak: row.kategoriDicetak,
  };
}

function rekomendasiLhe(r: LkeRekomendasiRow, tahunAsal: number | null): RekomendasiLhe {
  return {
    uraian: r.uraian,
    komponen: r.komponen,
    penanggungJawab: r.penanggungJawab,
    batasWaktu: r.batasWaktu,
    status: r.status,
    tindakLanjut: r.tindakLanjut,
    tahunAsal,
  };
}

/**
 * An LKE worksheet as an evaluation: the evaluator's answers (a kriteria not yet answered by the evaluator counts E,
 * 0, as the worksheet's own values do, ADR 0023), the notes per kriteria and per komponen.
 */
function dariLke(
  ev: EvaluasiLkeRow,
  jawaban: readonly LkeJawabanRow[],
  rekomendasi: RekomendasiLhe[],
): EvaluasiTersimpan {
  const kerangka = kerangkaEvaluasi(ev.tahun, ev.kerangka);
  const isi = new Map(jawaban.map((j) => [j.kodeKriteria, j]));
  const jawabanEvaluator: Record<string, string> = {};
  const catatanKriteria: Record<string, string> = {};
  for (const k of kerangka.value.komponen)
    for (const s of k.subKomponen)
      for (const c of s.kriteria) {
        const j = isi.get(c.kode);
        jawabanEvaluator[c.kode] = j?.jawabanEvaluator ?? "E";
        if (j?.catatanEvaluator) catatanKriteria[c.kode] = j.catatanEvaluator;
      }
  return {
    kerangka: kerangka.value.kerangka,
    nilai: { mode: "kriteria", jawaban: jawabanEvaluator },
    status: ev.status,
    catatanKomponen: ev.catatanKomponen,
    catatanKriteria,
    rekomendasi,
    totalDicetak: null,
    predikatDicetak: null,
  };
}

/** The OPD's evaluation for the year (the LKE when there is one, else the component values), or null. */
export async function evaluasiOpd(db: Db, _pemdaId: string, opdId: string, tahun: number) {
  const ev = await getEvaluasiLke(db, opdId, tahun);
  if (ev) {
    const lalu = await getEvaluasiLke(db, opdId, tahun - 1);
    const [jawaban, rek, rekLalu] = await Promise.all([
      listJawaban(db, ev.id),
      listRekomendasi(db, ev.id),
      lalu ? listRekomendasi(db, lalu.id) : Promise.resolve([]),
    ]);
    return dariLke(ev, jawaban, [
      ...rekLalu.filter((r) => r.status !== "selesai").map((r) => rekomendasiLhe(r, tahun - 1)),
      ...rek.map((r) => rekomendasiLhe(r, null)),
    ]);
  }
  const row = (await listHasilAkip(db, [opdId])).find((h) => h.tahun === tahun && h.jenis === "hasil");
  return row ? dariHasil(row) : null;
}

/** Every OPD's evaluation of the year, by OPD id (the LKE over the component values). */
export async function evaluasiPemda(db: Db, pemdaId: string, tahun: number): Promise<Map<string, EvaluasiTersimpan>> {
  const out = new Map<string, EvaluasiTersimpan>();
  for (const row of await listHasilAkipPemda(db, pemdaId, tahun)) out.set(row.opdId, dariHasil(row));
  const lke = await listEvaluasiLkePemda(db, pemdaId, tahun);
  if (lke.length > 0) {
    const jawaban = await listJawabanBanyak(
      db,
      lke.map((e) => e.id),
    );
    for (const ev of lke) {
      const d = dariLke(
        ev,
        jawaban.filter((j) => j.evaluasiId === ev.id),
        [],
      );
      // only a final LKE is a result (it also wrote the component values it replaces); unfinished ones are work
      if (ev.status === "final") out.set(ev.opdId, d);
    }
  }
  return out;
}
