import { DEFAULT_THEME } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { gelapkan, KONTRAS_MINIMUM, rasioKontras, variabelKontras } from "./tema";

describe("the theme's contrast (WCAG 2.1 AA)", () => {
  it("computes the WCAG ratio", () => {
    expect(rasioKontras("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(rasioKontras("#868e96", "#ffffff")).toBeCloseTo(3.32, 2);
    expect(gelapkan("#ffffff", 0.5)).toBe("#808080");
  });

  it("gives every filled, outline and light colour and the dimmed text at least 4.5:1", () => {
    const v = variabelKontras();
    const c = DEFAULT_THEME.colors;
    for (const nama of Object.keys(c).filter((n) => n !== "dark")) {
      expect(rasioKontras(v[`--mantine-color-${nama}-filled`]!, "#ffffff"), nama).toBeGreaterThanOrEqual(
        KONTRAS_MINIMUM,
      );
      expect(rasioKontras(v[`--mantine-color-${nama}-light-color`]!, c[nama]![1]!), nama).toBeGreaterThanOrEqual(
        KONTRAS_MINIMUM,
      );
    }
    expect(rasioKontras(v["--mantine-color-dimmed"]!, c.gray[1]!)).toBeGreaterThanOrEqual(KONTRAS_MINIMUM);
    expect(rasioKontras(v["--mantine-color-placeholder"]!, "#ffffff")).toBeGreaterThanOrEqual(KONTRAS_MINIMUM);
    // blue needs shade 8 (shade 6 is 3.6:1)
    expect(v["--mantine-color-blue-filled"]).toBe(c.blue[8]);
  });
});
