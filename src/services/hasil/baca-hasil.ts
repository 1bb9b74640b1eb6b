/**
 * Reading linked results back: a survey result (SKM) or an AKIP evaluation as exactly the input its PUT takes
 * (`masukan`, so GET → PUT unchanged writes nothing) plus what the rules core computes from it (`hitung`) and the
 * printed figures kept for the validator (`dicetak`). Permissions: survey → skm.baca; evaluation → evaluasi.baca.
 * NOTE: regulations.md §0 (IKM 80,503906 → 80,50, mutu B), §1.5 (bobot 0,111 vs 1/9), §2.4–§2.6 (Nilai AKIP).
 */
import { BOBOT_IKM_SEPERSEMBILAN, hitungIkm, type OpsiIkm } from "../../domain/ikm";
import type { PilihanAturan } from "../../domain/aturan/profil";
import { opsiIkmPemda } from "../../domain/pengaturan/aturan-pemda";
import { formatAngka } from "../../domain/format/angka";
import { toFixed } from "../../domain/shared/decimal";
import {
  type HasilAkipRow,
  type HasilSurveiRow,
  listHasilAkip,
  listHasilSurvei,
} from "../../storage/repositories/hasil-tertaut-repository";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { akipDariEvaluasi, masukanSurvei } from "./nilai-tertaut";

/** A computed number in machine form ("80.50") and id-ID display ("80,50"). */
export interface Angka {
  nilai: string;
  tampil: string;
}

const angka = (nilai: string, desimal = 2): Angka => ({ nilai, tampil: formatAngka(nilai, { desimal }) });

/** The PUT body of `.../hasil-survei/{kode}` as stored. */
function masukanSurveiDari(row: HasilSurveiRow) {
  return {
    tahun: row.tahun,
    periodeMulai: row.periodeMulai,
    periodeSelesai: row.periodeSelesai,
    responden: row.responden,
    jenisMasukan: row.jenisMasukan,
    nilai: row.nilai,
    sumber: row.sumber,
  };
}

/**
 * IKM of a stored survey: under the Pemda's IKM rule for the survey's year (its settings, ADR 0019; the demo: bobot
 * 0,111 as printed — the realisasi) and unweighted (plain mean of the NRR, i.e. exact bobot 1/9), Σ NRR tertimbang,
 * mutu; per unsur Σ, NRR (1–4), NRR tertimbang and mutu (NRR × 25). `metode` names the rule versions used.
 */
export function hitungSurvei(row: HasilSurveiRow, opsi: OpsiIkm = {}) {
  const h = hitungIkm(masukanSurvei(row), opsi);
  const tanpaBobot = hitungIkm(masukanSurvei(row), { bobot: BOBOT_IKM_SEPERSEMBILAN });
  return {
    metode: h.metode.id,
    responden: h.responden,
    ikm: { ...angka(h.ikmTampil), rinci: h.ikmRinci },
    ikmTanpaBobot: { ...angka(tanpaBobot.ikmTampil), rinci: tanpaBobot.ikmRinci },
    jumlahNrrTertimbang: h.jumlahNrrTertimbangTampil,
    mutu: { mutu: h.mutu.mutu, kinerja: h.mutu.kinerja },
    unsur: h.unsur.map((u) => ({
      kode: u.kode,
      nama: u.nama,
      jumlah: u.jumlah === null ? null : u.jumlah.toString(),
      nrr: { ...angka(u.nrrTampil), rinci: toFixed(u.nrr, 6) },
      nrrTertimbang: u.nrrTertimbangTampil,
      mutu: { mutu: u.mutu.mutu, kinerja: u.mutu.kinerja },
    })),
  };
}

/** The Pemda's IKM rule versions for the survey's year. */
function opsiSurvei(pilihan: PilihanAturan, row: HasilSurveiRow): OpsiIkm {
  return opsiIkmPemda(pilihan, row.tahun);
}

/** Stored survey results of the OPD with their IKM (2 dp) and mutu, oldest first. */
export async function daftarHasilSurvei(ctx: ServiceContext, lingkup: LingkupOpd) {
  const { opdId, pemdaId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const { pilihanAturan } = await bacaPengaturanPemda(ctx.db, pemdaId);
  return (await listHasilSurvei(ctx.db, [opdId])).map((row) => {
    const h = hitungSurvei(row, opsiSurvei(pilihanAturan, row));
    return {
      kode: row.kode,
      tahun: row.tahun,
      periodeMulai: row.periodeMulai,
      periodeSelesai: row.periodeSelesai,
      responden: row.responden,
      jenisMasukan: row.jenisMasukan,
      ikm: h.ikm,
      mutu: h.mutu,
    };
  });
}

/** One stored survey result: its PUT input, the computed IKM/NRR/mutu, the printed IKM. NotFoundError when none. */
export async function bacaHasilSurvei(ctx: ServiceContext, lingkup: LingkupOpd, kode: string) {
  const { opdId, pemdaId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const row = (await listHasilSurvei(ctx.db, [opdId])).find((h) => h.kode === kode);
  if (!row) throw new NotFoundError(`hasil survei dengan kode "${kode}" belum tersimpan untuk perangkat daerah ini`);
  const { pilihanAturan } = await bacaPengaturanPemda(ctx.db, pemdaId);
  return {
    kode: row.kode,
    masukan: masukanSurveiDari(row),
    hitung: hitungSurvei(row, opsiSurvei(pilihanAturan, row)),
    dicetak: { ikm: row.ikmDicetak },
  };
}

/** The PUT body of `.../hasil-akip/{tahun}` as stored. */
function masukanAkipDari(row: HasilAkipRow) {
  return { jenis: row.jenis, kerangka: row.kerangka, komponen: row.komponen, sumber: row.sumber };
}

/** Nilai AKIP of a stored evaluation: total = Σ komponen (points), predikat from the 2-dp total; per komponen. */
export function hitungAkip(row: HasilAkipRow) {
  const { hasil: h, nilai } = akipDariEvaluasi(row);
  return {
    kerangka: h.kerangka,
    kerangkaId: h.kerangkaId,
    total: angka(h.totalTampil),
    predikat: { kode: h.predikat.kode, label: h.predikat.label, interpretasi: h.predikat.interpretasi },
    keterangan: nilai.keterangan,
    komponen: h.komponen.map((k) => ({
      kunci: k.kunci,
      nama: k.nama,
      bobot: k.bobot.toString(),
      nilai: angka(k.nilaiTampil),
      persenBobot: k.persenBobot,
    })),
  };
}

/** Stored AKIP evaluations (hasil and target) of the OPD with total and predikat, oldest first. */
export async function daftarHasilAkip(ctx: ServiceContext, lingkup: LingkupOpd) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  return (await listHasilAkip(ctx.db, [opdId])).map((row) => {
    const h = hitungAkip(row);
    return { tahun: row.tahun, jenis: row.jenis, kerangka: h.kerangka, total: h.total, predikat: h.predikat.kode };
  });
}

/** One stored AKIP evaluation of a year (jenis hasil or target): PUT input + computed total/predikat + printed. */
export async function bacaHasilAkip(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  jenis: "hasil" | "target" = "hasil",
) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const row = (await listHasilAkip(ctx.db, [opdId])).find((h) => h.tahun === tahun && h.jenis === jenis);
  if (!row) throw new NotFoundError(`hasil evaluasi AKIP (${jenis}) tahun ${tahun} belum tersimpan`);
  return {
    tahun: row.tahun,
    masukan: masukanAkipDari(row),
    hitung: hitungAkip(row),
    dicetak: { total: row.totalDicetak, kategori: row.kategoriDicetak },
  };
}
