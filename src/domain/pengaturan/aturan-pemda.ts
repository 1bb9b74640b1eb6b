/**
 * A Pemda's rule choice per area, resolved for one budget year (ADR 0019): the chosen version when it is in force
 * that year, else the area's default for the year (domain/aturan/profil.ts). Typed per area, so a caller gets e.g.
 * `aturan("ikm", 2023).value.perUnsur`.
 */
import type { KerangkaLke } from "../akip/kerangka-tipe";
import type { TabelPredikat } from "../akip/predikat";
import { AREA_ATURAN, type AreaAturan, DAFTAR_ATURAN } from "../aturan/daftar";
import type { PilihanAturan } from "../aturan/profil";
import type { SkalaKategoriCapaian } from "../capaian/kategori";
import type { IkmBobot } from "../ikm/bobot";
import type { OpsiIkm } from "../ikm/hitung";
import type { IkmMutuTabel } from "../ikm/mutu";
import type { IkmPembulatan } from "../ikm/pembulatan";
import type { AmbangPeringatan } from "../renaksi/peringatan";
import { DomainError } from "../shared/errors";
import { appliesTo, type RuleVersion } from "../shared/rule-version";

/** The value type of each rule area. */
export interface NilaiAturan {
  "kategori-capaian": SkalaKategoriCapaian;
  ikm: IkmBobot;
  "ikm-pembulatan": IkmPembulatan;
  "ikm-mutu": IkmMutuTabel;
  lke: KerangkaLke;
  "predikat-akip": TabelPredikat;
  "peringatan-renaksi": AmbangPeringatan;
}

export type AturanPemda = <A extends AreaAturan>(area: A, tahun: number) => RuleVersion<NilaiAturan[A]>;

/** The version of `area` for `tahun` under `pilihan`. */
export function aturanUntuk<A extends AreaAturan>(
  pilihan: PilihanAturan,
  area: A,
  tahun: number,
): RuleVersion<NilaiAturan[A]> {
  const daftar = DAFTAR_ATURAN[area] as readonly RuleVersion<NilaiAturan[A]>[];
  const id = pilihan[area];
  const dipilih = id === undefined ? undefined : daftar.find((v) => v.id === id);
  if (dipilih && appliesTo(dipilih, tahun)) return dipilih;
  return daftar.find((v) => appliesTo(v, tahun)) ?? daftar[0]!;
}

/** Checks a choice: known areas, known versions of each. Returns it without undefined entries. */
export function periksaPilihanAturan(pilihan: Readonly<Record<string, string | undefined>>): PilihanAturan {
  const hasil: PilihanAturan = {};
  for (const [area, id] of Object.entries(pilihan)) {
    if (id === undefined) continue;
    if (!(AREA_ATURAN as readonly string[]).includes(area)) {
      throw new DomainError(
        "area_aturan_tidak_dikenal",
        `aturan: area "${area}" tidak dikenal (${AREA_ATURAN.join(", ")})`,
        {
          field: `aturan.${area}`,
          value: area,
        },
      );
    }
    const a = area as AreaAturan;
    if (!DAFTAR_ATURAN[a].some((v) => v.id === id)) {
      throw new DomainError(
        "aturan_tidak_dikenal",
        `aturan.${a}: versi "${id}" tidak dikenal (${DAFTAR_ATURAN[a].map((v) => v.id).join(", ")})`,
        { field: `aturan.${a}`, value: id },
      );
    }
    hasil[a] = id;
  }
  return hasil;
}

/** The IKM rule versions (bobot, rounding, mutu) of a Pemda's choice for a year (default: the versions in force). */
export function opsiIkmPemda(pilihan: PilihanAturan | undefined, tahun: number): OpsiIkm {
  return {
    bobot: aturanUntuk(pilihan ?? {}, "ikm", tahun),
    pembulatan: aturanUntuk(pilihan ?? {}, "ikm-pembulatan", tahun),
    mutu: aturanUntuk(pilihan ?? {}, "ikm-mutu", tahun),
  };
}
