/**
 * The position an official signs under on a given day (issue 17, ADR 0039): "Plt. Camat Sei Balai" when a Plt./Plh.
 * assignment is in force on the document's date, else his own position. One place for the LKjIP, LHE and
 * Pernyataan Telah Direviu signature blocks (the PK resolves its two parties in kumpulkan-rencana.ts the same way).
 */
import { jabatanTercetak, penugasanPada } from "../../domain/pejabat/penugasan";
import type { Db } from "../../storage/database";
import { listPenugasanUntuk } from "../../storage/repositories/penugasan-pejabat-repository";

/** The printed position of `pejabat` on `hari` (ISO date); `undefined` when he is not acting that day. */
export async function jabatanBertindakPada(
  db: Db,
  pejabatId: string | null | undefined,
  hari: string | null | undefined,
): Promise<string | undefined> {
  if (!pejabatId || !hari) return undefined;
  const t = penugasanPada(await listPenugasanUntuk(db, [pejabatId]), hari.slice(0, 10));
  return t ? jabatanTercetak("", t) : undefined;
}
