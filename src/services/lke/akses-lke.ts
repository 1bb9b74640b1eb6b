/** Authorisation of LKE writes that either side may do (evidence): the OPD (evaluasi.isi) or the evaluator (evaluasi.nilai). */
import type { Izin } from "../../domain/akses/izin";
import { punyaIzin } from "../../domain/akses/izin";
import { type LingkupOpd, type OpdTerotorisasi, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";

export async function otorisasiSalahSatu(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  izin: readonly [Izin, ...Izin[]],
): Promise<OpdTerotorisasi> {
  const peran = ctx.aktor?.peran;
  const pilih = (peran && izin.find((i) => punyaIzin(peran, i))) || izin[0];
  return otorisasiOpd(ctx, lingkup, pilih);
}
