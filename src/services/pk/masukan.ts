/** Input shapes of a Perjanjian Kinerja and their validation (rows flattened with a positional kode "1", "1.2"). */
import { dec } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import type { JENIS_PK, LEVEL_PK, TINGKAT_ANGGARAN_PK, TINGKAT_SASARAN_PK } from "../../storage/schema";
import { rupiahMesin } from "../bersama/angka";
import { periksaTarget } from "../perencanaan/simpan-indikator";

export const KETERANGAN_ANGGARAN = ["APBD", "PAPBD"] as const;

export interface RujukanBaris {
  pkKode: string;
  barisKode: string;
}

export interface BarisKinerjaMasukan {
  nomor: string | null;
  tingkat: (typeof TINGKAT_SASARAN_PK)[number];
  sasaran: string;
  indikator: string;
  satuan: string;
  target: string | null;
  indikatorKode?: string | null;
  indukKaskade?: RujukanBaris | null;
  sumber?: string | null;
  /** The stored position this row was read from (GET); lets a moved row keep its id. Absent for a new row. */
  kodeAsal?: string | null;
  anak: BarisKinerjaMasukan[];
}

export interface BarisAnggaranMasukan {
  nomor: string | null;
  tingkat: (typeof TINGKAT_ANGGARAN_PK)[number];
  uraian: string;
  kodeDppa?: string | null;
  anggaran: string;
  keterangan: string;
  sumber?: string | null;
  anak: BarisAnggaranMasukan[];
}

export interface PkMasukan {
  kode: string;
  tahun: number;
  jenis: (typeof JENIS_PK)[number];
  level: (typeof LEVEL_PK)[number];
  pihakPertamaKode: string;
  pihakKeduaKode: string;
  tempat: string;
  tanggal: string;
  sumber?: string | null;
  kinerja: BarisKinerjaMasukan[];
  anggaran: BarisAnggaranMasukan[];
}

export interface KinerjaDatar {
  kode: string;
  indukKode: string | null;
  urutan: number;
  nomor: string | null;
  tingkat: BarisKinerjaMasukan["tingkat"];
  sasaran: string;
  indikator: string;
  satuan: string;
  targetTeks: string | null;
  indikatorKode: string | null;
  indukKaskade: RujukanBaris | null;
  sumber: string | null;
}

export interface AnggaranDatar {
  kode: string;
  indukKode: string | null;
  urutan: number;
  nomor: string | null;
  tingkat: BarisAnggaranMasukan["tingkat"];
  uraian: string;
  kodeDppa: string | null;
  anggaran: string;
  keterangan: string;
  sumber: string | null;
}

/**
 * Deepest row of each table, 1 = top rows only: kinerja = baris utama + rincian (sasaran kegiatan → sub-kegiatan);
 * anggaran = program → kegiatan → sub-kegiatan. The same limits as the PUT schema and the form (form-pk.ts).
 */
export const KEDALAMAN_MAKS = { kinerja: 2, anggaran: 3 } as const;

/**
 * Largest Rupiah amount a PK budget row holds, exclusive: pk_anggaran.anggaran is numeric(18, 2), so at most
 * 9.999.999.999.999.999,99 (10^16 − 0,01).
 */
const BATAS_ANGGARAN = dec("10000000000000000");

function datar<T extends { anak: T[] }, R>(
  rows: T[],
  ubah: (r: T, kode: string, induk: string | null, urutan: number) => R,
  tabel?: keyof typeof KEDALAMAN_MAKS,
): R[] {
  const out: R[] = [];
  const jalan = (list: T[], induk: string | null, tingkat: number) =>
    list.forEach((r, i) => {
      const kode = induk ? `${induk}.${i + 1}` : `${i + 1}`;
      if (tabel && tingkat > KEDALAMAN_MAKS[tabel]) {
        throw new DomainError(
          "baris_terlalu_dalam",
          `${tabel} baris ${kode}: terlalu dalam; baris ${tabel} PK paling banyak ${KEDALAMAN_MAKS[tabel]} tingkat`,
          { baris: kode, field: "anak" },
        );
      }
      out.push(ubah(r, kode, induk, out.length));
      jalan(r.anak ?? [], kode, tingkat + 1);
    });
  jalan(rows, null, 1);
  return out;
}

/** Rupiah of a PK budget row in machine form (rupiahMesin), refused when negative or too large for numeric(18, 2). */
function anggaranMesin(input: string, field: string, kode: string): string {
  const nilai = rupiahMesin(input, field);
  if (dec(nilai).lt(0)) {
    throw new DomainError("anggaran_negatif", `${field}: "${input}" tidak boleh negatif`, {
      baris: kode,
      field: "anggaran",
      value: input,
    });
  }
  if (dec(nilai).gte(BATAS_ANGGARAN)) {
    throw new DomainError(
      "anggaran_terlalu_besar",
      `${field}: "${input}" terlalu besar; paling banyak 9.999.999.999.999.999,99`,
      { baris: kode, field: "anggaran", value: input },
    );
  }
  return nilai;
}

export function datarKinerja(rows: BarisKinerjaMasukan[]): KinerjaDatar[] {
  return datar(
    rows,
    (r, kode, indukKode, urutan) => {
      const field = `kinerja baris ${kode}`;
      for (const f of ["sasaran", "indikator", "satuan"] as const) {
        if (!r[f]?.trim()) throw new DomainError(`${f}_wajib`, `${field}: ${f} wajib diisi`, { baris: kode, field: f });
      }
      return {
        kode,
        indukKode,
        urutan,
        nomor: r.nomor,
        tingkat: r.tingkat,
        sasaran: r.sasaran.trim(),
        indikator: r.indikator.trim(),
        satuan: r.satuan.trim(),
        targetTeks: r.target?.trim() ? periksaTarget(r.target, `${field}, target`) : null,
        indikatorKode: r.indikatorKode ?? null,
        indukKaskade: r.indukKaskade ?? null,
        sumber: r.sumber ?? null,
      };
    },
    "kinerja",
  );
}

/** New position → stored position (`kodeAsal`) of each kinerja row that carries one. */
export function asalKinerja(rows: BarisKinerjaMasukan[]): Map<string, string> {
  const asal = new Map<string, string>();
  datar(rows, (r, kode) => {
    if (r.kodeAsal) asal.set(kode, r.kodeAsal);
    return null;
  });
  return asal;
}

export function datarAnggaran(rows: BarisAnggaranMasukan[]): AnggaranDatar[] {
  return datar(
    rows,
    (r, kode, indukKode, urutan) => {
      const field = `anggaran baris ${kode}`;
      if (!r.uraian.trim()) throw new DomainError("uraian_wajib", `${field}: uraian wajib diisi`, { baris: kode });
      const keterangan = r.keterangan.trim().toUpperCase();
      if (!(KETERANGAN_ANGGARAN as readonly string[]).includes(keterangan)) {
        throw new DomainError(
          "keterangan_tidak_dikenal",
          `${field}: keterangan "${r.keterangan}" harus APBD atau PAPBD`,
          {
            baris: kode,
            field: "keterangan",
          },
        );
      }
      return {
        kode,
        indukKode,
        urutan,
        nomor: r.nomor,
        tingkat: r.tingkat,
        uraian: r.uraian.trim(),
        kodeDppa: r.kodeDppa ?? null,
        anggaran: anggaranMesin(r.anggaran, `${field}, anggaran`, kode),
        keterangan,
        sumber: r.sumber ?? null,
      };
    },
    "anggaran",
  );
}
