/**
 * Rows of the evaluasi AKIP worksheet (schema/lke.ts). Every query is scoped by opd_id (and pemda_id for the
 * recap); evidence file bytes are read only by the download.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type Db, queryRows } from "../database";
import { evaluasiLke, lkeBukti, lkeJawaban, lkeRekomendasi, opd } from "../schema";

export type EvaluasiLkeRow = typeof evaluasiLke.$inferSelect;
export type LkeJawabanRow = typeof lkeJawaban.$inferSelect;
export type LkeBuktiRow = typeof lkeBukti.$inferSelect;
export type LkeBuktiInfo = Omit<LkeBuktiRow, "isi">;
export type LkeRekomendasiRow = typeof lkeRekomendasi.$inferSelect;

export async function getEvaluasiLke(db: Db, opdId: string, tahun: number): Promise<EvaluasiLkeRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluasiLke)
    .where(and(eq(evaluasiLke.opdId, opdId), eq(evaluasiLke.tahun, tahun)));
  return row;
}

export async function getEvaluasiLkeById(db: Db, id: string): Promise<EvaluasiLkeRow | undefined> {
  const [row] = await db.select().from(evaluasiLke).where(eq(evaluasiLke.id, id));
  return row;
}

/** Locks the evaluation row for the rest of the transaction (saves of one worksheet queue). */
export async function kunciEvaluasiLke(db: Db, id: string): Promise<EvaluasiLkeRow | undefined> {
  const [row] = await db.select().from(evaluasiLke).where(eq(evaluasiLke.id, id)).for("update");
  return row;
}

export async function insertEvaluasiLke(
  db: Db,
  row: {
    pemdaId: string;
    opdId: string;
    tahun: number;
    kerangka: string;
    diubahOleh: string;
    keterangan?: string | null;
  },
): Promise<EvaluasiLkeRow> {
  const [saved] = await db.insert(evaluasiLke).values(row).onConflictDoNothing().returning();
  if (saved) return saved;
  const ada = await getEvaluasiLke(db, row.opdId, row.tahun);
  if (!ada) throw new Error("insertEvaluasiLke: no row");
  return ada;
}

export async function updateEvaluasiLke(
  db: Db,
  id: string,
  set: Partial<
    Pick<EvaluasiLkeRow, "status" | "catatanKomponen" | "keterangan" | "difinalkanOleh" | "difinalkanPada">
  > & {
    diubahOleh: string;
  },
): Promise<EvaluasiLkeRow> {
  const [row] = await db
    .update(evaluasiLke)
    .set({ ...set, versi: sql`${evaluasiLke.versi} + 1`, diubahPada: new Date() })
    .where(eq(evaluasiLke.id, id))
    .returning();
  if (!row) throw new Error("updateEvaluasiLke: no row");
  return row;
}

export async function listEvaluasiLkePemda(db: Db, pemdaId: string, tahun: number): Promise<EvaluasiLkeRow[]> {
  return db
    .select()
    .from(evaluasiLke)
    .where(and(eq(evaluasiLke.pemdaId, pemdaId), eq(evaluasiLke.tahun, tahun)));
}

export async function listJawaban(db: Db, evaluasiId: string): Promise<LkeJawabanRow[]> {
  return db.select().from(lkeJawaban).where(eq(lkeJawaban.evaluasiId, evaluasiId));
}

/**
 * The evaluator's answers of every evaluation of a Pemda's year (the recap), one row per evaluation with its answers
 * packed as "kode=huruf;…" (600 rows for a province instead of 48 000).
 */
/** Every answer row of several evaluations (the LHE/recap documents' source). */
export async function listJawabanBanyak(db: Db, evaluasiIds: string[]): Promise<LkeJawabanRow[]> {
  if (!evaluasiIds.length) return [];
  return db.select().from(lkeJawaban).where(inArray(lkeJawaban.evaluasiId, evaluasiIds));
}

