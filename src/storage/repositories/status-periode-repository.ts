import { and, eq } from "drizzle-orm";
import type { StatusData } from "../../domain/akses/alur-kerja";
import type { Db } from "../database";
import { type MODUL_ALUR, statusPeriode } from "../schema";

export type ModulAlur = (typeof MODUL_ALUR)[number];

export interface KunciPeriode {
  pemdaId: string;
  opdId: string;
  tahun: number;
  modul: ModulAlur;
}

export async function getStatusPeriode(db: Db, key: KunciPeriode): Promise<StatusData> {
  const rows = await db
    .select({ status: statusPeriode.status })
    .from(statusPeriode)
    .where(
      and(
        eq(statusPeriode.pemdaId, key.pemdaId),
        eq(statusPeriode.opdId, key.opdId),
        eq(statusPeriode.tahun, key.tahun),
        eq(statusPeriode.modul, key.modul),
      ),
    );
  return rows[0]?.status ?? "draft";
}

export async function setStatusPeriode(db: Db, key: KunciPeriode, status: StatusData, oleh: string): Promise<void> {
  await db
    .insert(statusPeriode)
    .values({ ...key, status, diubahOleh: oleh })
    .onConflictDoUpdate({
      target: [statusPeriode.opdId, statusPeriode.tahun, statusPeriode.modul],
      set: { status, diubahOleh: oleh, diubahPada: new Date() },
    });
}
