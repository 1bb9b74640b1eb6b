/** Read-back of one Perjanjian Kinerja in exactly the input form the PUT accepts (GET → PUT unchanged = no write). */
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { bacaSemua, masukanDariKanon } from "./kanon-pk";
import type { PkMasukan } from "./masukan";

/** The stored PK `kode` of the OPD as PkMasukan (kinerja rows with their stored position as `kodeAsal`). */
export async function bacaPkMasukan(ctx: ServiceContext, lingkup: LingkupOpd, kode: string): Promise<PkMasukan> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.baca");
  const semua = await bacaSemua(ctx.db, opdId, pemdaId);
  const pk = semua.pks.find((p) => p.kode === kode);
  if (!pk) throw new NotFoundError(`Perjanjian Kinerja "${kode}" tidak ditemukan`);
  return masukanDariKanon(semua.kanon(pk));
}
