/**
 * The service (unit layanan) of an OPD by its kode, from the SKM data module (m2-skm-data). Until that module is
 * merged, a placeholder that accepts any kode.
 */
import type { ServiceContext } from "../context";

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
  void ctx;
  void pemdaId;
  void opdId;
  return { kode, nama: kode };
}
