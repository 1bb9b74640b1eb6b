/** After saving a linked result, reads the measurement of its year back and returns what the server computed. */
import { jawab, klien } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { jalurOpd } from "./hasil-tersimpan";

/** The realisasi of an IKU row of the measurement as the server computed it (null: none yet). */
export type RealisasiTertaut = Skema<"BarisIku">["realisasi"];

/** The realisasi of the first indicator fed by `asal` ("skm" → IKM, "akip" → Nilai AKIP) in year `tahun`. */
export async function nilaiTertautServer(
  api: string,
  tahun: number,
  asal: "skm" | "akip",
): Promise<RealisasiTertaut | null> {
  const d = await jawab(
    klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}", { params: { path: { ...jalurOpd(api), tahun } } }),
  );
  for (const s of d.sasaran) {
    const ind = s.indikator.find((i) => i.sumberRealisasi === asal && i.realisasi?.asal === asal);
    if (ind) return ind.realisasi;
  }
  return null;
}
