/**
 * What-if for an OPD's LKE (saves nothing): the total if some answers changed, and which kriteria would raise the
 * total most (one step up, or to AA). Starts from the evaluator's answers, else the self-assessment's.
 * Permission: evaluasi.baca.
 */
import { daftarKriteria, jawabanKriteria, pastikanKodeKriteria, peluangKenaikan } from "../../domain/akip";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { angka, jawabanSisi, muatEvaluasi, nilaiSisi, pastikanAdaKriteria, predikatRingkas } from "./nilai";

export async function simulasiLke(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  m: { jawaban: Record<string, string>; sisi?: "mandiri" | "evaluator" },
) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const ev = await muatEvaluasi(ctx.db, opdId, tahun);
  pastikanAdaKriteria(ev.kerangka, tahun);
  const evaluator = jawabanSisi(ev.jawaban, "evaluator");
  const adaEvaluator = Object.values(evaluator).some(Boolean);
  const sisi = m.sisi ?? (adaEvaluator ? "evaluator" : "mandiri");
  const dasar = jawabanSisi(ev.jawaban, sisi);
  const ubah = { ...dasar };
  for (const [kode, j] of Object.entries(m.jawaban)) {
    const k = pastikanKodeKriteria(ev.kerangka, kode, `jawaban.${kode}`);
    ubah[k] = jawabanKriteria(j, k, `jawaban.${kode}`);
  }
  const a = nilaiSisi(dasar, ev.kerangka).hasil;
  const b = nilaiSisi(ubah, ev.kerangka).hasil;
  const uraian = new Map(daftarKriteria(ev.kerangka).map((c) => [c.kriteria.kode, c.kriteria.uraian]));
  return {
    sisi,
    dasar: { total: angka(a.totalTampil), predikat: predikatRingkas(a) },
    simulasi: { total: angka(b.totalTampil), predikat: predikatRingkas(b) },
    peluang: peluangKenaikan(ubah, ev.kerangka).map((p) => ({ ...p, uraian: uraian.get(p.kode) ?? "" })),
  };
}
