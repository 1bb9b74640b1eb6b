import { describe, expect, it } from "vitest";
import { cekIkatanPeran } from "./ikatan";
import type { Peran } from "./izin";

describe("cekIkatanPeran (issue M1-03: users are bound to one OPD or to the whole Pemda)", () => {
  it.each([
    // operator and pimpinan act for their own OPD
    ["operator_opd", "opd-1", true],
    ["operator_opd", null, false],
    ["pimpinan_opd", null, false],
    // admin and evaluator (Inspektorat) see the whole Pemda
    ["admin_pemda", null, true],
    ["admin_pemda", "opd-1", false],
    ["evaluator", null, true],
    ["evaluator", "opd-1", false],
    // SKM officers and viewers may be either
    ["petugas_skm", "opd-1", true],
    ["viewer", null, true],
  ] as Array<[Peran, string | null, boolean]>)("%s bound to %s → %s", (peran, opdId, ok) => {
    if (ok) expect(() => cekIkatanPeran(peran, opdId)).not.toThrow();
    else expect(() => cekIkatanPeran(peran, opdId)).toThrow(/opd:/);
  });
});
