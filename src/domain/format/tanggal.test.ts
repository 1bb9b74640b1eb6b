import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { formatBulanTahun, formatTanggal, hariDalamBulan, isTanggalValid, parseTanggalIso } from "./tanggal";

describe("tanggal", () => {
  it.each([
    // product.md: "18 Februari 2024"
    [{ year: 2024, month: 2, day: 18 }, "18 Februari 2024"],
    ["2024-02-18", "18 Februari 2024"],
    ["2024-02-29", "29 Februari 2024"],
    ["2023-12-31", "31 Desember 2023"],
    ["2024-01-01", "1 Januari 2024"],
    // NIP birth dates of the seed
    ["1977-05-15", "15 Mei 1977"],
    ["1968-09-27", "27 September 1968"],
  ])("%j → %s", (input, expected) => {
    expect(formatTanggal(input)).toBe(expected);
  });

  it("is independent of the process time zone (no off-by-one)", () => {
    // vitest.config.ts sets TZ=Asia/Jakarta (UTC+7); the result must be the written date.
    expect(formatTanggal("2024-01-01")).toBe("1 Januari 2024");
    expect(formatTanggal("2023-12-31")).toBe("31 Desember 2023");
  });

  it("en-US", () => {
    expect(formatTanggal("2024-02-18", "en-US")).toBe("February 18, 2024");
  });

  it("formatBulanTahun", () => {
    expect(formatBulanTahun({ year: 2010, month: 1 })).toBe("Januari 2010");
  });

  it.each(["2023-02-29", "2024-13-01", "2024-00-10", "18-02-2024", "2024-02-18T00:00:00Z", ""])(
    "refuses %j",
    (input) => {
      expect(() => parseTanggalIso(input)).toThrow(DomainError);
    },
  );

  it("knows leap years", () => {
    expect(hariDalamBulan(2024, 2)).toBe(29);
    expect(hariDalamBulan(2023, 2)).toBe(28);
    expect(hariDalamBulan(1900, 2)).toBe(28);
    expect(hariDalamBulan(2000, 2)).toBe(29);
    expect(isTanggalValid({ year: 2023, month: 4, day: 31 })).toBe(false);
    expect(() => formatTanggal({ year: 2023, month: 2, day: 30 })).toThrow(DomainError);
  });
});
