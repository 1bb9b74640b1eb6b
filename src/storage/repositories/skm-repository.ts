/**
 * SKM survey storage (issue 12, ADR 0020): layanan, periode, populasi, kuesioner, responden, RTL. Every query is
 * scoped by Pemda (and OPD where the data belongs to one). Results are sums per unsur computed by the database
 * (count + sum(u1..u9) over the raw answers); the figures are computed from them by domain/skm.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { type Db, queryRowsBernama } from "../database";
import { opd, pemda, skmKuesioner, skmLayanan, skmPeriode, skmPopulasi, skmResponden, skmRtl } from "../schema";

export type SkmLayananRow = typeof skmLayanan.$inferSelect;
export type SkmPeriodeRow = typeof skmPeriode.$inferSelect;
export type SkmKuesionerRow = typeof skmKuesioner.$inferSelect;
export type SkmRespondenRow = typeof skmResponden.$inferSelect;
export type SkmRespondenBaru = Omit<typeof skmResponden.$inferInsert, "id">;
export type SkmRtlRow = typeof skmRtl.$inferSelect;

// ---- layanan ----

export async function listLayanan(db: Db, opdId: string): Promise<SkmLayananRow[]> {
  return db
    .select()
    .from(skmLayanan)
    .where(eq(skmLayanan.opdId, opdId))
    .orderBy(asc(skmLayanan.urutan), asc(skmLayanan.kode));
}

export async function getLayananKode(db: Db, pemdaId: string, kode: string): Promise<SkmLayananRow | undefined> {
  const [row] = await db
    .select()
    .from(skmLayanan)
    .where(and(eq(skmLayanan.pemdaId, pemdaId), eq(skmLayanan.kode, kode)));
  return row;
}

export async function upsertLayanan(
  db: Db,
  row: Omit<typeof skmLayanan.$inferInsert, "id" | "diubahPada">,
  now: Date,
): Promise<SkmLayananRow> {
  const [saved] = await db
    .insert(skmLayanan)
    .values({ ...row, diubahPada: now })
    .onConflictDoUpdate({
      target: [skmLayanan.pemdaId, skmLayanan.kode],
      set: { nama: row.nama, namaEn: row.namaEn, aktif: row.aktif, urutan: row.urutan, diubahPada: now },
    })
    .returning();
  if (!saved) throw new Error("upsertLayanan: no row");
  return saved;
}

export async function deleteLayanan(db: Db, id: string): Promise<void> {
  await db.delete(skmLayanan).where(eq(skmLayanan.id, id));
}

export async function adaResponden(db: Db, kolom: "layanan" | "periode", id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: skmResponden.id })
    .from(skmResponden)
    .where(kolom === "layanan" ? eq(skmResponden.layananId, id) : eq(skmResponden.periodeId, id))
    .limit(1);
  return row !== undefined;
}

// ---- periode ----

export async function listPeriode(db: Db, opdId: string): Promise<SkmPeriodeRow[]> {
  return db.select().from(skmPeriode).where(eq(skmPeriode.opdId, opdId)).orderBy(asc(skmPeriode.mulai));
}

export async function getPeriodeKode(db: Db, opdId: string, kode: string): Promise<SkmPeriodeRow | undefined> {
  const [row] = await db
    .select()
    .from(skmPeriode)
    .where(and(eq(skmPeriode.opdId, opdId), eq(skmPeriode.kode, kode)));
  return row;
}

/** Periods of the Pemda with this kode (one per OPD at most). */
export async function getPeriodeId(db: Db, id: string): Promise<SkmPeriodeRow | undefined> {
  const [row] = await db.select().from(skmPeriode).where(eq(skmPeriode.id, id));
  return row;
}

export async function listPeriodeKodePemda(db: Db, pemdaId: string, kode: string): Promise<SkmPeriodeRow[]> {
  return db
    .select()
    .from(skmPeriode)
    .where(and(eq(skmPeriode.pemdaId, pemdaId), eq(skmPeriode.kode, kode)));
}

