import { describe, expect, it } from "vitest";
import { isiJebakan, JendelaGeser, PenjagaDuplikat, perangkatSah, sidikJawaban } from "./pembatas";

// The limits are the settings of ADR 0021 (SKM_RATE_LIMIT per minute, duplicate window 2 minutes).
describe("JendelaGeser", () => {
  it("allows `batas` per window, refuses the next until the oldest leaves the window", () => {
    const j = new JendelaGeser(3, 60_000);
    expect([0, 10, 20].map((t) => j.coba("a", t).boleh)).toEqual([true, true, true]);
    expect(j.coba("a", 30)).toEqual({ boleh: false, tungguMs: 59_970 });
    expect(j.coba("b", 30).boleh).toBe(true); // another key has its own window
    expect(j.coba("a", 60_001).boleh).toBe(true); // the event at 0 has left the window
  });
  it("batas 0 is off", () => {
    const j = new JendelaGeser(0);
    for (let i = 0; i < 1000; i++) expect(j.coba("a", i).boleh).toBe(true);
  });
  it("keeps at most maksKunci keys", () => {
    const j = new JendelaGeser(1, 60_000, 2);
    j.coba("a", 0);
    j.coba("b", 0);
    j.coba("c", 0); // "a" dropped
    expect(j.coba("a", 1).boleh).toBe(true);
    expect(j.coba("c", 1).boleh).toBe(false);
  });
});

describe("PenjagaDuplikat", () => {
  it("same answers, other key within the window = duplikat; same key = ulang; after the window = baru", () => {
    const g = new PenjagaDuplikat(120_000);
    const s = sidikJawaban("dev-1", "pemda/ktp", { jawaban: { u1: 4, u2: 3 }, saran: "" });
    expect(g.periksa(s, "k1", 0)).toBe("baru");
    g.catat(s, "k1", 0);
    expect(g.periksa(s, "k1", 1000)).toBe("ulang");
    expect(g.periksa(s, "k2", 1000)).toBe("duplikat");
    expect(g.periksa(s, "k2", 120_001)).toBe("baru");
  });
  it("the fingerprint ignores key order, the key, the channel and the one-time code", () => {
    const a = sidikJawaban("d", "l", { jawaban: { u1: 1, u2: 2 }, kunci: "x", saluran: "qr", kodeSekali: "A" });
    const b = sidikJawaban("d", "l", { jawaban: { u2: 2, u1: 1 }, kunci: "y" });
    expect(a).toBe(b);
    expect(sidikJawaban("d", "l", { jawaban: { u1: 2, u2: 2 } })).not.toBe(b);
    expect(sidikJawaban("e", "l", { jawaban: { u1: 1, u2: 2 } })).not.toBe(b);
  });
});

describe("perangkatSah / isiJebakan", () => {
  it.each([
    ["0b6c7e0e-3d6b-4a43-9a1d-2f0f6f2c9a11", true],
    ["pendek", false],
    ["ada spasi di sini", false],
    [undefined, false],
    ["x".repeat(65), false],
  ])("perangkat %s → %s", (nilai, sah) => expect(perangkatSah(nilai) !== null).toBe(sah));
  it.each([
    [undefined, false],
    ["", false],
    ["  ", false],
    ["http://spam", true],
    [0, true],
  ])("jebakan %s → %s", (nilai, terisi) => expect(isiJebakan(nilai)).toBe(terisi));
});
