/** Rencana Aksi rows of an OPD (quarterly targets, actions, quarterly realisasi, quarter state); the only SQL. */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import type { STATUS_TRIWULAN_RENAKSI } from "../schema";
import { renaksiAksi, renaksiIndikator, renaksiRealisasi, renaksiTriwulan } from "../schema";

export type RenaksiIndikatorRow = typeof renaksiIndikator.$inferSelect;
export type RenaksiIndikatorBaru = Omit<typeof renaksiIndikator.$inferInsert, "id">;
export type RenaksiAksiRow = typeof renaksiAksi.$inferSelect;
export type RenaksiAksiBaru = Omit<typeof renaksiAksi.$inferInsert, "id">;
export type RenaksiRealisasiRow = typeof renaksiRealisasi.$inferSelect;
export type RenaksiRealisasiBaru = Omit<typeof renaksiRealisasi.$inferInsert, "id">;
export type StatusTriwulan = (typeof STATUS_TRIWULAN_RENAKSI)[number];

export async function listRenaksiIndikator(db: Db, opdId: string, pkKinerjaIds: string[]) {
  if (pkKinerjaIds.length === 0) return [];
  return db
    .select()
    .from(renaksiIndikator)
    .where(and(eq(renaksiIndikator.opdId, opdId), inArray(renaksiIndikator.pkKinerjaId, pkKinerjaIds)));
}

export async function listRenaksiAksi(db: Db, opdId: string, pkKinerjaIds: string[]) {
  if (pkKinerjaIds.length === 0) return [];
  return db
    .select()
    .from(renaksiAksi)
    .where(and(eq(renaksiAksi.opdId, opdId), inArray(renaksiAksi.pkKinerjaId, pkKinerjaIds)))
    .orderBy(asc(renaksiAksi.urutan));
}

export async function listRenaksiRealisasi(db: Db, opdId: string, pkKinerjaIds: string[]) {
  if (pkKinerjaIds.length === 0) return [];
  return db
    .select()
    .from(renaksiRealisasi)
    .where(and(eq(renaksiRealisasi.opdId, opdId), inArray(renaksiRealisasi.pkKinerjaId, pkKinerjaIds)))
    .orderBy(asc(renaksiRealisasi.triwulan));
}

/** Replaces the targets and actions of the given PK rows (all-or-nothing inside the caller's transaction). */
export async function gantiRenaksi(
  db: Db,
  opdId: string,
  pkKinerjaIds: string[],
  indikator: RenaksiIndikatorBaru[],
  aksi: RenaksiAksiBaru[],
): Promise<void> {
  if (pkKinerjaIds.length > 0) {
    await db
      .delete(renaksiAksi)
      .where(and(eq(renaksiAksi.opdId, opdId), inArray(renaksiAksi.pkKinerjaId, pkKinerjaIds)));
    await db
      .delete(renaksiIndikator)
      .where(and(eq(renaksiIndikator.opdId, opdId), inArray(renaksiIndikator.pkKinerjaId, pkKinerjaIds)));
  }
  if (indikator.length > 0) await db.insert(renaksiIndikator).values(indikator);
  if (aksi.length > 0) await db.insert(renaksiAksi).values(aksi);
}

export async function upsertRenaksiRealisasi(db: Db, row: RenaksiRealisasiBaru): Promise<void> {
  await db
    .insert(renaksiRealisasi)
    .values(row)
    .onConflictDoUpdate({
      target: [renaksiRealisasi.pkKinerjaId, renaksiRealisasi.triwulan],
      set: {
        nilai: row.nilai,
        realisasiAnggaran: row.realisasiAnggaran,
        faktorPenghambat: row.faktorPenghambat,
        faktorPendorong: row.faktorPendorong,
        langkah: row.langkah,
        sumber: row.sumber,
      },
    });
}

export async function listStatusTriwulan(db: Db, opdId: string, tahun: number): Promise<Map<number, StatusTriwulan>> {
  const rows = await db
    .select({ triwulan: renaksiTriwulan.triwulan, status: renaksiTriwulan.status })
    .from(renaksiTriwulan)
    .where(and(eq(renaksiTriwulan.opdId, opdId), eq(renaksiTriwulan.tahun, tahun)));
  return new Map(rows.map((r) => [r.triwulan, r.status]));
}

export async function setStatusTriwulan(
  db: Db,
  key: { pemdaId: string; opdId: string; tahun: number; triwulan: number },
  status: StatusTriwulan,
  oleh: string,
): Promise<void> {
  await db
    .insert(renaksiTriwulan)
    .values({ ...key, status, diubahOleh: oleh })
    .onConflictDoUpdate({
      target: [renaksiTriwulan.opdId, renaksiTriwulan.tahun, renaksiTriwulan.triwulan],
      set: { status, diubahOleh: oleh, diubahPada: new Date() },
    });
}