export async function listJawabanEvaluatorPemda(
  db: Db,
  pemdaId: string,
  tahun: number,
): Promise<Array<{ evaluasiId: string; jawaban: Record<string, string | null> }>> {
  const rows = await queryRows<{ evaluasi_id: string; isi: string | null }>(
    db,
    // per worksheet through the (evaluasi_id, kode_kriteria) index instead of one sort of every answer of the Pemda
    // (48,000 rows for 600 OPDs): half the time on PGlite (issue 15 profile)
    sql`select e.id as evaluasi_id, x.isi
        from evaluasi_lke e
          cross join lateral (
            select string_agg(j.kode_kriteria || '=' || coalesce(j.jawaban_evaluator, ''), ';') as isi
            from lke_jawaban j where j.evaluasi_id = e.id
          ) x
        where e.pemda_id = ${pemdaId} and e.tahun = ${tahun} and x.isi is not null`,
  );
  return rows.map((r) => {
    const jawaban: Record<string, string | null> = {};
    for (const bagian of (r.isi ?? "").split(";")) {
      const i = bagian.indexOf("=");
      if (i > 0) jawaban[bagian.slice(0, i)] = bagian.slice(i + 1) || null;
    }
    return { evaluasiId: r.evaluasi_id, jawaban };
  });
}

export type JawabanBaru = Omit<typeof lkeJawaban.$inferInsert, "id" | "diubahPada">;

