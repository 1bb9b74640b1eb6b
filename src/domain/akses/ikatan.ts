import { DomainError } from "../shared/errors";
import { LABEL_PERAN, type Peran } from "./izin";

/**
 * Which binding a role needs (issue M1-03): operator and pimpinan act for one OPD; admin and evaluator act for the
 * whole Pemda (the evaluator reviews every OPD); petugas SKM and viewer may be either.
 */
export const IKATAN_PERAN: Record<Peran, "opd" | "pemda" | "bebas"> = {
  admin_pemda: "pemda",
  operator_opd: "opd",
  pimpinan_opd: "opd",
  evaluator: "pemda",
  petugas_skm: "bebas",
  viewer: "bebas",
  ketua_tim_evaluator: "pemda",
};

/** Throws when the role and the OPD binding do not fit together (field "opd"). */
export function cekIkatanPeran(peran: Peran, opdId: string | null): void {
  const ikatan = IKATAN_PERAN[peran];
  if (ikatan === "opd" && opdId === null) {
    throw new DomainError("ikatan_peran", `opd: peran ${LABEL_PERAN[peran]} wajib terikat pada satu perangkat daerah`, {
      field: "opd",
    });
  }
  if (ikatan === "pemda" && opdId !== null) {
    throw new DomainError(
      "ikatan_peran",
      `opd: peran ${LABEL_PERAN[peran]} berlaku untuk seluruh Pemda dan tidak boleh terikat pada satu perangkat daerah`,
      { field: "opd" },
    );
  }
}
