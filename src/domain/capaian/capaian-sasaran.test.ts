import { describe, expect, it } from "vitest";
import { toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { capaianSasaran } from "./capaian-sasaran";

describe("capaianSasaran (SEED 444: rata-rata atas capaian indikator)", () => {
  it.each([
    // SEED Tabel 3.2 line 484: sasaran 1 has one indicator, IKM 94,70588… → 94,71
    [["94.70588235294117647058823529411764705882"], "dibulatkan", "94.71"],
    // a sasaran made of the two seed indicators (illustration): (94,71 + 93,53)/2 = 94,12
    [["94.70588235294117647058823529411764705882", "93.53333333333333333333333333333333333333"], "dibulatkan", "94.12"],
    [["94.70588235294117647058823529411764705882", "93.53333333333333333333333333333333333333"], "eksak", "94.12"],
    // where the basis matters: 2-dp values 100,01 and 100,00 → 100,005 → 100,01; exact 100,005+100,004 → 100,0045 → 100,00
    [["100.005", "100.004"], "dibulatkan", "100.01"],
    [["100.005", "100.004"], "eksak", "100.00"],
  ] as [string[], "dibulatkan" | "eksak", string][])("%j (%s) → %s", (nilai, basis, expected) => {
    const h = capaianSasaran(nilai, basis);
    expect(toFixed(h.capaianDibulatkan, 2)).toBe(expected);
    expect(h.jumlahIndikator).toBe(nilai.length);
  });

  it("defaults to the mean of the 2-dp capaian", () => {
    expect(toFixed(capaianSasaran(["100.005", "100.004"]).capaianDibulatkan, 2)).toBe("100.01");
  });

  it("refuses an empty list naming the sasaran", () => {
    expect(() => capaianSasaran([], "dibulatkan", "Meningkatkan Kepuasan Masyarakat")).toThrow(DomainError);
    expect(() => capaianSasaran([], "dibulatkan", "Meningkatkan Kepuasan Masyarakat")).toThrow(
      /Sasaran "Meningkatkan Kepuasan Masyarakat"/,
    );
  });
});