export async function upsertJawaban(db: Db, rows: JawabanBaru[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(lkeJawaban)
    .values(rows)
    .onConflictDoUpdate({
      target: [lkeJawaban.evaluasiId, lkeJawaban.kodeKriteria],
      set: {
        jawabanMandiri: sql`excluded.jawaban_mandiri`,
        alasanMandiri: sql`excluded.alasan_mandiri`,
        jawabanEvaluator: sql`excluded.jawaban_evaluator`,
        alasanEvaluator: sql`excluded.alasan_evaluator`,
        catatanEvaluator: sql`excluded.catatan_evaluator`,
        diubahOleh: sql`excluded.diubah_oleh`,
        diubahPada: new Date(),
      },
    });
}

const kolomBuktiInfo = {
  id: lkeBukti.id,
  pemdaId: lkeBukti.pemdaId,
  opdId: lkeBukti.opdId,
  evaluasiId: lkeBukti.evaluasiId,
  kodeKriteria: lkeBukti.kodeKriteria,
  jenis: lkeBukti.jenis,
  judul: lkeBukti.judul,
  url: lkeBukti.url,
  halaman: lkeBukti.halaman,
  namaBerkas: lkeBukti.namaBerkas,
  mime: lkeBukti.mime,
  ukuran: lkeBukti.ukuran,
  sha256: lkeBukti.sha256,
  asalBuktiId: lkeBukti.asalBuktiId,
  diunggahOleh: lkeBukti.diunggahOleh,
  diunggahPada: lkeBukti.diunggahPada,
};

export async function listBuktiLke(db: Db, evaluasiId: string): Promise<LkeBuktiInfo[]> {
  return db
    .select(kolomBuktiInfo)
    .from(lkeBukti)
    .where(eq(lkeBukti.evaluasiId, evaluasiId))
    .orderBy(asc(lkeBukti.kodeKriteria), asc(lkeBukti.diunggahPada));
}

/** Evidence with its bytes (download, copy to the next year). */
export async function listBuktiLkeLengkap(db: Db, evaluasiId: string, kodeKriteria?: string): Promise<LkeBuktiRow[]> {
  return db
    .select()
    .from(lkeBukti)
    .where(
      kodeKriteria
        ? and(eq(lkeBukti.evaluasiId, evaluasiId), eq(lkeBukti.kodeKriteria, kodeKriteria))
        : eq(lkeBukti.evaluasiId, evaluasiId),
    );
}

export async function getBuktiLke(db: Db, opdId: string, id: string): Promise<LkeBuktiRow | undefined> {
  const [row] = await db
    .select()
    .from(lkeBukti)
    .where(and(eq(lkeBukti.opdId, opdId), eq(lkeBukti.id, id)));
  return row;
}

export async function insertBuktiLke(
  db: Db,
  rows: Array<Omit<typeof lkeBukti.$inferInsert, "id">>,
): Promise<LkeBuktiInfo[]> {
  if (!rows.length) return [];
  return db.insert(lkeBukti).values(rows).returning(kolomBuktiInfo);
}

export async function deleteBuktiLke(db: Db, id: string): Promise<void> {
  await db.delete(lkeBukti).where(eq(lkeBukti.id, id));
}

export async function listRekomendasi(db: Db, evaluasiId: string): Promise<LkeRekomendasiRow[]> {
  return db
    .select()
    .from(lkeRekomendasi)
    .where(eq(lkeRekomendasi.evaluasiId, evaluasiId))
    .orderBy(asc(lkeRekomendasi.urutan), asc(lkeRekomendasi.diubahPada));
}

export async function getRekomendasi(db: Db, opdId: string, id: string): Promise<LkeRekomendasiRow | undefined> {
  const [row] = await db
    .select()
    .from(lkeRekomendasi)
    .where(and(eq(lkeRekomendasi.opdId, opdId), eq(lkeRekomendasi.id, id)));
  return row;
}

export type RekomendasiBaru = Omit<typeof lkeRekomendasi.$inferInsert, "id" | "diubahPada">;

export async function insertRekomendasi(db: Db, row: RekomendasiBaru): Promise<LkeRekomendasiRow> {
  const [saved] = await db.insert(lkeRekomendasi).values(row).returning();
  if (!saved) throw new Error("insertRekomendasi: no row");
  return saved;
}

export async function updateRekomendasi(
  db: Db,
  id: string,
  set: Partial<Omit<RekomendasiBaru, "pemdaId" | "opdId" | "evaluasiId">>,
): Promise<LkeRekomendasiRow> {
  const [saved] = await db
    .update(lkeRekomendasi)
    .set({ ...set, diubahPada: new Date() })
    .where(eq(lkeRekomendasi.id, id))
    .returning();
  if (!saved) throw new Error("updateRekomendasi: no row");
  return saved;
}

export async function deleteRekomendasi(db: Db, id: string): Promise<void> {
  await db.delete(lkeRekomendasi).where(eq(lkeRekomendasi.id, id));
}

/** OPDs of a Pemda (recap rows), in the order of the Pemda's list. */
export async function listOpdPemda(
  db: Db,
  pemdaId: string,
): Promise<Array<{ id: string; slug: string; nama: string; urutan: number | null }>> {
  const rows = await db
    .select({ id: opd.id, slug: opd.slug, nama: opd.nama, urutan: opd.urutan })
    .from(opd)
    .where(eq(opd.pemdaId, pemdaId));
  return rows.sort((a, b) => (a.urutan ?? 1e9) - (b.urutan ?? 1e9) || (a.nama < b.nama ? -1 : 1));
}

export interface RingkasanBuktiSistem {
  pk: { jumlah: number; tanggalTerakhir: string | null };
  indikator: { jumlah: number; denganTarget: number };
  realisasi: { triwulan: number; baris: number };
  anggaranSasaran: number;
  lkjip: { tanggal: string | null; status: string | null; teks: number };
}

/** What the system holds for an OPD's year, counted in one round trip (the evidence offered per kriteria). */
export async function ringkasanBuktiSistem(db: Db, opdId: string, tahun: number): Promise<RingkasanBuktiSistem> {
  const [r] = await queryRows<Record<string, string | number | null>>(
    db,
    sql`select
      (select count(*) from pk where opd_id = ${opdId} and tahun = ${tahun}) as pk_jumlah,
      (select max(tanggal)::text from pk where opd_id = ${opdId} and tahun = ${tahun}) as pk_tanggal,
      (select count(*) from indikator where opd_id = ${opdId}) as ind_jumlah,
      (select count(distinct indikator_id) from indikator_target where opd_id = ${opdId} and tahun = ${tahun}) as ind_target,
      (select count(distinct periode) from realisasi where opd_id = ${opdId} and tahun = ${tahun} and periode in ('tw1','tw2','tw3','tw4')) as real_tw,
      (select count(*) from realisasi where opd_id = ${opdId} and tahun = ${tahun}) as real_baris,
      (select count(*) from anggaran_sasaran where opd_id = ${opdId} and tahun = ${tahun}) as ang_sasaran,
      (select tanggal::text from laporan_penandatangan where opd_id = ${opdId} and tahun = ${tahun} and dokumen = 'lkjip') as lkjip_tanggal,
      (select status from status_periode where opd_id = ${opdId} and tahun = ${tahun} and modul = 'laporan') as lkjip_status,
      (select count(*) from laporan_teks where opd_id = ${opdId} and tahun = ${tahun}) as lkjip_teks`,
  );
  const n = (v: unknown) => Number(v ?? 0);
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    pk: { jumlah: n(r?.pk_jumlah), tanggalTerakhir: s(r?.pk_tanggal) },
    indikator: { jumlah: n(r?.ind_jumlah), denganTarget: n(r?.ind_target) },
    realisasi: { triwulan: n(r?.real_tw), baris: n(r?.real_baris) },
    anggaranSasaran: n(r?.ang_sasaran),
    lkjip: { tanggal: s(r?.lkjip_tanggal), status: s(r?.lkjip_status), teks: n(r?.lkjip_teks) },
  };
}
