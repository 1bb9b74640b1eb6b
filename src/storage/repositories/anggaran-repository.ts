/**
 * Budget rows of one OPD and year (schema/anggaran.ts). Every query is scoped by opd_id and tahun; rows carry
 * pemda_id. Amounts cross this boundary as decimal strings ("13000000.00").
 */
import { and, asc, desc, eq, gte, lte, sql } from "drizzle-orm";
import type { NodeData, RealisasiData, RincianData, TautanSasaran } from "../../domain/anggaran";
import { bandingkanKode } from "../../domain/anggaran/data-anggaran";
import { type Db, queryRows } from "../database";
import {
  anggaranKelasOpd,
  anggaranNode,
  anggaranRealisasi,
  anggaranRincian,
  anggaranSasaran,
  pk,
  pkAnggaran,
  renstra,
  renstraSasaran,
  renstraTujuan,
} from "../schema";

export interface KunciAnggaran {
  pemdaId: string;
  opdId: string;
  tahun: number;
}

export interface KelasOpdRow {
  akun: string;
  anggaran: string;
  realisasi: string | null;
  sumber: string | null;
}

/** Code-point order (not the database collation, which may ignore punctuation). */
export const teks = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byKode = <T extends { kode: string }>(a: T, b: T): number => bandingkanKode(a.kode, b.kode);

/** Nodes of the tree in DPA code order. */
export async function bacaNode(db: Db, k: KunciAnggaran): Promise<NodeData[]> {
  const rows = await db
    .select({
      kode: anggaranNode.kode,
      level: anggaranNode.level,
      uraian: anggaranNode.uraian,
      anggaranMurni: anggaranNode.anggaranMurni,
      anggaranPerubahan: anggaranNode.anggaranPerubahan,
      sumberDana: anggaranNode.sumberDana,
    })
    .from(anggaranNode)
    .where(and(eq(anggaranNode.opdId, k.opdId), eq(anggaranNode.tahun, k.tahun)));
  return rows.sort(byKode);
}

const kolomRealisasi = {
  kode: anggaranRealisasi.kode,
  bulan: anggaranRealisasi.bulan,
  pegawai: anggaranRealisasi.pegawai,
  barangJasa: anggaranRealisasi.barangJasa,
  modal: anggaranRealisasi.modal,
};

/** Realisasi rows of exactly one month. */
export async function bacaRealisasiBulan(db: Db, k: KunciAnggaran, bulan: number): Promise<RealisasiData[]> {
  const rows = await db
    .select(kolomRealisasi)
    .from(anggaranRealisasi)
    .where(
      and(
        eq(anggaranRealisasi.opdId, k.opdId),
        eq(anggaranRealisasi.tahun, k.tahun),
        eq(anggaranRealisasi.bulan, bulan),
      ),
    );
  return rows.map(({ bulan: _b, ...r }) => r).sort(byKode);
}

/** Per sub-kegiatan, its latest cumulative realisasi up to `sampaiBulan` (default: the latest month stored). */
export async function bacaRealisasiTerakhir(
  db: Db,
  k: KunciAnggaran,
  sampaiBulan = 12,
): Promise<(RealisasiData & { bulan: number })[]> {
  const rows = await db
    .selectDistinctOn([anggaranRealisasi.kode], kolomRealisasi)
    .from(anggaranRealisasi)
    .where(
      and(
        eq(anggaranRealisasi.opdId, k.opdId),
        eq(anggaranRealisasi.tahun, k.tahun),
        lte(anggaranRealisasi.bulan, sampaiBulan),
      ),
    )
    .orderBy(asc(anggaranRealisasi.kode), desc(anggaranRealisasi.bulan));
  return rows.sort(byKode);
}

/** Every realisasi row of every month (for the content hash), ordered by code then month. */
export async function bacaRealisasiSemua(db: Db, k: KunciAnggaran): Promise<(RealisasiData & { bulan: number })[]> {
  const rows = await db
    .select(kolomRealisasi)
    .from(anggaranRealisasi)
    .where(and(eq(anggaranRealisasi.opdId, k.opdId), eq(anggaranRealisasi.tahun, k.tahun)));
  return rows.sort((a, b) => bandingkanKode(a.kode, b.kode) || a.bulan - b.bulan);
}

/** Months that have realisasi, ascending. */
export async function bulanRealisasi(db: Db, k: KunciAnggaran): Promise<number[]> {
  const rows = await db
    .selectDistinct({ bulan: anggaranRealisasi.bulan })
    .from(anggaranRealisasi)
    .where(and(eq(anggaranRealisasi.opdId, k.opdId), eq(anggaranRealisasi.tahun, k.tahun)))
    .orderBy(asc(anggaranRealisasi.bulan));
  return rows.map((r) => r.bulan);
}

export async function bacaRincian(db: Db, k: KunciAnggaran): Promise<RincianData[]> {
  const rows = await db
    .select({ kode: anggaranRincian.kode, akun: anggaranRincian.akun, anggaran: anggaranRincian.anggaran })
    .from(anggaranRincian)
    .where(and(eq(anggaranRincian.opdId, k.opdId), eq(anggaranRincian.tahun, k.tahun)));
  return rows.sort((a, b) => byKode(a, b) || teks(a.akun, b.akun));
}

export async function bacaSasaran(db: Db, k: KunciAnggaran): Promise<TautanSasaran[]> {
  const rows = await db
    .select({ kode: anggaranSasaran.kode, sasaranKode: anggaranSasaran.sasaranKode })
    .from(anggaranSasaran)
    .where(and(eq(anggaranSasaran.opdId, k.opdId), eq(anggaranSasaran.tahun, k.tahun)));
  return rows.sort((a, b) => byKode(a, b) || teks(a.sasaranKode, b.sasaranKode));
}

