/** The service (unit layanan, services/skm) of an OPD by its kode; 404 when the OPD has no such service. */
import { getLayananKode } from "../../storage/repositories/skm-repository";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

export interface LayananPublik {
  kode: string;
  nama: string;
}

export async function pastikanLayananOpd(
  ctx: ServiceContext,
  pemdaId: string,
  opdId: string,
  kode: string,
): Promise<LayananPublik> {
  const l = await getLayananKode(ctx.db, pemdaId, kode.trim().toLowerCase());
  if (!l || l.opdId !== opdId)
    throw new NotFoundError(`layanan survei "${kode}" tidak ditemukan di perangkat daerah ini`);
  return { kode: l.kode, nama: l.nama };
}
