/**
 * A Pemda's rule profile for one budget year: for each area the chosen version (the Pemda's explicit choice when
 * it is in force that year, else the first version in force, else the area's first version).
 */
import { DomainError } from "../shared/errors";
import { appliesTo, type RuleVersion } from "../shared/rule-version";
import { AREA_ATURAN, type AreaAturan, DAFTAR_ATURAN } from "./daftar";

export type PilihanAturan = Partial<Record<AreaAturan, string>>;

export interface ProfilAturan {
  tahun: number;
  versi: Record<AreaAturan, RuleVersion<unknown>>;
  /** Areas where no version is in force for the year and the fallback was used. */
  peringatan: string[];
}

export function profilAturan(tahun: number, pilihan: PilihanAturan = {}): ProfilAturan {
  const peringatan: string[] = [];
  const versi = {} as Record<AreaAturan, RuleVersion<unknown>>;
  for (const area of AREA_ATURAN) {
    const daftar = DAFTAR_ATURAN[area];
    const id = pilihan[area];
    if (id !== undefined) {
      const chosen = daftar.find((v) => v.id === id);
      if (!chosen) {
        throw new DomainError("aturan_tidak_dikenal", `aturan ${area}: versi "${id}" tidak dikenal`, {
          field: area,
          value: id,
        });
      }
      if (!appliesTo(chosen, tahun)) {
        throw new DomainError(
          "aturan_tidak_berlaku",
          `aturan ${area}: versi "${id}" tidak berlaku untuk tahun ${tahun}`,
          {
            field: area,
            value: id,
          },
        );
      }
      versi[area] = chosen;
      continue;
    }
    const inForce = daftar.find((v) => appliesTo(v, tahun));
    if (!inForce)
      peringatan.push(`${area}: tidak ada versi yang berlaku untuk tahun ${tahun}; dipakai ${daftar[0]!.id}`);
    versi[area] = inForce ?? daftar[0]!;
  }
  return { tahun, versi, peringatan };
}
