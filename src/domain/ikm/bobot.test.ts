import { describe, expect, it } from "vitest";
import {
  BOBOT_IKM_0111,
  BOBOT_IKM_SEPERSEMBILAN,
  bobotIkmDariKunci,
  bobotIkmKustom,
  jumlahBobot,
  parseBobot,
} from "./bobot";

describe("bobot IKM (regulations.md §1.5, §0)", () => {
  it.each([
    ["0.111", 111n, 1000n],
    ["0,111", 111n, 1000n],
    ["1/9", 1n, 9n],
    ["2/18", 1n, 9n],
    ["0.25", 1n, 4n],
    ["1", 1n, 1n],
  ])("parseBobot(%s) = %s/%s", (teks, p, q) => {
    expect(parseBobot(teks)).toEqual({ pembilang: p, penyebut: q });
  });

  it.each(["", "abc", "1/0", "-0.1", "1e-1", "1/2/3"])("parseBobot rejects %j", (teks) => {
    expect(() => parseBobot(teks)).toThrow(/bukan bobot yang sah/);
  });

  it("0,111 × 9 = 0,999 (why a perfect survey scores 99,90); 1/9 × 9 = 1 exactly", () => {
    expect(jumlahBobot(BOBOT_IKM_0111)).toEqual({ pembilang: 999n, penyebut: 1000n });
    expect(jumlahBobot(BOBOT_IKM_SEPERSEMBILAN)).toEqual({ pembilang: 1n, penyebut: 1n });
  });

  it("CLI keys map to the built-in versions", () => {
    expect(bobotIkmDariKunci("0.111")).toBe(BOBOT_IKM_0111);
    expect(bobotIkmDariKunci("0,111")).toBe(BOBOT_IKM_0111);
    expect(bobotIkmDariKunci("1/9")).toBe(BOBOT_IKM_SEPERSEMBILAN);
    expect(() => bobotIkmDariKunci("0.1")).toThrow(/tidak dikenal/);
  });

  it("custom weights: Σ must be exactly 1 (fractions allowed)", () => {
    const sepertiga = {
      u1: "1/3",
      u2: "1/3",
      u3: "1/27",
      u4: "1/27",
      u5: "1/27",
      u6: "1/27",
      u7: "1/27",
      u8: "1/27",
      u9: "3/27",
    };
    expect(bobotIkmKustom(sepertiga).value.perUnsur.u9).toBe("3/27");
    const kurang = {
      u1: 0.111,
      u2: 0.111,
      u3: 0.111,
      u4: 0.111,
      u5: 0.111,
      u6: 0.111,
      u7: 0.111,
      u8: 0.111,
      u9: 0.111,
    };
    expect(() => bobotIkmKustom(kurang)).toThrow(/harus tepat 1, tetapi 0,999/);
    expect(() => bobotIkmKustom({ ...kurang, u10: 0.001 })).toThrow(/"u10" tidak dikenal/);
    const { u5: _hilang, ...tanpaU5 } = kurang;
    expect(() => bobotIkmKustom(tanpaU5)).toThrow(/u5 \(Produk Spesifikasi Jenis Pelayanan\) tidak memiliki bobot/);
  });
});
