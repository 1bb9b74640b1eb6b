/**
 * The open recommendations of an OPD's AKIP evaluations (LKE) up to a year, for the LKjIP's section on the
 * evaluation (issue 13: "open ones appear … in the LKjIP's section on the evaluation"). No authorisation here: the
 * LKjIP assembler authorises its own read. Empty (and the field absent) when there is no LKE.
 */
import type { RekomendasiAkipSumber } from "../../reports/model/sumber";
import type { Db } from "../../storage/database";
import { getEvaluasiLke, listRekomendasi } from "../../storage/repositories/lke-repository";

/** `{ rekomendasiAkip }` with the open ones of the year and the year before, or `{}` when there are none. */
export async function rekomendasiAkipTerbuka(
  db: Db,
  opdId: string,
  tahun: number,
): Promise<{ rekomendasiAkip?: RekomendasiAkipSumber[] }> {
  const out: RekomendasiAkipSumber[] = [];
  for (const t of [tahun - 1, tahun]) {
    const ev = await getEvaluasiLke(db, opdId, t);
    if (!ev) continue;
    for (const r of await listRekomendasi(db, ev.id)) {
      if (r.status === "selesai") continue;
      out.push({
        tahunEvaluasi: t,
        uraian: r.uraian,
        penanggungJawab: r.penanggungJawab,
        batasWaktu: r.batasWaktu,
        status: r.status,
        tindakLanjut: r.tindakLanjut,
      });
    }
  }
  return out.length > 0 ? { rekomendasiAkip: out } : {};
}
