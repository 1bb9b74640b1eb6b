/**
 * Nomenclature check of hand-entered budget rows (issue 17, ADR 0043): the PK budget table's program/kegiatan/
 * sub-kegiatan codes and names against the version in force for the budget year — the import's rule
 * (domain/anggaran/nomenklatur-baris.ts). Read-only (anggaran.baca on the OPD, nothing written, not audited):
 * findings are warnings, shown in the form before and after saving; a save is never refused on them.
 */
import {
  type BarisNomenklatur,
  type HasilPeriksaBaris,
  periksaBarisNomenklatur,
  urusanBidangOpd,
} from "../../domain/anggaran/nomenklatur-baris";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";

export async function periksaNomenklaturBaris(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  baris: readonly BarisNomenklatur[],
): Promise<HasilPeriksaBaris> {
  const { opd } = await otorisasiOpd(ctx, lingkup, "anggaran.baca");
  return periksaBarisNomenklatur(baris, tahun, urusanBidangOpd(opd.kode, opd.jenis));
}
