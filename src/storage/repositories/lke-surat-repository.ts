/** The stored recap letter fields of a Pemda and year (lke_surat_rekap). */
import { and, eq } from "drizzle-orm";
import type { Db } from "../database";
import { lkeSuratRekap } from "../schema";

export type SuratRekapRow = typeof lkeSuratRekap.$inferSelect;

export async function getSuratRekap(db: Db, pemdaId: string, tahun: number): Promise<SuratRekapRow | undefined> {
  const [r] = await db
    .select()
    .from(lkeSuratRekap)
    .where(and(eq(lkeSuratRekap.pemdaId, pemdaId), eq(lkeSuratRekap.tahun, tahun)));
  return r;
}

export async function simpanSuratRekap(
  db: Db,
  row: { pemdaId: string; tahun: number; nomor: string | null; tempat: string | null; tanggal: string | null },
  waktu: Date,
): Promise<void> {
  await db
    .insert(lkeSuratRekap)
    .values({ ...row, diubahPada: waktu })
    .onConflictDoUpdate({
      target: [lkeSuratRekap.pemdaId, lkeSuratRekap.tahun],
      set: { nomor: row.nomor, tempat: row.tempat, tanggal: row.tanggal, diubahPada: waktu },
    });
}
