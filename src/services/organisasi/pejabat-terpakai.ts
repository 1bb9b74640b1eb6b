/**
 * Why a stored pejabat may not be removed: a party (pihak pertama or kedua) of a Perjanjian Kinerja, or the signer
 * of a stored report document (laporan_penandatangan; removing the row would silently drop the signature of a
 * report that may be locked). One reason per pejabat, in Indonesian, without the pejabat's name.
 */
import { listPenandatanganPejabat } from "../../storage/repositories/laporan-repository";
import { listOpd } from "../../storage/repositories/organisasi-repository";
import { listPk } from "../../storage/repositories/pk-repository";
import type { Db } from "../../storage/database";
import { JUDUL_DOKUMEN } from "../laporan/penandatangan-laporan";

export const ALASAN_PIHAK_PK = "masih menjadi pihak Perjanjian Kinerja";

/**
 * pejabat id → reason it must stay, for the pejabat of one scope (`opdId`, or null for the Pemda level, whose
 * Kepala Daerah may be pihak kedua of any OPD's PK).
 */
export async function alasanPejabatTerpakai(
  db: Db,
  pemdaId: string,
  opdId: string | null,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const alasan = new Map<string, string>();
  if (!ids.length) return alasan;
  const semuaOpd = await listOpd(db, pemdaId);
  const opdIds = opdId ? [opdId] : semuaOpd.map((o) => o.id);
  const pks = (await Promise.all(opdIds.map((id) => listPk(db, id)))).flat();
  const pihak = new Set(pks.flatMap((p) => [p.pihakPertamaId, p.pihakKeduaId]));
  for (const id of ids) if (pihak.has(id)) alasan.set(id, ALASAN_PIHAK_PK);
  const opdNama = new Map(semuaOpd.map((o) => [o.id, o.nama]));
  for (const t of await listPenandatanganPejabat(db, pemdaId, ids)) {
    if (!t.pejabatId || alasan.has(t.pejabatId)) continue;
    // the Inspektorat's head signs the AKIP recap letter of other OPDs: name whose document it is
    const milik = opdId !== t.opdId ? ` milik ${opdNama.get(t.opdId) ?? "perangkat daerah lain"}` : "";
    alasan.set(t.pejabatId, `penanda tangan dokumen "${JUDUL_DOKUMEN[t.dokumen]}"${milik} tahun ${t.tahun}`);
  }
  return alasan;
}
