/** Loads everything the measurement read model of one OPD needs (all years: trends need them). */
import type { Db } from "../../storage/database";
import { listHasilAkip, listHasilSurvei } from "../../storage/repositories/hasil-tertaut-repository";
import { listIndikator, listTarget } from "../../storage/repositories/indikator-repository";
import { listRealisasi } from "../../storage/repositories/pengukuran-repository";
import { listKinerjaOpd, listPk } from "../../storage/repositories/pk-repository";
import type { DataPengukuran } from "./sumber-nilai";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";

export async function muatDataPengukuran(db: Db, opdId: string, pemdaId?: string): Promise<DataPengukuran> {
  const [indikator, target, realisasi, pk, kinerja, survei, akip, pengaturan] = await Promise.all([
    listIndikator(db, opdId),
    listTarget(db, opdId),
    listRealisasi(db, opdId),
    listPk(db, opdId),
    listKinerjaOpd(db, opdId),
    listHasilSurvei(db, [opdId]),
    listHasilAkip(db, [opdId]),
    pemdaId ? bacaPengaturanPemda(db, pemdaId) : undefined,
  ]);
  return { indikator, target, realisasi, pk, kinerja, survei, akip, aturan: pengaturan?.pilihanAturan ?? {} };
}
