/**
 * Where an indicator's target and realisasi for a year come from:
 * - target: the latest PK of the year at the Kepala OPD level with a row linked to the indicator (PK Perubahan over
 *   awal — regulations.md §3.1), else the Renstra target of that year;
 * - realisasi: for a linked indicator ("skm"/"akip") the OPD's result of that year computed by the rules core
 *   (hasil/nilai-tertaut.ts), else the value typed for the year (periode "tahunan").
 */
import { formatAngka } from "../../domain/format/angka";
import { formatPredikat } from "../../domain/format/predikat";
import { DomainError } from "../../domain/shared/errors";
import type { HasilAkipRow, HasilSurveiRow } from "../../storage/repositories/hasil-tertaut-repository";
import type { IndikatorRow, TargetRow } from "../../storage/repositories/indikator-repository";
import type { RealisasiRow } from "../../storage/repositories/pengukuran-repository";
import type { PkKinerjaRow, PkRow } from "../../storage/repositories/pk-repository";
import { akipDariEvaluasi, ikmDariSurvei } from "../hasil/nilai-tertaut";
import type { PilihanAturan } from "../../domain/aturan/profil";
import { opsiIkmPemda } from "../../domain/pengaturan/aturan-pemda";
import { pkTerbaru } from "../pk/pohon";

export interface DataPengukuran {
  indikator: IndikatorRow[];
  target: TargetRow[];
  realisasi: RealisasiRow[];
  pk: PkRow[];
  kinerja: PkKinerjaRow[];
  survei: HasilSurveiRow[];
  akip: HasilAkipRow[];
  /** The Pemda's rule choice (its settings, ADR 0019): the IKM of a survey result follows it. */
  aturan?: PilihanAturan;
}

export interface NilaiTarget {
  teks: string;
  asal: "pk" | "renstra";
  keterangan: string;
}

export interface NilaiRealisasi {
  /** Machine decimal ("80.50"). */
  nilai: string;
  tampil: string;
  huruf: string | null;
  asal: "manual" | "skm" | "akip";
  keterangan: string;
  narasi: string;
  realisasiId: string | null;
}

export function targetTahun(d: DataPengukuran, ind: IndikatorRow, tahun: number): NilaiTarget | null {
  const pkBerlaku = pkTerbaru(d.pk.filter((p) => p.tahun === tahun && p.level === "kepala-opd"));
  for (const p of pkBerlaku) {
    const baris = d.kinerja.find((k) => k.pkId === p.id && k.indikatorId === ind.id && k.targetTeks);
    if (baris?.targetTeks) {
      const versi = p.jenis === "perubahan" ? "PK Perubahan" : "PK";
      return { teks: baris.targetTeks, asal: "pk", keterangan: `${versi} ${tahun} (${p.tanggal})` };
    }
  }
  const t = d.target.find((x) => x.indikatorId === ind.id && x.tahun === tahun);
  return t ? { teks: t.targetTeks, asal: "renstra", keterangan: `Renstra${t.sumber ? ` — ${t.sumber}` : ""}` } : null;
}

/** Latest result of the year (by period end) for a linked indicator. */
function hasilTahun<T extends { tahun: number }>(rows: readonly T[], tahun: number): T | undefined {
  return rows.filter((r) => r.tahun === tahun).at(-1);
}

export function realisasiTahun(
  d: DataPengukuran,
  ind: IndikatorRow,
  tahun: number,
): { realisasi: NilaiRealisasi | null; galat: string | null } {
  const ketik = d.realisasi.find((r) => r.indikatorId === ind.id && r.tahun === tahun && r.periode === "tahunan");
  const narasi = ketik?.narasi ?? "";
  try {
    if (ind.sumberRealisasi === "skm") {
      const s = hasilTahun(d.survei, tahun);
      if (s) {
        const { nilai } = ikmDariSurvei(s, opsiIkmPemda(d.aturan, tahun));
        return {
          realisasi: {
            ...nilai,
            tampil: formatAngka(nilai.nilai),
            asal: "skm",
            narasi,
            realisasiId: ketik?.id ?? null,
          },
          galat: null,
        };
      }
    }
    if (ind.sumberRealisasi === "akip") {
      const a = hasilTahun(
        d.akip.filter((x) => x.jenis === "hasil"),
        tahun,
      );
      if (a) {
        const { nilai } = akipDariEvaluasi(a);
        const tampil = nilai.huruf ? formatPredikat(nilai.huruf, nilai.nilai) : formatAngka(nilai.nilai);
        return { realisasi: { ...nilai, tampil, asal: "akip", narasi, realisasiId: ketik?.id ?? null }, galat: null };
      }
    }
  } catch (e) {
    if (e instanceof DomainError) return { realisasi: null, galat: e.message };
    throw e;
  }
  if (!ketik?.nilai) return { realisasi: null, galat: null };
  const desimal = ketik.nilai.includes(".") ? ketik.nilai.length - ketik.nilai.indexOf(".") - 1 : 0;
  return {
    realisasi: {
      nilai: ketik.nilai,
      tampil: formatAngka(ketik.nilai, { desimal }),
      huruf: null,
      asal: "manual",
      keterangan: ketik.sumber ? `Diisi operator — ${ketik.sumber}` : "Diisi operator",
      narasi,
      realisasiId: ketik.id,
    },
    galat: null,
  };
}
