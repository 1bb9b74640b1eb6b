/**
 * Capaian of a sasaran from the capaian of its indicators (regulations.md §4).
 */
import { type Dec, type DecimalInput, mean, roundHalfUp } from "../shared/decimal";
import { DomainError } from "../shared/errors";

/** "dibulatkan": average the indicators' 2-dp capaian (as printed); "eksak": average the unrounded capaian. */
export type BasisRataRata = "dibulatkan" | "eksak";

export interface HasilCapaianSasaran {
  /** Exact mean (Dec). */
  capaian: Dec;
  /** Mean rounded half-up to 2 dp. */
  capaianDibulatkan: Dec;
  jumlahIndikator: number;
}

/**
 * Capaian sasaran (%) = mean of its indicators' capaian (%), rounded half-up to 2 dp after averaging.
 * NOTE: SEED 444 "capaian rata-rata atas capaian indikator kinerja tujuan/sasaran". Default basis "dibulatkan": each
 * indicator's capaian is first rounded half-up to 2 dp, as in the report's table, so a reader can redo the mean from
 * the printed numbers; "eksak" averages the unrounded values. Unweighted.
 */
export function capaianSasaran(
  capaianIndikator: readonly DecimalInput[],
  basis: BasisRataRata = "dibulatkan",
  sasaran?: string,
): HasilCapaianSasaran {
  if (capaianIndikator.length === 0) {
    const nama = sasaran ? `Sasaran "${sasaran}"` : "Sasaran";
    throw new DomainError("sasaran_tanpa_indikator", `${nama}: tidak ada capaian indikator untuk dirata-rata`, {
      field: "capaianIndikator",
      sasaran: sasaran ?? null,
    });
  }
  const nilai = basis === "dibulatkan" ? capaianIndikator.map((c) => roundHalfUp(c, 2)) : capaianIndikator;
  const capaian = mean(nilai);
  return { capaian, capaianDibulatkan: roundHalfUp(capaian, 2), jumlahIndikator: capaianIndikator.length };
}
