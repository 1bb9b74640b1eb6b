import { beforeAll, describe, expect, it } from "vitest";
import { seiBalaiTsv } from "../../../tests/fixtures/anggaran/sei-balai";
import { roundHalfUp, toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import {
  hitungEfisiensi,
  METODE_SERAPAN_EFISIENSI,
  SERAPAN_PROGRAM_PENDUKUNG,
  SERAPAN_TOTAL_OPD,
  serapanUntukEfisiensi,
} from "./efisiensi";
import { parsePengawasan } from "./pengawasan";
import type { PohonAnggaran } from "./pohon-types";
import { serapanPerSasaran } from "./serapan-sasaran";
import { splitTsv } from "./tsv";

let pohon: PohonAnggaran;
beforeAll(() => {
  pohon = parsePengawasan(splitTsv(seiBalaiTsv())).pohon;
});

describe("hitungEfisiensi", () => {
  it.each([
    // SEED Tabel 3.15 (lines 936-937), regulations.md §0
    ["94.71", "91.46", "3.25"],
    ["93.53", "93.45", "0.08"],
    // capaian below serapan → negative (not efficient)
    ["80.00", "95.50", "-15.50"],
  ])("%s − %s = %s percentage points", (capaian, serapan, expected) => {
    expect(toFixed(hitungEfisiensi(capaian, serapan), 2)).toBe(expected);
  });

  it("reproduces sasaran 2 from the parsed report: 93,53 − serapan Program Penunjang (93,45) = 0,08 (SEED 937, 1759)", () => {
    const serapan = serapanUntukEfisiensi(pohon, SERAPAN_PROGRAM_PENDUKUNG, {
      sasaran: "Nilai AKIP",
      kode: ["X.XX.01"],
    });
    expect(toFixed(roundHalfUp(serapan ?? 0, 2), 2)).toBe("93.45");
    expect(toFixed(hitungEfisiensi("93.53", roundHalfUp(serapan ?? 0, 2)), 2)).toBe("0.08");
  });

  it("uses the OPD total under the total method (93,56, SEED 1005)", () => {
    expect(toFixed(serapanUntukEfisiensi(pohon, SERAPAN_TOTAL_OPD) ?? 0, 2)).toBe("93.56");
  });

  it("needs the sasaran mapping under the program method", () => {
    expect(() => serapanUntukEfisiensi(pohon, SERAPAN_PROGRAM_PENDUKUNG)).toThrow(DomainError);
  });

  it("states the methods as data", () => {
    expect(METODE_SERAPAN_EFISIENSI.map((m) => m.value.metode)).toEqual([
      "serapan-program-pendukung",
      "serapan-total-opd",
    ]);
    for (const m of METODE_SERAPAN_EFISIENSI) expect(m.area).toBe("efisiensi");
  });
});

describe("serapanPerSasaran", () => {
  it.each([
    // regulations.md §0: Program Penunjang 2.476.764.410 / 2.650.313.819 = 93,45 (SEED 1759)
    ["penunjang", ["X.XX.01"], "2650313819.00", "2476764410.00", "93.45"],
    // regulations.md §0: "the other five programs give 94,14 %" — the 91,46 % of sasaran 1 (SEED 936) is not reproduced
    [
      "lima program lain",
      ["7.01.02", "7.01.03", "7.01.04", "7.01.05", "7.01.06"],
      "485612500.00",
      "457165000.00",
      "94.14",
    ],
    // a program and its own kegiatan/sub-kegiatan are counted once
    [
      "tumpang tindih",
      ["7.01.03", "7.01.03.2.01", "7.01 . 7-01.0-00.0-00.03.0.0 . 3.2.01.3"],
      "268352500.00",
      "254945000.00",
      "95.00",
    ],
    // single sub-kegiatan in seed print form (SEED 1763)
    ["satu sub", ["7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3"], "13000000.00", "13000000.00", "100.00"],
  ])("%s", (sasaran, kode, anggaran, realisasi, serapan) => {
    const [s] = serapanPerSasaran(pohon, [{ sasaran, kode }]);
    expect(toFixed(s?.anggaran ?? 0, 2)).toBe(anggaran);
    expect(toFixed(s?.realisasi ?? 0, 2)).toBe(realisasi);
    expect(toFixed(s?.serapan ?? 0, 2)).toBe(serapan);
  });

  it("has a null serapan for a zero anggaran (SEED 1731)", () => {
    expect(serapanPerSasaran(pohon, [{ sasaran: "x", kode: ["X.XX.01.2.05"] }])[0]?.serapan).toBeNull();
  });

  it("rejects a code not in the report, naming sasaran and code", () => {
    expect(() => serapanPerSasaran(pohon, [{ sasaran: "IKM", kode: ["7.01.09"] }])).toThrow(
      /Sasaran "IKM": kode "7.01.09"/,
    );
  });
});
