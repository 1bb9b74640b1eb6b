/**
 * Monitoring of every OPD of a Pemda for one year (issue 15): one statement for the states, budget and survey
 * periods of all OPDs (grouped sub-queries joined to the OPD list, never one query per OPD), one for the IKU with
 * their target and realisasi, one for the survey results. Scoped by pemda_id.
 * The LKE state and the component-only marker are correlated look-ups on their (opd_id, tahun) unique indexes, not
 * joined CTEs: with the row estimates of a freshly loaded PGlite (never analysed, no autovacuum) the planner chose a
 * nested loop over the joined CTE, 600 × 600 rows for 600 OPDs (profiled for issue 15). No pemda_id in these two:
 * it made the planner pick the (pemda_id, tahun) index and filter 600 rows per OPD; o.pemda_id scopes them.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { type Db, queryRows } from "../database";
import { hasilSurvei } from "../schema";
import type { HasilSurveiRow } from "./hasil-tertaut-repository";

export interface BarisMonitoringOpd {
  id: string;
  slug: string;
  nama: string;
  jenis: string;
  urutan: number | null;
  /** modul → status of status_periode (a missing module means draft). */
  status: Record<string, string>;
  skmTerbuka: number;
  skmDitutup: number;
  lkeStatus: string | null;
  adaNilaiKomponen: boolean;
  /** Decimal strings (Rp); null when the OPD has no budget of the year. */
  anggaran: string | null;
  realisasiAnggaran: string | null;
  /** Latest month with budget realisasi. */
  bulanRealisasi: number | null;
}

export async function listMonitoringOpd(db: Db, pemdaId: string, tahun: number): Promise<BarisMonitoringOpd[]> {
  const rows = await queryRows<{
    id: string;
    slug: string;
    nama: string;
    jenis: string;
    urutan: number | null;
    status: Record<string, string> | string | null;
    skm_terbuka: string | number | null;
    skm_ditutup: string | number | null;
    lke_status: string | null;
    ada_komponen: boolean | null;
    anggaran: string | null;
    realisasi: string | null;
    bulan: number | null;
  }>(
    db,
    sql`with st as (
          select opd_id, json_object_agg(modul, status) as status
          from status_periode where pemda_id = ${pemdaId} and tahun = ${tahun} group by opd_id
        ), skm as (
          select opd_id, count(*) filter (where status = 'terbuka') as terbuka,
                 count(*) filter (where status = 'ditutup') as ditutup
          from skm_periode
          where pemda_id = ${pemdaId}
            and extract(year from mulai) <= ${tahun} and extract(year from selesai) >= ${tahun}
          group by opd_id
        ), ang as (
          select opd_id, sum(coalesce(anggaran_perubahan, anggaran_murni, 0)) as anggaran
          from anggaran_node
          where pemda_id = ${pemdaId} and tahun = ${tahun} and level = 'sub-kegiatan'
          group by opd_id
        ), rl as (
          select distinct on (opd_id, kode) opd_id, bulan, pegawai + barang_jasa + modal as jumlah
          from anggaran_realisasi where pemda_id = ${pemdaId} and tahun = ${tahun}
          order by opd_id, kode, bulan desc
        ), rls as (
          select opd_id, sum(jumlah) as realisasi, max(bulan) as bulan from rl group by opd_id
        )
        select o.id, o.slug, o.nama, o.jenis, o.urutan, st.status,
               skm.terbuka as skm_terbuka, skm.ditutup as skm_ditutup,
               (select e.status from evaluasi_lke e
                 where e.opd_id = o.id and e.tahun = ${tahun}) as lke_status,
               exists (select 1 from hasil_evaluasi_akip h
                 where h.opd_id = o.id and h.tahun = ${tahun} and h.jenis = 'hasil')
                 as ada_komponen,
               ang.anggaran::text as anggaran, rls.realisasi::text as realisasi, rls.bulan
        from opd o
          left join st on st.opd_id = o.id
          left join skm on skm.opd_id = o.id
          left join ang on ang.opd_id = o.id
          left join rls on rls.opd_id = o.id
        where o.pemda_id = ${pemdaId}
        order by o.urutan nulls last, o.nama`,
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    nama: r.nama,
    jenis: r.jenis,
    urutan: r.urutan === null ? null : Number(r.urutan),
    status: (typeof r.status === "string" ? JSON.parse(r.status) : (r.status ?? {})) as Record<string, string>,
    skmTerbuka: Number(r.skm_terbuka ?? 0),
    skmDitutup: Number(r.skm_ditutup ?? 0),
    lkeStatus: r.lke_status,
    adaNilaiKomponen: Boolean(r.ada_komponen),
    anggaran: r.anggaran,
    realisasiAnggaran: r.realisasi,
    bulanRealisasi: r.bulan === null ? null : Number(r.bulan),
  }));
}

