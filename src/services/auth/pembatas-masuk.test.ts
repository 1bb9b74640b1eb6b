import { describe, expect, it } from "vitest";
import { buatTokenCsrf, cocokTokenCsrf } from "./csrf";
import { PembatasMasuk } from "./pembatas-masuk";

const t0 = new Date("2024-02-18T09:00:00+07:00");
const plus = (ms: number) => new Date(t0.getTime() + ms);

describe("PembatasMasuk (ADR 0008: failed sign-ins per address)", () => {
  it("allows up to `maks` failures in the window, then asks to wait until the oldest leaves it", () => {
    const p = new PembatasMasuk({ maks: 3, jendelaMs: 60_000 });
    expect(p.tunggu("10.0.0.1", t0)).toBe(0);
    p.catatGagal("10.0.0.1", t0);
    p.catatGagal("10.0.0.1", plus(10_000));
    expect(p.tunggu("10.0.0.1", plus(10_000))).toBe(0);
    p.catatGagal("10.0.0.1", plus(20_000));
    // 3 failures: wait until t0 + 60 s
    expect(p.tunggu("10.0.0.1", plus(20_000))).toBe(40);
    expect(p.tunggu("10.0.0.2", plus(20_000))).toBe(0);
    expect(p.tunggu("10.0.0.1", plus(60_001))).toBe(0);
  });
});

describe("CSRF token (ADR 0008)", () => {
  it("is bound to the session token and the secret", () => {
    const token = buatTokenCsrf("rahasia", "sesi-a");
    expect(cocokTokenCsrf("rahasia", "sesi-a", token)).toBe(true);
    expect(cocokTokenCsrf("rahasia", "sesi-b", token)).toBe(false);
    expect(cocokTokenCsrf("lain", "sesi-a", token)).toBe(false);
    expect(cocokTokenCsrf("rahasia", "sesi-a", undefined)).toBe(false);
    expect(cocokTokenCsrf("rahasia", "sesi-a", "")).toBe(false);
  });
});