/** Open periods of the OPD covering `tanggal` (yyyy-mm-dd), the newest start first. */
export async function periodeTerbukaPada(db: Db, opdId: string, tanggal: string): Promise<SkmPeriodeRow[]> {
  return db
    .select()
    .from(skmPeriode)
    .where(
      and(
        eq(skmPeriode.opdId, opdId),
        eq(skmPeriode.status, "terbuka"),
        sql`${skmPeriode.mulai} <= ${tanggal}::date`,
        sql`${skmPeriode.selesai} >= ${tanggal}::date`,
      ),
    )
    .orderBy(desc(skmPeriode.mulai));
}

export async function upsertPeriode(
  db: Db,
  row: Omit<typeof skmPeriode.$inferInsert, "id" | "diubahPada" | "status" | "ditutupPada" | "hasilSurveiKode">,
  now: Date,
): Promise<SkmPeriodeRow> {
  const [saved] = await db
    .insert(skmPeriode)
    .values({ ...row, diubahPada: now })
    .onConflictDoUpdate({
      target: [skmPeriode.opdId, skmPeriode.kode],
      set: { jenis: row.jenis, mulai: row.mulai, selesai: row.selesai, diubahPada: now },
    })
    .returning();
  if (!saved) throw new Error("upsertPeriode: no row");
  return saved;
}

export async function setStatusPeriode(
  db: Db,
  id: string,
  status: "terbuka" | "ditutup",
  now: Date,
  hasilSurveiKode: string | null,
): Promise<void> {
  await db
    .update(skmPeriode)
    .set({ status, ditutupPada: status === "ditutup" ? now : null, hasilSurveiKode, diubahPada: now })
    .where(eq(skmPeriode.id, id));
}

export async function deletePeriode(db: Db, id: string): Promise<void> {
  await db.delete(skmPeriode).where(eq(skmPeriode.id, id));
}

// ---- populasi ----

export async function listPopulasi(db: Db, periodeIds: string[]) {
  if (!periodeIds.length) return [];
  return db.select().from(skmPopulasi).where(inArray(skmPopulasi.periodeId, periodeIds));
}

export async function upsertPopulasi(db: Db, row: Omit<typeof skmPopulasi.$inferInsert, "id">): Promise<void> {
  await db
    .insert(skmPopulasi)
    .values(row)
    .onConflictDoUpdate({ target: [skmPopulasi.layananId, skmPopulasi.periodeId], set: { populasi: row.populasi } });
}

export async function deletePopulasi(db: Db, layananId: string, periodeId: string): Promise<void> {
  await db.delete(skmPopulasi).where(and(eq(skmPopulasi.layananId, layananId), eq(skmPopulasi.periodeId, periodeId)));
}

// ---- kuesioner ----

export async function kuesionerTerbaru(db: Db, layananId: string): Promise<SkmKuesionerRow | undefined> {
  const [row] = await db
    .select()
    .from(skmKuesioner)
    .where(eq(skmKuesioner.layananId, layananId))
    .orderBy(desc(skmKuesioner.versi))
    .limit(1);
  return row;
}

export async function insertKuesioner(
  db: Db,
  row: Omit<typeof skmKuesioner.$inferInsert, "id" | "dibuatPada">,
  now: Date,
): Promise<SkmKuesionerRow> {
  const [saved] = await db
    .insert(skmKuesioner)
    .values({ ...row, dibuatPada: now })
    .returning();
  if (!saved) throw new Error("insertKuesioner: no row");
  return saved;
}

// ---- responden ----

/** Inserts rows; a row whose kunci already exists in the Pemda is skipped. Returns the ids actually inserted. */
export async function insertResponden(db: Db, rows: SkmRespondenBaru[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const part = await db
      .insert(skmResponden)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({ target: [skmResponden.pemdaId, skmResponden.kunci] })
      .returning({ id: skmResponden.id });
    ids.push(...part.map((r) => r.id));
  }
  return ids;
}

