import { describe, expect, it } from "vitest";
import { formatSelisih } from "./selisih";

describe("formatSelisih", () => {
  it.each([
    // SEED 748: kenaikan 2,52 poin vs 2021; penurunan 9,60 poin vs 2022
    ["2.52", {}, "+2,52"],
    ["-9.6", {}, "\u22129,60"],
    ["-9.6", { minus: "-" as const }, "-9,60"],
    ["0", {}, "0,00"],
    ["-0.004", {}, "0,00"],
    ["1234.5", {}, "+1.234,50"],
    ["-17.92", { locale: "en-US" as const }, "\u221217.92"],
  ])("%s %j → %s", (nilai, opsi, expected) => {
    expect(formatSelisih(nilai, opsi)).toBe(expected);
  });
});