export interface BarisIkuMonitoring {
  opdId: string;
  nama: string;
  polaritas: "positif" | "negatif";
  rumusNegatif: "2t-r" | "t/r";
  sumberRealisasi: "manual" | "skm" | "akip";
  /** The latest Kepala OPD PK of the year linked to the indicator (Perubahan over awal), else the Renstra target. */
  targetTeks: string;
  /** The year's realisasi (periode "tahunan", as pengukuran reads it); null when none. */
  realisasi: string | null;
}

/** Every IKU of the Pemda with a target in the year, with its realisasi (one statement). */
export async function listIkuMonitoring(db: Db, pemdaId: string, tahun: number): Promise<BarisIkuMonitoring[]> {
  const rows = await queryRows<{
    opd_id: string;
    nama: string;
    polaritas: "positif" | "negatif";
    rumus_negatif: "2t-r" | "t/r";
    sumber_realisasi: "manual" | "skm" | "akip";
    target_teks: string;
    realisasi: string | null;
  }>(
    db,
    sql`select i.opd_id, i.nama, i.polaritas, i.rumus_negatif, i.sumber_realisasi,
               coalesce(
                 (select k.target_teks from pk_kinerja k join pk p on p.id = k.pk_id
                   where k.indikator_id = i.id and k.target_teks is not null
                     and p.tahun = ${tahun} and p.level = 'kepala-opd'
                   order by (p.jenis = 'perubahan') desc, p.tanggal desc limit 1),
                 t.target_teks) as target_teks,
               (select r.nilai::text from realisasi r
                 where r.indikator_id = i.id and r.tahun = ${tahun} and r.periode = 'tahunan') as realisasi
        from indikator i
          join indikator_target t on t.indikator_id = i.id and t.tahun = ${tahun}
        where i.pemda_id = ${pemdaId} and i.iku
        order by i.opd_id, i.urutan, i.kode`,
  );
  return rows.map((r) => ({
    opdId: r.opd_id,
    nama: r.nama,
    polaritas: r.polaritas,
    rumusNegatif: r.rumus_negatif,
    sumberRealisasi: r.sumber_realisasi,
    targetTeks: r.target_teks,
    realisasi: r.realisasi,
  }));
}

/** The survey results of the year of every OPD of the Pemda, latest period last. */
export async function listHasilSurveiPemda(db: Db, pemdaId: string, tahun: number): Promise<HasilSurveiRow[]> {
  return db
    .select()
    .from(hasilSurvei)
    .where(and(eq(hasilSurvei.pemdaId, pemdaId), eq(hasilSurvei.tahun, tahun)))
    .orderBy(asc(hasilSurvei.opdId), asc(hasilSurvei.periodeSelesai), asc(hasilSurvei.kode));
}

/**
 * The years in which the Pemda has monitoring data (a workflow state, a PK, a realisasi, a budget, an LKE or
 * component result, a survey result), newest first. Renstra targets do not count: they reach years not yet worked.
 */
export async function listTahunBerdata(db: Db, pemdaId: string): Promise<number[]> {
  const rows = await queryRows<{ tahun: number | string }>(
    db,
    sql`select distinct tahun from (
          select tahun from status_periode where pemda_id = ${pemdaId}
          union select tahun from pk where pemda_id = ${pemdaId}
          union select tahun from realisasi where pemda_id = ${pemdaId}
          union select tahun from anggaran_node where pemda_id = ${pemdaId}
          union select tahun from evaluasi_lke where pemda_id = ${pemdaId}
          union select tahun from hasil_evaluasi_akip where pemda_id = ${pemdaId}
          union select tahun from hasil_survei where pemda_id = ${pemdaId}
        ) t order by tahun desc`,
  );
  return rows.map((r) => Number(r.tahun));
}