/** Existing kunci among `kunci` in the Pemda. */
export async function kunciAda(db: Db, pemdaId: string, kunci: string[]): Promise<string[]> {
  if (!kunci.length) return [];
  const rows = await db
    .select({ kunci: skmResponden.kunci })
    .from(skmResponden)
    .where(and(eq(skmResponden.pemdaId, pemdaId), inArray(skmResponden.kunci, kunci)));
  return rows.map((r) => r.kunci);
}

export interface MasukanPublik {
  pemdaSlug: string;
  layananKode: string;
  /** Today's date (yyyy-mm-dd) in each zone; the Pemda's zone (pemda_pengaturan, default WIB) picks one. */
  tanggal: { wib: string; wita: string; wit: string };
  kunci: string;
  nilai: readonly number[];
  umur: number | null;
  jenisKelamin: string | null;
  pendidikan: string | null;
  pekerjaan: string | null;
  saran: string | null;
  saranBersih: string | null;
  saluran: string;
  waktu: Date;
  /** The one-time code of this submission was checked and taken (else a "wajib kode" service refuses it). */
  kodeDiterima: boolean;
}

export interface RespondenPublikRow {
  id: string;
  kunci: string;
  waktu: Date;
  saluran: string;
  layananKode: string;
  periodeKode: string;
}

/**
 * The public intake in ONE statement (one round trip, no transaction): resolves the Pemda, the active layanan and the
 * OPD's open period covering `tanggal`, refuses a service that asks for a one-time code unless `kodeDiterima`,
 * inserts the answer and skips it when the kunci exists (ON CONFLICT DO NOTHING). Returns the new row (`baru` true);
 * the row already stored under the kunci (`baru` false, a replay: found in the same statement unless it was committed
 * by a concurrent request while this one ran); or undefined when nothing was inserted and no earlier row was seen
 * (the caller tells which: concurrent replay, no such layanan, code needed, no open period).
 */
