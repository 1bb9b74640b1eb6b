/**
 * The one place that decides which IKM rule versions (bobot, pembulatan, mutu) a Pemda's SKM results use.
 * Today the same defaults as `sakip hitung ikm` without options and as the linked-result realisation
 * (services/hasil/nilai-tertaut.ts): bobot 0,111, rounding "seed", mutu 14/2017 — which reproduce the published
 * IKM 80,50 of Sei Balai 2023 (regulations.md §0). Every SKM result and the closing of a period go through this
 * function. TODO(integration): branch m2-house adds `bacaPengaturanPemda(db, pemdaId)` in
 * src/services/pengaturan/pengaturan-pemda.ts (`.aturan("ikm", tahun)`); it was not merged into this branch, so
 * after both land, read the Pemda's IKM rule version here (this function is the single switch).
 */
import type { OpsiIkm } from "../../domain/ikm";
import type { Db } from "../../storage/database";

export async function opsiIkmPemda(_db: Db, _pemdaId: string): Promise<OpsiIkm> {
  return {};
}
