import { describe, expect, it } from "vitest";
import { formatPersen } from "./persen";

describe("formatPersen", () => {
  it.each([
    // SEED 484: "94,71%"
    ["94.70588235294117647058823529411764705882", "94,71%"],
    // SEED 485: "93,53%"
    ["93.5333", "93,53%"],
    // our 2022 IKM capaian (SEED 712 prints 112,25 %)
    ["112.625", "112,63%"],
    ["100", "100,00%"],
  ])("%s → %s", (nilai, expected) => {
    expect(formatPersen(nilai)).toBe(expected);
  });

  it("en-US", () => {
    expect(formatPersen("94.705", { locale: "en-US" })).toBe("94.71%");
  });
});
