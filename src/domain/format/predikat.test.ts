import { describe, expect, it } from "vitest";
import { formatPredikat } from "./predikat";

describe("formatPredikat", () => {
  it.each([
    // SEED 485 Tabel 3.2
    ["BB", "75", "BB (75,00)"],
    ["BB", "70.15", "BB (70,15)"],
    // SEED 764 Tabel 3.11
    ["b", "67.25", "B (67,25)"],
  ])("%s %s → %s", (huruf, nilai, expected) => {
    expect(formatPredikat(huruf, nilai)).toBe(expected);
  });
});
