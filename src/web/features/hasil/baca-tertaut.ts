/** After saving a linked result, reads the measurement of its year back and returns what the server computed. */
import { getJson } from "../../api/client";
import type { BarisIku, Pengukuran } from "../pengukuran/tipe";

/** The realisasi of the first indicator fed by `asal` ("skm" → IKM, "akip" → Nilai AKIP) in year `tahun`. */
export async function nilaiTertautServer(
  api: string,
  tahun: number,
  asal: "skm" | "akip",
): Promise<BarisIku["realisasi"] | null> {
  const d = await getJson<Pengukuran>(`${api}/pengukuran/${tahun}`);
  for (const s of d.sasaran) {
    const ind = s.indikator.find((i) => i.sumberRealisasi === asal && i.realisasi?.asal === asal);
    if (ind) return ind.realisasi;
  }
  return null;
}