export async function insertRespondenPublik(
  db: Db,
  m: MasukanPublik,
): Promise<(RespondenPublikRow & { baru: boolean }) | undefined> {
  const [u1, u2, u3, u4, u5, u6, u7, u8, u9] = m.nilai;
  // a named prepared statement: planned once per connection on PostgreSQL, not per submission (ADR 0055)
  const rows = await queryRowsBernama<{
    id: string;
    kunci: string;
    waktu: string | Date;
    saluran: string;
    layanan_kode: string;
    periode_kode: string;
    baru: boolean;
  }>(
    db,
    "skm_intake_publik",
    sql`
    with sasaran as (
      select l.pemda_id, l.opd_id, l.id as layanan_id, l.kode as layanan_kode, p.id as periode_id, p.kode as periode_kode,
        (select max(k.versi) from skm_kuesioner k where k.layanan_id = l.id) as versi
      from pemda d
      left join pemda_pengaturan pp on pp.pemda_id = d.id
      cross join lateral (
        select (case pp.zona_waktu when 'Asia/Makassar' then ${m.tanggal.wita} when 'Asia/Jayapura' then ${m.tanggal.wit}
          else ${m.tanggal.wib} end)::date as hari
      ) h
      join skm_layanan l on l.pemda_id = d.id and l.kode = ${m.layananKode} and l.aktif
      join skm_periode p on p.opd_id = l.opd_id and p.status = 'terbuka'
        and p.mulai <= h.hari and p.selesai >= h.hari
      where d.slug = ${m.pemdaSlug}
        and (${m.kodeDiterima}::boolean or not exists (
          select 1 from skm_layanan_publik w where w.pemda_id = l.pemda_id and w.layanan_kode = l.kode and w.wajib_kode))
      order by p.mulai desc
      limit 1
    ), baru as (
      insert into skm_responden (pemda_id, opd_id, layanan_id, periode_id, kuesioner_versi, umur, jenis_kelamin,
        pendidikan, pekerjaan, u1, u2, u3, u4, u5, u6, u7, u8, u9, saran, saran_bersih, saran_status, saluran, waktu, kunci)
      select pemda_id, opd_id, layanan_id, periode_id, versi, ${m.umur}, ${m.jenisKelamin}, ${m.pendidikan},
        ${m.pekerjaan}, ${u1}, ${u2}, ${u3}, ${u4}, ${u5}, ${u6}, ${u7}, ${u8}, ${u9}, ${m.saran}, ${m.saranBersih},
        ${m.saran === null ? null : "menunggu"}, ${m.saluran}, ${m.waktu.toISOString()}::timestamptz, ${m.kunci}
      from sasaran
      on conflict (pemda_id, kunci) do nothing
      returning id, kunci, waktu, saluran, layanan_id, periode_id
    )
    select b.id, b.kunci, b.waktu, b.saluran, s.layanan_kode, s.periode_kode, true as baru
    from baru b cross join sasaran s
    union all
    -- a replay: the row stored before this statement began (the statement's snapshot; never the one inserted above)
    select r.id, r.kunci, r.waktu, r.saluran, l.kode, p.kode, false
    from skm_responden r
    join pemda d on d.id = r.pemda_id and d.slug = ${m.pemdaSlug}
    join skm_layanan l on l.id = r.layanan_id
    join skm_periode p on p.id = r.periode_id
    where r.kunci = ${m.kunci}
  `,
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: r.id,
    kunci: r.kunci,
    waktu: new Date(r.waktu),
    saluran: r.saluran,
    layananKode: r.layanan_kode,
    periodeKode: r.periode_kode,
    baru: r.baru === true || (r.baru as unknown) === "t",
  };
}

/** The stored answer of a kunci in the Pemda (for a replayed submission), with its layanan and period kode. */
export async function respondenKunci(db: Db, pemdaId: string, kunci: string): Promise<RespondenPublikRow | undefined> {
  const [r] = await db
    .select({
      id: skmResponden.id,
      kunci: skmResponden.kunci,
      waktu: skmResponden.waktu,
      saluran: skmResponden.saluran,
      layananKode: skmLayanan.kode,
      periodeKode: skmPeriode.kode,
    })
    .from(skmResponden)
    .innerJoin(skmLayanan, eq(skmLayanan.id, skmResponden.layananId))
    .innerJoin(skmPeriode, eq(skmPeriode.id, skmResponden.periodeId))
    .where(and(eq(skmResponden.pemdaId, pemdaId), eq(skmResponden.kunci, kunci)));
  return r;
}

export interface BarisJumlah {
  opdId: string;
  layananId: string;
  periodeId: string;
  responden: number;
  jumlah: number[];
}

/** count and Σ u1..u9 per (layanan, periode) for the given periods — the only aggregate the results need. */
export async function jumlahPerLayanan(db: Db, periodeIds: string[]): Promise<BarisJumlah[]> {
  if (!periodeIds.length) return [];
  const rows = await db
    .select({
      opdId: skmResponden.opdId,
      layananId: skmResponden.layananId,
      periodeId: skmResponden.periodeId,
      n: sql<string>`count(*)`,
      s1: sql<string>`sum(${skmResponden.u1})`,
      s2: sql<string>`sum(${skmResponden.u2})`,
      s3: sql<string>`sum(${skmResponden.u3})`,
      s4: sql<string>`sum(${skmResponden.u4})`,
      s5: sql<string>`sum(${skmResponden.u5})`,
      s6: sql<string>`sum(${skmResponden.u6})`,
      s7: sql<string>`sum(${skmResponden.u7})`,
      s8: sql<string>`sum(${skmResponden.u8})`,
      s9: sql<string>`sum(${skmResponden.u9})`,
    })
    .from(skmResponden)
    .where(and(inArray(skmResponden.periodeId, periodeIds), isNull(skmResponden.dibatalkanPada)))
    .groupBy(skmResponden.opdId, skmResponden.layananId, skmResponden.periodeId);
  return rows.map((r) => ({
    opdId: r.opdId,
    layananId: r.layananId,
    periodeId: r.periodeId,
    responden: Number(r.n),
    jumlah: [r.s1, r.s2, r.s3, r.s4, r.s5, r.s6, r.s7, r.s8, r.s9].map(Number),
  }));
}

