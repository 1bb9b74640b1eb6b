import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../shared/decimal";
import { BOBOT_IKM_0111, BOBOT_IKM_SEPERSEMBILAN } from "./bobot";
import { hitungIkm } from "./hitung";
import { KODE_UNSUR } from "./unsur";

const baris = fc.record(
  Object.fromEntries(KODE_UNSUR.map((k) => [k, fc.integer({ min: 1, max: 4 })])) as Record<
    (typeof KODE_UNSUR)[number],
    fc.Arbitrary<number>
  >,
);

describe("IKM properties (fast-check)", () => {
  // regulations.md §0/§1.5: IKM = Σ NRR × w × 25 with NRR in [1, 4] → between 25·9w and 100·9w.
  it.each([
    ["0,111", BOBOT_IKM_0111, "24.975", "99.9"],
    ["1/9", BOBOT_IKM_SEPERSEMBILAN, "25", "100"],
  ])("bobot %s: %s ≤ IKM ≤ %s", (_n, bobot, bawah, atas) => {
    fc.assert(
      fc.property(fc.array(baris, { minLength: 1, maxLength: 40 }), (responden) => {
        const ikm = hitungIkm({ jenis: "responden", responden }, { bobot }).ikm;
        // 1/9 is not a finite decimal: allow 1e-30 of representation error at the ends.
        expect(ikm.gte(dec(bawah).minus("1e-30"))).toBe(true);
        expect(ikm.lte(dec(atas).plus("1e-30"))).toBe(true);
      }),
    );
  });

  it("IKM is strictly increasing in each unsur's Σ nilai", () => {
    const kasus = fc
      .integer({ min: 1, max: 200 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.integer({ min: n, max: 4 * n }), { minLength: 9, maxLength: 9 }),
          fc.integer({ min: 0, max: 8 }),
        ),
      )
      .filter(([n, jumlah, i]) => jumlah[i]! < 4 * n);
    fc.assert(
      fc.property(kasus, ([n, jumlah, i]) => {
        const sebelum = Object.fromEntries(KODE_UNSUR.map((k, j) => [k, jumlah[j]!]));
        const sesudah = { ...sebelum, [KODE_UNSUR[i]!]: jumlah[i]! + 1 };
        const a = hitungIkm({ jenis: "jumlah", responden: n, jumlah: sebelum }).ikm;
        const b = hitungIkm({ jenis: "jumlah", responden: n, jumlah: sesudah }).ikm;
        expect(b.gt(a)).toBe(true);
      }),
    );
  });
});
