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

/** The OPD's evaluation for the year, or null. */
export async function evaluasiOpd(db: Db, _pemdaId: string, opdId: string, tahun: number) {
  const row = (await listHasilAkip(db, [opdId])).find((h) => h.tahun === tahun && h.jenis === "hasil");
  return row ? dariHasil(row) : null;
}

/** Every OPD's evaluation of the year, by OPD id. */
export async function evaluasiPemda(db: Db, pemdaId: string, tahun: number): Promise<Map<string, EvaluasiTersimpan>> {
  const out = new Map<string, EvaluasiTersimpan>();
  for (const row of await listHasilAkipPemda(db, pemdaId, tahun)) out.set(row.opdId, dariHasil(row));
  return out;
}
