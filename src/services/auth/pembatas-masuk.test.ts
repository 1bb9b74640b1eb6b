import { describe, expect, it } from "vitest";
import { buatTokenCsrf, cocokTokenCsrf } from "./csrf";
import { PembatasMasuk } from "./pembatas-masuk";

const t0 = new Date("2024-02-18T09:00:00+07:00");
const plus = (ms: number) => new Date(t0.getTime() + ms);
const dari = (alamat: string, identitas: string) => ({ alamat, identitas });

describe("PembatasMasuk (ADR 0008, keyed per ADR 0015)", () => {
  it("throttles one account from one address after `maksPerAkun` failures, until the oldest leaves the window", () => {
    const p = new PembatasMasuk({ maksPerAkun: 3, maksPerAlamat: 100, jendelaMs: 60_000 });
    const budi = dari("10.0.0.1", "budi@pemda.go.id");
    expect(p.tunggu(budi, t0)).toBe(0);
    p.catatGagal(budi, t0);
    p.catatGagal(budi, plus(10_000));
    expect(p.tunggu(budi, plus(10_000))).toBe(0);
    p.catatGagal(budi, plus(20_000));
    // 3 failures: wait until t0 + 60 s
    expect(p.tunggu(budi, plus(20_000))).toBe(40);
    expect(p.tunggu(budi, plus(60_001))).toBe(0);
  });

  it("does not throttle another account from the same address (one office behind one NAT)", () => {
    const p = new PembatasMasuk({ maksPerAkun: 10, maksPerAlamat: 100, jendelaMs: 15 * 60_000 });
    for (let i = 0; i < 20; i++) p.catatGagal(dari("203.0.113.7", "budi@pemda.go.i"), plus(i * 1000));
    expect(p.tunggu(dari("203.0.113.7", "budi@pemda.go.i"), plus(20_000))).toBeGreaterThan(0);
    expect(p.tunggu(dari("203.0.113.7", "siti@pemda.go.id"), plus(20_000))).toBe(0);
    // nor the same account from another address
    expect(p.tunggu(dari("203.0.113.8", "budi@pemda.go.i"), plus(20_000))).toBe(0);
  });

  it("throttles every account from an address past the per-address ceiling (password spraying)", () => {
    const p = new PembatasMasuk({ maksPerAkun: 10, maksPerAlamat: 5, jendelaMs: 60_000 });
    for (let i = 0; i < 5; i++) p.catatGagal(dari("198.51.100.1", `orang${i}@pemda.go.id`), plus(i));
    expect(p.tunggu(dari("198.51.100.1", "baru@pemda.go.id"), plus(10))).toBeGreaterThan(0);
    expect(p.tunggu(dari("198.51.100.2", "baru@pemda.go.id"), plus(10))).toBe(0);
  });

  it("keeps the address and the account apart in its keys", () => {
    const p = new PembatasMasuk({ maksPerAkun: 1, maksPerAlamat: 100, jendelaMs: 60_000 });
    p.catatGagal(dari("a", "b\u0000c"), t0);
    expect(p.tunggu(dari("a\u0000b", "c"), t0)).toBe(0);
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