export type KolomDemografi = "jenisKelamin" | "pendidikan" | "pekerjaan";

/** Respondents per value of a profile column (null = not given) for the periods (and layanan when given). */
export async function demografi(
  db: Db,
  periodeIds: string[],
  layananId: string | null,
): Promise<Record<KolomDemografi | "umur", { nilai: string | null; jumlah: number }[]>> {
  const out = { jenisKelamin: [], pendidikan: [], pekerjaan: [], umur: [] } as Record<
    KolomDemografi | "umur",
    { nilai: string | null; jumlah: number }[]
  >;
  if (!periodeIds.length) return out;
  const where = and(
    inArray(skmResponden.periodeId, periodeIds),
    isNull(skmResponden.dibatalkanPada),
    layananId ? eq(skmResponden.layananId, layananId) : undefined,
  );
  for (const kolom of ["jenisKelamin", "pendidikan", "pekerjaan"] as const) {
    const c = skmResponden[kolom];
    const rows = await db
      .select({ nilai: c, n: sql<string>`count(*)` })
      .from(skmResponden)
      .where(where)
      .groupBy(c)
      .orderBy(asc(c));
    out[kolom] = rows.map((r) => ({ nilai: r.nilai, jumlah: Number(r.n) }));
  }
  const kelompok = sql<string | null>`case when ${skmResponden.umur} is null then null
    when ${skmResponden.umur} < 20 then '<20' when ${skmResponden.umur} < 30 then '20-29'
    when ${skmResponden.umur} < 40 then '30-39' when ${skmResponden.umur} < 50 then '40-49'
    when ${skmResponden.umur} < 60 then '50-59' else '60+' end`;
  const umur = await db
    .select({ nilai: kelompok, n: sql<string>`count(*)` })
    .from(skmResponden)
    .where(where)
    .groupBy(kelompok)
    .orderBy(kelompok);
  out.umur = umur.map((r) => ({ nilai: r.nilai, jumlah: Number(r.n) }));
  return out;
}

/** Respondents of a period/layanan, newest first (the Petugas' list; raw saran never leaves the service). */
export async function listResponden(
  db: Db,
  periodeId: string,
  layananId: string | null,
  batas: number,
  lewati: number,
): Promise<SkmRespondenRow[]> {
  return db
    .select()
    .from(skmResponden)
    .where(and(eq(skmResponden.periodeId, periodeId), layananId ? eq(skmResponden.layananId, layananId) : undefined))
    .orderBy(desc(skmResponden.waktu), desc(skmResponden.id))
    .limit(batas)
    .offset(lewati);
}

export interface SaringResponden {
  periodeId: string;
  layananId?: string | undefined;
  saluran?: string | undefined;
  /** From this instant (inclusive) … */
  dari?: Date | undefined;
  /** … to this instant (exclusive). */
  sampai?: Date | undefined;
  status?: "aktif" | "batal" | undefined;
}

