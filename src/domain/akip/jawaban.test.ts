import { describe, expect, it } from "vitest";
import { hurufRataRata, JAWABAN_LKE_88_2021, parseJawaban, uraianJawaban } from "./jawaban";

describe("LKE answer scale (regulations.md §2.3, §2.4)", () => {
  it.each([
    ["AA", 100],
    ["A", 90],
    ["BB", 80],
    ["B", 70],
    ["CC", 60],
    ["C", 50],
    ["D", 30],
    ["E", 0],
  ] as const)("%s = %i", (kode, nilai) => {
    expect(JAWABAN_LKE_88_2021[kode].nilai).toBe(nilai);
  });

  it("keberadaan wording differs only for AA and A", () => {
    expect(uraianJawaban("AA", "keberadaan")).toMatch(/5 tahun terakhir/);
    expect(uraianJawaban("A", "keberadaan")).toMatch(/1 tahun terakhir/);
    expect(uraianJawaban("AA", "kualitas")).toMatch(/percontohan secara nasional/);
    expect(uraianJawaban("B", "keberadaan")).toBe(uraianJawaban("B", "pemanfaatan"));
  });

  it.each([
    ["100", "AA"],
    ["99.99", "A"],
    ["90", "A"],
    ["89.99", "BB"],
    ["80", "BB"],
    ["70", "B"],
    ["60", "CC"],
    ["50", "C"],
    ["30", "D"],
    ["29.99", "E"],
    ["0", "E"],
  ])("mean %s shown as %s", (rata, huruf) => {
    expect(hurufRataRata(rata)).toBe(huruf);
  });

  it("parses letters case-insensitively and rejects others naming the kriteria", () => {
    expect(parseJawaban(" bb ", "kriteria 1.a.1")).toBe("BB");
    expect(() => parseJawaban("F", "kriteria 2.b.3")).toThrow(/kriteria 2\.b\.3: jawaban "F" tidak dikenal/);
    expect(() => parseJawaban(90, "kriteria 2.b.3")).toThrow(/jawaban "90"/);
  });
});
