/**
 * What a realisasi may be at entry (issue 14: "a realisasi of −10 or 10^20 on a percentage indicator is accepted",
 * capaian 111.111.111.111.111.111.110,00 %). Only values no reading of the indicator can explain are refused here;
 * what is merely unusual (a percentage above 100, a tenfold jump) stays a finding of the validator
 * (src/domain/reviu/data-kewajaran.ts), shown before "Ajukan".
 */
import { bolehNegatif, satuanPersen } from "../reviu/data-bantu";
import { dec } from "../shared/decimal";

/** A percentage above this is no percentage of anything an OPD measures (10× the whole). */
export const BATAS_ATAS_PERSEN = 1000;
/** Any figure beyond this (a thousand trillion) is a typing error, whatever the unit, Rupiah included. */
export const BATAS_MUTLAK = "1e15";

export interface IndikatorUntukRentang {
  nama: string;
  satuan: string;
}

/** null when the value may be stored; otherwise the Indonesian reason (the caller names the indicator and year). */
export function alasanRealisasiDitolak(ind: IndikatorUntukRentang, nilai: string): string | null {
  const v = dec(nilai);
  if (v.abs().greaterThan(BATAS_MUTLAK)) return `nilai ${nilai} terlalu besar (batas ±10^15)`;
  const persen = satuanPersen(ind.satuan);
  if (v.isNegative() && !v.isZero() && !bolehNegatif(ind.nama)) {
    return `nilai negatif (${nilai}) tidak mungkin untuk indikator ini; hanya indikator pertumbuhan, laju, perubahan, selisih, kenaikan, penurunan atau inflasi yang boleh negatif`;
  }
  if (persen && v.greaterThan(BATAS_ATAS_PERSEN)) {
    return `persentase ${nilai} % melebihi ${BATAS_ATAS_PERSEN} %; periksa satuan dan angkanya`;
  }
  if (persen && v.lessThan(-100)) return `persentase ${nilai} % kurang dari −100 %`;
  return null;
}
