/**
 * Realisasi taken from linked results, computed by the rules core (never retyped):
 * - IKM from a survey result: domain/ikm hitungIkm (bobot 0,111, seed rounding, mutu 14/2017); the realisasi is the
 *   IKM rounded half-up to 2 dp, as published and as used for capaian. NOTE: regulations.md §0 — the seed computes
 *   capaian from the displayed 80,50 (80,50 / 85,00 = 94,71 %), not from 80,503906.
 * - Nilai AKIP from an evaluation: domain/akip hitungNilaiKomponen with the result's framework (88/2021, 12/2015);
 *   the realisasi is the 2-dp total with its predikat ("BB (70,15)"). NOTE: regulations.md §2.4, §2.6.
 */
import { hitungNilaiKomponen, kerangkaDariKunci, type HasilAkip } from "../../domain/akip";
import { formatAngka } from "../../domain/format/angka";
import { hitungIkm, type HasilIkm, type IkmMasukan, type OpsiIkm } from "../../domain/ikm";
import type { HasilAkipRow, HasilSurveiRow } from "../../storage/repositories/hasil-tertaut-repository";

export interface NilaiTertaut {
  /** Machine decimal, 2 dp ("80.50"). */
  nilai: string;
  huruf: string | null;
  /** Indonesian explanation of where the number comes from. */
  keterangan: string;
}

export function masukanSurvei(row: Pick<HasilSurveiRow, "jenisMasukan" | "responden" | "nilai">): IkmMasukan {
  return row.jenisMasukan === "jumlah"
    ? { jenis: "jumlah", responden: row.responden, jumlah: row.nilai }
    : { jenis: "nrr", nrr: row.nilai, responden: row.responden };
}

/** M2-07: a result written by closing an SKM period carries its trace ("dari periode SKM 2023 …") in `sumber`. */
function jejakPeriodeSkm(row: HasilSurveiRow): string {
  const m = /^dari periode SKM [^:]+/.exec(row.sumber ?? "");
  return m ? `; ${m[0]}` : "";
}

/** `opsi`: the Pemda's IKM rules for the year (domain/pengaturan opsiIkmPemda); default the versions in code. */
export function ikmDariSurvei(row: HasilSurveiRow, opsi: OpsiIkm = {}): { hasil: HasilIkm; nilai: NilaiTertaut } {
  const hasil = hitungIkm(masukanSurvei(row), opsi);
  const responden = hasil.responden === null ? "" : `, ${hasil.responden} responden`;
  return {
    hasil,
    nilai: {
      nilai: hasil.ikmTampil,
      huruf: null,
      keterangan: `IKM dari hasil SKM ${row.kode} (${row.periodeMulai} s.d. ${row.periodeSelesai}${responden}): ${formatAngka(hasil.ikm, { desimal: 6 })} → ${formatAngka(hasil.ikmTampil)}, mutu ${hasil.mutu.mutu}${jejakPeriodeSkm(row)}`,
    },
  };
}

export function akipDariEvaluasi(row: HasilAkipRow): { hasil: HasilAkip; nilai: NilaiTertaut } {
  const hasil = hitungNilaiKomponen(row.komponen, { kerangka: kerangkaDariKunci(row.kerangka) });
  const rincian = hasil.komponen.map((k) => formatAngka(k.nilai, { desimal: 2 })).join(" + ");
  return {
    hasil,
    nilai: {
      nilai: hasil.totalTampil,
      huruf: hasil.predikat.kode,
      keterangan: `Nilai AKIP dari evaluasi ${row.tahun} (kerangka ${hasil.kerangka}): ${rincian} = ${formatAngka(hasil.total)} (${hasil.predikat.kode})`,
    },
  };
}
