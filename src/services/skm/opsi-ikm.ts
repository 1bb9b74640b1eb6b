/**
 * The one place that decides which IKM rule versions (bobot, pembulatan, mutu) a Pemda's SKM results use: the
 * Pemda's rule choice (its settings, ADR 0019) for the year the period starts in. Without a choice the defaults
 * apply — bobot 0,111, rounding as printed, mutu 14/2017 — which reproduce the published IKM 80,50 of Sei Balai
 * 2023. Every SKM result, document and the closing of a period go through this function.
 */
import type { OpsiIkm } from "../../domain/ikm";
import { opsiIkmPemda as opsiIkmPilihan } from "../../domain/pengaturan/aturan-pemda";
import type { Db } from "../../storage/database";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";

/** `mulai`: the period's first day (YYYY-MM-DD); its year picks the rule version in force. */
export async function opsiIkmPemda(db: Db, pemdaId: string, mulai: string): Promise<OpsiIkm> {
  const { pilihanAturan } = await bacaPengaturanPemda(db, pemdaId);
  return opsiIkmPilihan(pilihanAturan, Number(mulai.slice(0, 4)));
}
