/**
 * Workflow use cases: read a period's state, refuse writes unless it is draft, and move it along the transitions
 * of domain/akses/alur-kerja.ts (each move authorised and audited; unlocking needs a reason).
 */
import { bolehDiubah, cariTransisi, LABEL_STATUS, type StatusData, type Transisi } from "../../domain/akses/alur-kerja";
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import {
  getStatusPeriode,
  type KunciPeriode,
  setStatusPeriode,
} from "../../storage/repositories/status-periode-repository";
import { authorize } from "../akses/authorize";
import { mutasi } from "../audit/mutasi";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";

export type { KunciPeriode, ModulAlur } from "../../storage/repositories/status-periode-repository";

export async function bacaStatusPeriode(ctx: ServiceContext, key: KunciPeriode): Promise<StatusData> {
  return getStatusPeriode(ctx.db, key);
}

/** Call inside a write (with its transaction) before changing plan/measurement data of that period. */
export async function pastikanBolehDiubah(db: Db, key: KunciPeriode): Promise<void> {
  const status = await getStatusPeriode(db, key);
  if (!bolehDiubah(status)) {
    throw new ConflictError(
      `Data ${key.modul} tahun ${key.tahun} berstatus "${LABEL_STATUS[status]}" dan tidak dapat diubah` +
        (status === "terkunci"
          ? "; minta admin membuka kunci dengan alasan."
          : "; kembalikan ke draf terlebih dahulu."),
    );
  }
}

export async function ubahStatusPeriode(
  ctx: ServiceContext,
  key: KunciPeriode,
  aksi: Transisi["aksi"],
  alasan?: string,
): Promise<StatusData> {
  const current = await getStatusPeriode(ctx.db, key);
  const transisi = cariTransisi(current, aksi);
  if (!transisi) {
    throw new ConflictError(`Tindakan "${aksi}" tidak berlaku untuk data berstatus "${LABEL_STATUS[current]}"`);
  }
  const aktor = authorize(ctx, transisi.izin, { pemdaId: key.pemdaId, opdId: key.opdId });
  if (transisi.perluAlasan && !alasan?.trim()) {
    throw new DomainError("alasan_wajib", `alasan: wajib diisi untuk tindakan "${aksi}"`, { field: "alasan" });
  }
  return mutasi(
    ctx,
    {
      entity: `status_periode.${key.modul}`,
      action: aksi,
      pemdaId: key.pemdaId,
      opdId: key.opdId,
      alasan: alasan ?? null,
    },
    async (tx) => {
      const again = await getStatusPeriode(tx, key);
      if (again !== current) throw new ConflictError("Status berubah bersamaan; muat ulang dan coba lagi");
      await setStatusPeriode(tx, key, transisi.ke, aktor.nama);
      return {
        entityId: `${key.opdId}/${key.tahun}`,
        before: { status: current },
        after: { status: transisi.ke },
        result: transisi.ke,
      };
    },
  );
}