/** One page of a period's stored answers, newest first, with the total matching the filter (the Petugas' list). */
export async function halamanResponden(
  db: Db,
  opdId: string,
  f: SaringResponden,
  batas: number,
  lewati: number,
): Promise<{ total: number; baris: SkmRespondenRow[] }> {
  const where = and(
    eq(skmResponden.opdId, opdId),
    eq(skmResponden.periodeId, f.periodeId),
    f.layananId ? eq(skmResponden.layananId, f.layananId) : undefined,
    f.saluran ? eq(skmResponden.saluran, f.saluran as "online") : undefined,
    f.dari ? gte(skmResponden.waktu, f.dari) : undefined,
    f.sampai ? lt(skmResponden.waktu, f.sampai) : undefined,
    f.status === "aktif" ? isNull(skmResponden.dibatalkanPada) : undefined,
    f.status === "batal" ? isNotNull(skmResponden.dibatalkanPada) : undefined,
  );
  const [n] = await db
    .select({ n: sql<string>`count(*)` })
    .from(skmResponden)
    .where(where);
  const baris = await db
    .select()
    .from(skmResponden)
    .where(where)
    .orderBy(desc(skmResponden.waktu), desc(skmResponden.id))
    .limit(batas)
    .offset(lewati);
  return { total: Number(n?.n ?? 0), baris };
}

/** Writes a correction or a void of one answer (the caller audits it). */
export async function ubahResponden(
  db: Db,
  id: string,
  set: Partial<Omit<typeof skmResponden.$inferInsert, "id" | "pemdaId" | "opdId" | "kunci">>,
): Promise<SkmRespondenRow> {
  const [row] = await db.update(skmResponden).set(set).where(eq(skmResponden.id, id)).returning();
  if (!row) throw new Error("ubahResponden: no row");
  return row;
}

export async function listSaran(db: Db, periodeIds: string[], status: string | null): Promise<SkmRespondenRow[]> {
  if (!periodeIds.length) return [];
  return db
    .select()
    .from(skmResponden)
    .where(
      and(
        inArray(skmResponden.periodeId, periodeIds),
        isNotNull(skmResponden.saran),
        isNull(skmResponden.dibatalkanPada),
        status ? eq(skmResponden.saranStatus, status as "menunggu") : undefined,
      ),
    )
    .orderBy(desc(skmResponden.waktu));
}

export async function getResponden(db: Db, opdId: string, id: string): Promise<SkmRespondenRow | undefined> {
  const [r] = await db
    .select()
    .from(skmResponden)
    .where(and(eq(skmResponden.opdId, opdId), eq(skmResponden.id, id)));
  return r;
}

export async function setSaranStatus(
  db: Db,
  id: string,
  status: "menunggu" | "tampil" | "disembunyikan",
  saranBersih: string | null,
): Promise<void> {
  await db.update(skmResponden).set({ saranStatus: status, saranBersih }).where(eq(skmResponden.id, id));
}

// ---- RTL ----

export async function listRtl(db: Db, opdId: string): Promise<SkmRtlRow[]> {
  return db.select().from(skmRtl).where(eq(skmRtl.opdId, opdId)).orderBy(asc(skmRtl.unsur), asc(skmRtl.item));
}

export async function insertRtl(db: Db, row: Omit<typeof skmRtl.$inferInsert, "id">): Promise<SkmRtlRow> {
  const [saved] = await db.insert(skmRtl).values(row).returning();
  if (!saved) throw new Error("insertRtl: no row");
  return saved;
}

export async function updateRtl(db: Db, id: string, set: Partial<typeof skmRtl.$inferInsert>): Promise<void> {
  await db.update(skmRtl).set(set).where(eq(skmRtl.id, id));
}

export async function deleteRtl(db: Db, id: string): Promise<void> {
  await db.delete(skmRtl).where(eq(skmRtl.id, id));
}

// ---- lookups for the public intake ----

export async function pemdaSlug(db: Db, slug: string) {
  const [r] = await db.select().from(pemda).where(eq(pemda.slug, slug));
  return r;
}

export async function opdId(db: Db, id: string) {
  const [r] = await db.select().from(opd).where(eq(opd.id, id));
  return r;
}
