import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { parseRealisasi, parseTarget } from "./target";

function kodeError(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : `bukan DomainError: ${String(error)}`;
  }
  return undefined;
}

describe("parseTarget", () => {
  it.each([
    // SEED 484 Tabel 3.2: target IKM "85,00"
    ["85,00", { jenis: "angka", nilai: "85" }],
    // machine form, CLI usage in the brief
    ["85", { jenis: "angka", nilai: "85" }],
    ["80.5", { jenis: "angka", nilai: "80.5" }],
    ["85%", { jenis: "angka", nilai: "85" }],
    // SEED 485 Tabel 3.2: "BB (75,00)"
    ["BB (75,00)", { jenis: "predikat", huruf: "BB", nilai: "75" }],
    ["BB(75,00)", { jenis: "predikat", huruf: "BB", nilai: "75" }],
    // SEED 924: "75,00 (BB)"
    ["75,00 (BB)", { jenis: "predikat", huruf: "BB", nilai: "75" }],
    // SEED 764 Tabel 3.11: "B (65,00)"; lower-case letters are normalised
    ["b (65,00)", { jenis: "predikat", huruf: "B", nilai: "65" }],
    // regulations.md §4 range targets "80–90 %"
    ["80-90", { jenis: "rentang", bawah: "80", atas: "90" }],
    ["80 – 90", { jenis: "rentang", bawah: "80", atas: "90" }],
    ["80% - 90%", { jenis: "rentang", bawah: "80", atas: "90" }],
    ["80,5 s.d. 90,25", { jenis: "rentang", bawah: "80.5", atas: "90.25" }],
    ["80 s/d 90", { jenis: "rentang", bawah: "80", atas: "90" }],
    ["80 sampai dengan 90", { jenis: "rentang", bawah: "80", atas: "90" }],
  ])("%s", (input, expected) => {
    const t = parseTarget(input);
    const plain = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === "string" ? v : v.toString()]));
    expect(plain).toEqual(expected);
  });

  it.each([
    // brief: missing/empty target → clear error
    [undefined, "target_kosong"],
    ["", "target_kosong"],
    ["  ", "target_kosong"],
    ["-", "target_kosong"],
    ["abc", "bukan_angka"],
    ["BB (abc)", "bukan_angka"],
    ["90-80", "rentang_terbalik"],
  ])("%j → %s", (input, code) => {
    expect(kodeError(() => parseTarget(input, "target IKM"))).toBe(code);
  });

  it("names the field and value in Indonesian", () => {
    expect(() => parseTarget("abc", "target IKM")).toThrow('target IKM: "abc" bukan angka');
    expect(() => parseTarget("", "target IKM")).toThrow(/target IKM: nilai kosong/);
  });
});

describe("parseRealisasi", () => {
  it.each([
    // SEED 484: "80,50"
    ["80,50", "80.5", undefined],
    // SEED 485: "BB (70,15)"
    ["BB (70,15)", "70.15", "BB"],
    // SEED 924: "70,15 (BB)"
    ["70,15 (BB)", "70.15", "BB"],
  ])("%s", (input, nilai, huruf) => {
    const r = parseRealisasi(input);
    expect(r.nilai.toString()).toBe(nilai);
    expect(r.huruf).toBe(huruf);
  });

  it.each(["", "abc", "80-90"])("%j is refused", (input) => {
    expect(() => parseRealisasi(input)).toThrow(DomainError);
  });
});
