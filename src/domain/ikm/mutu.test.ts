import { describe, expect, it } from "vitest";
import { klasifikasiMutuIkm, klasifikasiMutuNrr, MUTU_IKM_14_2017, MUTU_IKM_KEP25_2004 } from "./mutu";

describe("klasifikasiMutuIkm — Permenpan RB 14/2017 (regulations.md §1.6; SEED 593-597)", () => {
  it.each([
    ["24.98", "D", "Tidak Baik"], // 9 × 0,111 × 1 × 25 = 24,975 → 24,98: below 25 still D
    ["25.00", "D", "Tidak Baik"],
    ["64.99", "D", "Tidak Baik"],
    ["64.994", "D", "Tidak Baik"], // rounds to 64,99
    ["64.995", "C", "Kurang Baik"], // rounds to 65,00
    ["65.00", "C", "Kurang Baik"],
    ["76.60", "C", "Kurang Baik"],
    ["76.604", "C", "Kurang Baik"],
    ["76.605", "B", "Baik"], // the printed gap 76,60 < x < 76,61 is closed by rounding first
    ["80.50390625", "B", "Baik"], // SEED 1821-1824
    ["88.30", "B", "Baik"],
    ["88.305", "A", "Sangat Baik"],
    ["88.31", "A", "Sangat Baik"],
    ["99.90", "A", "Sangat Baik"],
    ["100", "A", "Sangat Baik"],
  ])("IKM %s → %s (%s)", (ikm, mutu, kinerja) => {
    const h = klasifikasiMutuIkm(ikm);
    expect([h.mutu, h.kinerja]).toEqual([mutu, kinerja]);
    expect(h.versiId).toBe("ikm-mutu-14-2017");
  });

  it("rejects values outside 0–100", () => {
    expect(() => klasifikasiMutuIkm("100.01")).toThrow(/di luar rentang/);
    expect(() => klasifikasiMutuIkm("-1")).toThrow(/di luar rentang/);
  });
});

describe("klasifikasiMutuNrr — per unsur via NRR × 25 (gaps in the NI column closed consistently)", () => {
  it.each([
    ["1.00", "D"],
    ["2.5996", "D"], // 64,99
    ["2.5998", "C"], // in the printed NI gap 2,5996–2,60: 64,995 → 65,00 → C
    ["2.60", "C"],
    ["3.00", "C"], // SEED 568 u1 Persyaratan 3,00 → 75,00
    ["3.064", "C"], // 76,60
    ["3.0642", "B"], // in the gap 3,064–3,0644: 76,605 → 76,61 → B
    ["3.0644", "B"],
    ["3.532", "B"], // 88,30
    ["3.5322", "A"], // gap 3,532–3,5324: 88,305 → 88,31
    ["3.94", "A"], // SEED 571 u4 Biaya
    ["4.00", "A"],
  ])("NRR %s → %s", (nrr, mutu) => {
    expect(klasifikasiMutuNrr(nrr).mutu).toBe(mutu);
  });

  it("the NI band ends × 25 match the NIK band ends of the table", () => {
    for (const p of MUTU_IKM_14_2017.value.pita) {
      expect(klasifikasiMutuNrr(p.nilaiInterval.dari).mutu).toBe(p.mutu);
    }
  });
});

describe("KEP/25/M.PAN/2/2004 bands (old data; verified in public apps)", () => {
  it.each([
    ["25.00", "D"],
    ["43.75", "D"],
    ["43.76", "C"],
    ["62.50", "C"],
    ["62.51", "B"],
    ["81.25", "B"],
    ["81.26", "A"],
    ["100.00", "A"],
  ])("IKM %s → %s", (ikm, mutu) => {
    expect(klasifikasiMutuIkm(ikm, MUTU_IKM_KEP25_2004).mutu).toBe(mutu);
  });

  it.each([
    ["1.75", "D"],
    ["1.76", "C"],
    ["2.50", "C"],
    ["2.51", "B"],
    ["3.25", "B"],
    ["3.26", "A"],
  ])("NRR %s → %s (NI = NIK / 25)", (nrr, mutu) => {
    expect(klasifikasiMutuNrr(nrr, MUTU_IKM_KEP25_2004).mutu).toBe(mutu);
  });
});