export async function bacaKelasOpd(db: Db, k: KunciAnggaran): Promise<KelasOpdRow[]> {
  return db
    .select({
      akun: anggaranKelasOpd.akun,
      anggaran: anggaranKelasOpd.anggaran,
      realisasi: anggaranKelasOpd.realisasi,
      sumber: anggaranKelasOpd.sumber,
    })
    .from(anggaranKelasOpd)
    .where(and(eq(anggaranKelasOpd.opdId, k.opdId), eq(anggaranKelasOpd.tahun, k.tahun)))
    .then((rows) => rows.sort((a, b) => teks(a.akun, b.akun)));
}

/** Number of budget rows of an OPD and year in every table (used by tests and the import summary). */
export async function hitungBaris(db: Db, k: KunciAnggaran): Promise<Record<string, number>> {
  const count = async (
    table:
      | typeof anggaranNode
      | typeof anggaranRealisasi
      | typeof anggaranRincian
      | typeof anggaranSasaran
      | typeof anggaranKelasOpd,
  ) => {
    const [r] = await db
      .select({ n: sql<number>`cast(count(*) as integer)` })
      .from(table)
      .where(and(eq(table.opdId, k.opdId), eq(table.tahun, k.tahun)));
    return r?.n ?? 0;
  };
  return {
    node: await count(anggaranNode),
    realisasi: await count(anggaranRealisasi),
    rincian: await count(anggaranRincian),
    sasaran: await count(anggaranSasaran),
    kelasOpd: await count(anggaranKelasOpd),
  };
}

/**
 * SHA-256 (hex) of everything stored for the OPD and year, computed in the database: nodes, realisasi of every
 * month, rincian, sasaran links and the OPD breakdown, one line per row in byte order. Equal hashes = equal data.
 */
export async function hashAnggaran(db: Db, k: KunciAnggaran): Promise<string> {
  const w = sql`opd_id = ${k.opdId}::uuid and tahun = ${k.tahun}::integer`;
  const f = (v: string) => sql.raw(`coalesce(${v}::text, '~')`);
  const sep = sql.raw("chr(31)");
  const rows = await queryRows<{ h: string }>(
    db,
    sql`select encode(sha256(convert_to(coalesce(string_agg(t, chr(30) order by t collate "C"), ''), 'UTF8')), 'hex') as h
    from (
      select concat_ws(${sep}, 'n', kode, level, uraian, ${f("anggaran_murni")}, ${f("anggaran_perubahan")}, ${f("sumber_dana")}) as t
        from ${anggaranNode} where ${w}
      union all select concat_ws(${sep}, 'r', kode, bulan::text, pegawai::text, barang_jasa::text, modal::text)
        from ${anggaranRealisasi} where ${w}
      union all select concat_ws(${sep}, 'i', kode, akun, anggaran::text) from ${anggaranRincian} where ${w}
      union all select concat_ws(${sep}, 's', kode, sasaran_kode) from ${anggaranSasaran} where ${w}
      union all select concat_ws(${sep}, 'k', akun, anggaran::text, ${f("realisasi")}, ${f("sumber")})
        from ${anggaranKelasOpd} where ${w}
    ) u`,
  );
  return rows[0]?.h ?? "";
}

/** Years with a budget tree for an OPD, descending. */
export async function tahunAnggaran(db: Db, opdId: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ tahun: anggaranNode.tahun })
    .from(anggaranNode)
    .where(eq(anggaranNode.opdId, opdId))
    .orderBy(desc(anggaranNode.tahun));
  return rows.map((r) => r.tahun);
}

/**
 * Text of the Renstra sasaran by code for an OPD, from the Renstra whose period covers `tahun` (resolves the
 * anggaran_sasaran links, which are stored by code). Empty when the Renstra is not entered yet.
 */
export async function bacaTeksSasaran(db: Db, opdId: string, tahun: number): Promise<Map<string, string>> {
  const rows = await db
    .select({ kode: renstraSasaran.kode, teks: renstraSasaran.teks })
    .from(renstraSasaran)
    .innerJoin(renstraTujuan, eq(renstraTujuan.id, renstraSasaran.tujuanId))
    .innerJoin(renstra, eq(renstra.id, renstraTujuan.renstraId))
    .where(and(eq(renstraSasaran.opdId, opdId), lte(renstra.tahunAwal, tahun), gte(renstra.tahunAkhir, tahun)));
  return new Map(rows.map((r) => [r.kode, r.teks]));
}

export interface BarisAnggaranPk {
  pkKode: string;
  jenis: string;
  level: string;
  tingkat: string;
  uraian: string;
  /** The DPPA code as the PK prints it (segment C "1.2.06", or "X.XX.01"); null when not given. */
  kodeDppa: string | null;
  anggaran: string;
}

/** Budget rows of every PK of the OPD and year (pk_anggaran, issue M1-04), to link them to the DPA tree by code. */
export async function bacaAnggaranPk(db: Db, k: KunciAnggaran): Promise<BarisAnggaranPk[]> {
  const rows = await db
    .select({
      pkKode: pk.kode,
      jenis: pk.jenis,
      level: pk.level,
      tingkat: pkAnggaran.tingkat,
      uraian: pkAnggaran.uraian,
      kodeDppa: pkAnggaran.kodeDppa,
      anggaran: pkAnggaran.anggaran,
      urutan: pkAnggaran.urutan,
    })
    .from(pkAnggaran)
    .innerJoin(pk, eq(pk.id, pkAnggaran.pkId))
    .where(and(eq(pk.opdId, k.opdId), eq(pk.tahun, k.tahun)));
  return rows.sort((a, b) => teks(a.pkKode, b.pkKode) || a.urutan - b.urutan).map(({ urutan: _u, ...r }) => r);
}
