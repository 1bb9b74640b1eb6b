/**
 * The figures of the SKM documents, computed once from the raw sums with src/domain/ikm: IKM per service and for the
 * OPD (respondent-weighted: the services' Σ per unsur added up, then one IKM), mutu, NRR per unsur, the weakest and
 * strongest unsur, and the Krejcie–Morgan minimum per service.
 * NOTE: regulations.md §1.5 (NRR = Σ nilai / n, IKM = Σ NRR × bobot × 25), §1.6 (mutu), §1.7 (sample), §1.8 (RTL
 * for the lowest unsur first).
 */
import {
  bobotIkmDariKunci,
  type HasilIkm,
  type HasilIkmUnsur,
  type HasilSampel,
  hitungIkm,
  type IkmMutuTabel,
  KODE_UNSUR,
  type KodeUnsur,
  MUTU_IKM_14_2017,
  mutuIkmDariKunci,
  pembulatanIkmDariKunci,
  sampelMinimum,
} from "../../../domain/ikm";
import { dec } from "../../../domain/shared/decimal";
import type { RuleVersion } from "../../../domain/shared/rule-version";
import type { LayananSkmSumber, SumberSkm } from "../sumber-skm";

export interface HasilLayananSkm {
  layanan: LayananSkmSumber;
  ikm: HasilIkm | null;
  sampel: HasilSampel | null;
}

export interface HitungSkm {
  /** All services together; null when nobody answered. */
  total: HasilIkm | null;
  responden: number;
  layanan: HasilLayananSkm[];
  /** Unsur with the lowest / highest NRR (2 dp, every tie). */
  terlemah: HasilIkmUnsur[];
  terkuat: HasilIkmUnsur[];
  /** Unsur ordered from the lowest NRR up (the RTL priority). */
  urutanNaik: HasilIkmUnsur[];
  /** Σ of the services' minimum samples (services with a population), and whether each service meets its own. */
  sampelMinimum: number | null;
  sampelTerpenuhi: boolean | null;
}

/** The mutu table of the Pemda's rule for the period (14/2017 when the source names none). */
export function mutuSkm(s: SumberSkm): RuleVersion<IkmMutuTabel> {
  return s.aturan.mutu ? mutuIkmDariKunci(s.aturan.mutu) : MUTU_IKM_14_2017;
}

/** The regulation of a mutu table as the SKM documents name it. */
export function regulasiMutu(v: RuleVersion<IkmMutuTabel>): string {
  return v.id === MUTU_IKM_14_2017.id ? "Peraturan Menteri PANRB Nomor 14 Tahun 2017" : v.source.regulasi;
}

function ikmDari(jumlah: Record<KodeUnsur, number>, responden: number, s: SumberSkm): HasilIkm | null {
  if (responden <= 0) return null;
  return hitungIkm(
    { jenis: "jumlah", responden, jumlah },
    {
      bobot: bobotIkmDariKunci(s.aturan.bobot),
      pembulatan: pembulatanIkmDariKunci(s.aturan.pembulatan),
      mutu: mutuSkm(s),
    },
  );
}

export function hitungSkm(s: SumberSkm): HitungSkm {
  const layanan = s.layanan.map((l): HasilLayananSkm => ({
    layanan: l,
    ikm: ikmDari(l.jumlah, l.responden, s),
    sampel: l.populasi && l.populasi > 0 ? sampelMinimum(l.populasi, l.responden) : null,
  }));
  const responden = s.layanan.reduce((a, l) => a + l.responden, 0);
  const jumlah = Object.fromEntries(
    KODE_UNSUR.map((k) => [k, s.layanan.reduce((a, l) => a + l.jumlah[k], 0)]),
  ) as Record<KodeUnsur, number>;
  const total = ikmDari(jumlah, responden, s);
  const dgnSampel = layanan.filter((l) => l.sampel);
  const urutanNaik = total ? [...total.unsur].sort((a, b) => dec(a.nrrTampil).cmp(b.nrrTampil)) : [];
  const min = urutanNaik[0]?.nrrTampil;
  const maks = urutanNaik.at(-1)?.nrrTampil;
  return {
    total,
    responden,
    layanan,
    terlemah: min === undefined ? [] : urutanNaik.filter((u) => dec(u.nrrTampil).eq(min)),
    terkuat: maks === undefined ? [] : urutanNaik.filter((u) => dec(u.nrrTampil).eq(maks)).reverse(),
    urutanNaik,
    sampelMinimum: dgnSampel.length ? dgnSampel.reduce((a, l) => a + l.sampel!.sampelMinimum, 0) : null,
    sampelTerpenuhi: dgnSampel.length ? dgnSampel.every((l) => l.sampel!.memenuhi) : null,
  };
}
