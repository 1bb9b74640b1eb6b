/** Deadlines per Pemda and year (schema/tenggat.ts) and the workflow facts the worklist needs. Scoped by pemda_id. */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { JenisTenggat } from "../../domain/tenggat";
import { type Db, queryRows } from "../database";
import { tenggat } from "../schema";

export type TenggatRow = typeof tenggat.$inferSelect;

export async function listTenggat(db: Db, pemdaId: string, tahun: number[]): Promise<TenggatRow[]> {
  if (!tahun.length) return [];
  return db
    .select()
    .from(tenggat)
    .where(and(eq(tenggat.pemdaId, pemdaId), inArray(tenggat.tahun, tahun)));
}

export async function upsertTenggat(
  db: Db,
  pemdaId: string,
  tahun: number,
  baris: Array<{ jenis: JenisTenggat; tanggal: string }>,
  oleh: string,
): Promise<void> {
  for (const b of baris) {
    await db
      .insert(tenggat)
      .values({ pemdaId, tahun, jenis: b.jenis, tanggal: b.tanggal, diubahOleh: oleh })
      .onConflictDoUpdate({
        target: [tenggat.pemdaId, tenggat.tahun, tenggat.jenis],
        set: { tanggal: b.tanggal, diubahOleh: oleh, diubahPada: sql`now()` },
      });
  }
}

/**
 * Modules of a year whose latest workflow move was "kembalikan" (returned to the OPD) and that are still draft,
 * with the reason and who returned them (from the audit trail, one statement).
 */
export async function listDikembalikan(
  db: Db,
  pemdaId: string,
  tahun: number,
): Promise<Array<{ opdId: string; modul: string; alasan: string | null; oleh: string; pada: string }>> {
  const rows = await queryRows<{
    opd_id: string;
    entity: string;
    alasan: string | null;
    actor_nama: string;
    at: string;
  }>(
    db,
    sql`select a.opd_id, a.entity, a.alasan, a.actor_nama, a.at::text as at from (
          select distinct on (opd_id, entity) opd_id, entity, action, alasan, actor_nama, at
          from audit_log
          where pemda_id = ${pemdaId} and entity like 'status_periode.%' and entity_id like ${`%/${tahun}`}
          order by opd_id, entity, id desc
        ) a
        where a.action = 'kembalikan'
          and not exists (select 1 from status_periode s where s.opd_id = a.opd_id and s.tahun = ${tahun}
                            and 'status_periode.' || s.modul = a.entity and s.status <> 'draft')`,
  );
  return rows.map((r) => ({
    opdId: r.opd_id,
    modul: r.entity.slice("status_periode.".length),
    alasan: r.alasan,
    oleh: r.actor_nama,
    pada: r.at,
  }));
}

/**
 * Every module of every year waiting for approval ("diajukan") in the Pemda: a submission does not stop waiting when
 * the calendar year turns (last year's LKjIP is submitted in the new year's first quarter).
 */
export async function listDiajukan(
  db: Db,
  pemdaId: string,
): Promise<Array<{ opdId: string; tahun: number; modul: string }>> {
  const rows = await queryRows<{ opd_id: string; tahun: number; modul: string }>(
    db,
    sql`select opd_id, tahun, modul from status_periode
        where pemda_id = ${pemdaId} and status = 'diajukan' order by tahun desc, modul`,
  );
  return rows.map((r) => ({ opdId: r.opd_id, tahun: Number(r.tahun), modul: r.modul }));
}
