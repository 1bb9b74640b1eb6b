import { describe, expect, it } from "vitest";
import { AKUN_DEMO } from "../../demo/akun-demo";
import { adalahKataSandiDemo, tolakKataSandiDemo } from "./kata-sandi-demo";

describe("public demo passwords (issue 18, finding 10)", () => {
  it("recognises every demo password, whatever its letter case", () => {
    for (const a of AKUN_DEMO) {
      expect(adalahKataSandiDemo(a.kataSandi)).toBe(true);
      expect(adalahKataSandiDemo(a.kataSandi.toUpperCase())).toBe(true);
      expect(adalahKataSandiDemo(` ${a.kataSandi.toLowerCase()} `)).toBe(true);
    }
    expect(adalahKataSandiDemo("Rahasia-uji-2024")).toBe(false);
  });

  it("refuses one with an Indonesian message naming the field", () => {
    const demo = AKUN_DEMO[0]?.kataSandi ?? "";
    expect(() => tolakKataSandiDemo(demo, "kataSandiBaru")).toThrow(/^kataSandiBaru: .*kata sandi akun demo/);
    expect(() => tolakKataSandiDemo("Rahasia-uji-2024", "kataSandiBaru")).not.toThrow();
  });
});
