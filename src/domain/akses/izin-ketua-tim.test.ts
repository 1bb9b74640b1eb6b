/**
 * Issue 13 workflow: "OPD fills and submits → the evaluator team evaluates → the team leader finalises → locked".
 * The evaluator scores but cannot finalise or unlock; the team leader (Ketua Tim Evaluasi) can (ADR 0033).
 */
import { describe, expect, it } from "vitest";
import { TRANSISI_LKE } from "../akip/lke-alur";
import { IKATAN_PERAN } from "./ikatan";
import { LABEL_PERAN, punyaIzin } from "./izin";

describe("evaluation team leader", () => {
  it.each([
    ["evaluator", "evaluasi.nilai", true],
    ["evaluator", "evaluasi.finalkan", false],
    ["ketua_tim_evaluator", "evaluasi.nilai", true],
    ["ketua_tim_evaluator", "evaluasi.finalkan", true],
    ["operator_opd", "evaluasi.finalkan", false],
  ] as const)("%s holds %s: %s", (peran, izin, boleh) => {
    expect(punyaIzin(peran, izin)).toBe(boleh);
  });

  it("finalising, sending back to the team and unlocking are the leader's transitions only", () => {
    for (const aksi of ["finalkan", "buka", "kembalikan-nilai"] as const) {
      const t = TRANSISI_LKE.find((x) => x.aksi === aksi)!;
      expect(punyaIzin("ketua_tim_evaluator", t.izin)).toBe(true);
      expect(punyaIzin("evaluator", t.izin)).toBe(false);
    }
    const selesai = TRANSISI_LKE.find((x) => x.aksi === "selesai-nilai")!;
    expect(punyaIzin("evaluator", selesai.izin)).toBe(true);
  });

  it("acts for the whole Pemda, like the evaluator, and is labelled", () => {
    expect(IKATAN_PERAN.ketua_tim_evaluator).toBe("pemda");
    expect(LABEL_PERAN.ketua_tim_evaluator).toBe("Ketua Tim Evaluasi");
  });
});
