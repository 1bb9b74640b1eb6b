import { describe, expect, it } from "vitest";
import { golonganDariPangkat } from "./golongan";

describe("golonganDariPangkat (PP 99/2000 Lampiran I)", () => {
  it.each([
    // pangkat as printed in the seed's PK signature blocks
    ["Pembina", "IV/a"], // SEED 1083
    ["PEMBINA TK. I", "IV/b"], // SEED 1886
    ["Penata", "III/c"], // SEED 1241
    ["Penata Tk. I", "III/d"], // SEED 1455
    ["Penata Muda Tk. I", "III/b"], // SEED 1631
    ["Penata Muda Tingkat I", "III/b"],
    ["Rembina", null], // SEED 1445 typo: unknown, not guessed
    [null, null],
  ])("%s → %s", (pangkat, golongan) => {
    expect(golonganDariPangkat(pangkat)).toBe(golongan);
  });
});
