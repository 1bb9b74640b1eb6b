/**
 * The evaluasi AKIP frameworks as versioned data and their lookups by CLI key ("88/2021", "12/2015") or id.
 * NOTE: regulations.md §2.6: store the framework version with each year's result; component rows are not
 * comparable across frameworks (compare totals, predikat and "% of bobot").
 */
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";
import type { KerangkaLke } from "./kerangka-tipe";
import { KERANGKA_LKE_12_2015 } from "./lke-12-2015";
import { KERANGKA_LKE_88_2021 } from "./lke-88-2021";
import { PREDIKAT_AKIP_88_2021, type TabelPredikat, VERSI_PREDIKAT_AKIP } from "./predikat";

export const VERSI_KERANGKA_LKE: readonly RuleVersion<KerangkaLke>[] = [KERANGKA_LKE_88_2021, KERANGKA_LKE_12_2015];

/** Framework by key "88/2021" / "12/2015" (also "88-2021", or the version id). */
export function kerangkaDariKunci(kunci: string): RuleVersion<KerangkaLke> {
  const k = kunci.trim().replace("-", "/");
  const versi = VERSI_KERANGKA_LKE.find((v) => v.value.kerangka === k || v.id === kunci.trim());
  if (!versi) {
    throw new DomainError("kerangka_tidak_dikenal", `kerangka "${kunci}" tidak dikenal; pilih 88/2021 atau 12/2015`, {
      field: "kerangka",
      value: kunci,
    });
  }
  return versi;
}

/** The predikat table that goes with a framework (88/2021 → 88/2021 wording; 12/2015 → older wording). */
export function predikatUntukKerangka(kerangka: RuleVersion<KerangkaLke>): RuleVersion<TabelPredikat> {
  return VERSI_PREDIKAT_AKIP.find((v) => v.id === kerangka.value.predikatId) ?? PREDIKAT_AKIP_88_2021;
}
