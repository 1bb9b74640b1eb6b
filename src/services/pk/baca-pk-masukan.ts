/** Read-back of one Perjanjian Kinerja in exactly the input form the PUT accepts (GET → PUT unchanged = no write). */
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { bacaSemua, masukanDariKanon, versiPk } from "./kanon-pk";
import type { PkMasukan } from "./masukan";

/**
 * The stored PK `kode` of the OPD as PkMasukan (kinerja rows with their stored position as `kodeAsal`), with its
 * version (the ETag a later PUT sends back in If-Match, ADR 0016).
 */
export async function bacaPkMasukan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  kode: string,
): Promise<{ dokumen: PkMasukan; versi: string }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.baca");
  const semua = await bacaSemua(ctx.db, opdId, pemdaId);
  const pk = semua.pks.find((p) => p.kode === kode);
  if (!pk) throw new NotFoundError(`Perjanjian Kinerja "${kode}" tidak ditemukan`);
  const kanon = semua.kanon(pk);
  return { dokumen: masukanDariKanon(kanon), versi: versiPk(kanon) };
}
