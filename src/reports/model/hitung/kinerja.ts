/**
 * Kinerja per indicator and year: target (PK of the year wins over Renstra), realisasi (IKM from the SKM sums, Nilai
 * AKIP from the LKE component scores, else the published value), capaian (%) and kategori, all with domain rules.
 * NOTE: regulations.md §0 (capaian from the displayed 2-dp realisasi: 80,50/85,00 → 94,71), §4 (formulas, scale).
 */
import { type HasilAkip, hitungNilaiKomponen, kerangkaDariKunci } from "../../../domain/akip";
import { hitungCapaian, kategoriCapaian } from "../../../domain/capaian";
import { type HasilIkm, hitungIkm } from "../../../domain/ikm";
import { opsiIkmPemda } from "../../../domain/pengaturan/aturan-pemda";
import { type Dec, dec } from "../../../domain/shared/decimal";
import type { AkipTahunSumber, IndikatorSumber, PkSumber, SumberLkjip } from "../sumber";

export interface NilaiTahun {
  tahun: number;
  target: Dec | null;
  /** Realisasi as reported (2 dp for IKM and Nilai AKIP). */
  realisasi: Dec | null;
  /** Capaian (%) rounded half-up to 2 dp; null when target or realisasi is missing. */
  capaian: Dec | null;
  kategori: string | null;
  asalRealisasi: "skm" | "lke-akip" | "input" | null;
  asalTarget: "pk" | "renstra" | null;
}

export interface KinerjaIndikator {
  indikator: IndikatorSumber;
  /** Years of the Renstra period (or the 5 years up to the report year). */
  tahun: number[];
  perTahun: Map<number, NilaiTahun>;
  /** The report year. */
  kini: NilaiTahun;
  ikm: HasilIkm | null;
  akip: Map<number, HasilAkip>;
}

/** The PK of the kepala OPD for the year: the latest version (perubahan over awal). */
export function pkKepalaOpd(s: SumberLkjip, tahun = s.tahun): PkSumber | null {
  const list = s.pk.filter((p) => p.tahun === tahun && p.level === "kepala-opd");
  return list.find((p) => p.versi === "perubahan") ?? list.find((p) => p.versi === "awal") ?? null;
}

/** Target of an indicator in the kepala OPD's PK (rows and their children), or null. */
function targetPk(pk: PkSumber | null, kode: string): Dec | null {
  const cari = (rows: PkSumber["kinerja"]): string | null => {
    for (const r of rows) {
      if (r.indikatorKode === kode) return r.target;
      const anak = cari(r.anak);
      if (anak !== null) return anak;
    }
    return null;
  };
  const t = pk ? cari(pk.kinerja) : null;
  return t === null ? null : dec(t);
}

/** Years shown in the multi-year tables: the Renstra period when it contains the report year, else 5 years. */
export function tahunPeriode(s: SumberLkjip): number[] {
  const r = s.renstra;
  const sah = r && Number.isInteger(r.tahunAwal) && Number.isInteger(r.tahunAkhir); // a missing year: the last 5 years
  const [awal, akhir] =
    sah && r.tahunAwal <= s.tahun && s.tahun <= r.tahunAkhir ? [r.tahunAwal, s.tahun] : [s.tahun - 4, s.tahun];
  return Array.from({ length: akhir - awal + 1 }, (_, i) => awal + i);
}

/**
 * IKM of the year's SKM under the Pemda's IKM rules for that year (the demo: bobot 0,111, seed rounding), or null
 * without SKM data for that year.
 */
export function hitungIkmTahun(s: SumberLkjip, tahun: number): HasilIkm | null {
  if (!s.skm || s.skm.tahun !== tahun) return null;
  const opsi = opsiIkmPemda(s.aturan, tahun);
  if (s.skm.nrr) return hitungIkm({ jenis: "nrr", nrr: s.skm.nrr, responden: s.skm.responden }, opsi);
  return hitungIkm({ jenis: "jumlah", responden: s.skm.responden, jumlah: s.skm.jumlah }, opsi);
}

/** Nilai AKIP of an evaluation from its component scores under its framework. */
export function hitungAkip(a: AkipTahunSumber): HasilAkip {
  return hitungNilaiKomponen(a.komponen, { kerangka: kerangkaDariKunci(a.kerangka) });
}

/**
 * The same, or null when the inputs cannot give a value (a missing or odd unsur sum, an unknown framework, a missing
 * component): the report then marks the value as missing instead of failing (issue 14).
 */
export function hitungIkmTahunAman(s: SumberLkjip, tahun: number): HasilIkm | null {
  try {
    return hitungIkmTahun(s, tahun);
  } catch {
    return null;
  }
}

export function hitungAkipAman(a: AkipTahunSumber): HasilAkip | null {
  try {
    return hitungAkip(a);
  } catch {
    return null;
  }
}

export function hitungKinerja(s: SumberLkjip, indikator: IndikatorSumber): KinerjaIndikator {
  const tahun = tahunPeriode(s);
  const pk = pkKepalaOpd(s);
  const ikm = indikator.sumberRealisasi === "skm" ? hitungIkmTahunAman(s, s.tahun) : null;
  const akip = new Map<number, HasilAkip>();
  if (indikator.sumberRealisasi === "lke-akip")
    for (const a of s.akip) {
      const h = hitungAkipAman(a);
      if (h) akip.set(a.tahun, h);
    }
  const perTahun = new Map<number, NilaiTahun>();
  for (const t of tahun) {
    const tPk = t === s.tahun ? targetPk(pk, indikator.kode) : null;
    const tRenstra = indikator.target.find((x) => x.tahun === t)?.nilai;
    const target = tPk ?? (tRenstra !== undefined ? dec(tRenstra) : null);
    let realisasi: Dec | null = null;
    let asal: NilaiTahun["asalRealisasi"] = null;
    const a = akip.get(t);
    if (ikm && t === s.tahun) [realisasi, asal] = [dec(ikm.ikmTampil), "skm"];
    else if (a) [realisasi, asal] = [dec(a.totalTampil), "lke-akip"];
    else {
      const r = indikator.realisasi.find((x) => x.tahun === t);
      if (r) [realisasi, asal] = [dec(r.nilai), "input"];
    }
    let capaian: Dec | null = null;
    if (target !== null && realisasi !== null && !target.isZero()) {
      try {
        capaian = hitungCapaian({
          target,
          realisasi,
          polaritas: indikator.polaritas,
          ...(indikator.rumusNegatif ? { rumusNegatif: indikator.rumusNegatif } : {}),
          indikator: indikator.nama,
        }).capaianDibulatkan;
      } catch {
        capaian = null; // no polaritas or formula the rules know: the capaian is shown as missing (issue 14)
      }
    }
    perTahun.set(t, {
      tahun: t,
      target,
      realisasi,
      capaian,
      kategori: capaian === null ? null : kategoriCapaian(capaian).label,
      asalRealisasi: asal,
      asalTarget: tPk ? "pk" : target ? "renstra" : null,
    });
  }
  const kini = perTahun.get(s.tahun)!;
  return { indikator, tahun, perTahun, kini, ikm, akip };
}
