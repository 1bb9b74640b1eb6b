import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { KERANGKA_LKE_12_2015 } from "./lke-12-2015";
import { KERANGKA_LKE_88_2021 } from "./lke-88-2021";
import { hitungNilaiLke } from "./nilai-lke";

const SEMUA_KODE = KERANGKA_LKE_88_2021.value.komponen.flatMap((k) =>
  k.subKomponen.flatMap((s) => s.kriteria.map((c) => c.kode)),
);
function seragam(jawaban: string): Record<string, string> {
  return Object.fromEntries(SEMUA_KODE.map((k) => [k, jawaban]));
}

describe("hitungNilaiLke — roll-up (regulations.md §2.4)", () => {
  // Uniform answers: every sub-komponen = bobot × nilai / 100, so total = nilai.
  it.each([
    ["AA", "100.00", "AA"],
    ["A", "90.00", "A"], // 90,00 is A (lower-exclusive)
    ["BB", "80.00", "BB"],
    ["B", "70.00", "B"], // 70,00 is B
    ["CC", "60.00", "CC"],
    ["C", "50.00", "C"],
    ["D", "30.00", "D"],
    ["E", "0.00", "D"],
  ])("all %s → %s %s", (jawaban, total, predikat) => {
    const h = hitungNilaiLke(seragam(jawaban));
    expect(h.totalTampil).toBe(total);
    expect(h.predikat.kode).toBe(predikat);
    expect(h.kerangkaId).toBe("lke-88-2021");
    expect(h.predikat.versiId).toBe("predikat-akip-88-2021");
  });

  it("mixed answers: sub-komponen rounded half-up to 2 dp before summing (default), or kept exact", () => {
    // 1.b: ten A (90) and one B (70) → mean 970/11 = 88,1818… → 9 × 0,881818… = 7,936363… → 7,94
    // 2.b: six A and one B → mean 610/7 = 87,142857… → 9 × 0,871428… = 7,842857… → 7,84
    const jawaban = { ...seragam("A"), "1.b.11": "B", "2.b.7": "B" };
    const bulat = hitungNilaiLke(jawaban);
    const sub1b = bulat.komponen[0]!.subKomponen[1]!;
    expect(sub1b.rataRata.toFixed(4)).toBe("88.1818");
    expect(sub1b.rataRataHuruf).toBe("BB");
    expect(sub1b.nilaiEksak.toFixed(6)).toBe("7.936364");
    expect(sub1b.nilai.toString()).toBe("7.94");
    expect(bulat.komponen[0]!.nilaiTampil).toBe("26.84"); // 5,4 + 7,94 + 13,5
    expect(bulat.komponen[1]!.nilaiTampil).toBe("26.74"); // 5,4 + 7,84 + 13,5
    // 90 − 8,1 − 8,1 + 7,94 + 7,84 = 89,58
    expect(bulat.total.toString()).toBe("89.58");
    expect(bulat.pembulatanSubKomponenDp).toBe(2);

    const eksak = hitungNilaiLke(jawaban, { pembulatanSubKomponenDp: null });
    expect(eksak.total.toFixed(6)).toBe("89.579221"); // 73,8 + 7,936364 + 7,842857
    expect(eksak.totalTampil).toBe("89.58");
    expect(eksak.predikat.kode).toBe("A");
  });

  it("records each kriteria's letter and value", () => {
    const h = hitungNilaiLke({ ...seragam("BB"), "4.c.5": "cc" });
    const c = h.komponen[3]!.subKomponen[2]!.kriteria.at(-1)!;
    expect(c).toEqual({ kode: "4.c.5", jawaban: "CC", nilai: 60 });
  });
});

describe("hitungNilaiLke — errors", () => {
  function gagal(fn: () => unknown): DomainError {
    try {
      fn();
    } catch (e) {
      if (e instanceof DomainError) return e;
      throw e;
    }
    throw new Error("expected a DomainError");
  }

  it("a missing answer names the kriteria code", () => {
    const { ["2.c.4"]: _hilang, ...jawaban } = seragam("A");
    const e = gagal(() => hitungNilaiLke(jawaban));
    expect(e.code).toBe("jawaban_kriteria_hilang");
    expect(e.message).toContain("2.c.4");
    expect(e.details).toMatchObject({ kode: ["2.c.4"] });
  });

  it("an unknown code is refused", () => {
    const e = gagal(() => hitungNilaiLke({ ...seragam("A"), "1.a.7": "A" }));
    expect(e.code).toBe("kriteria_tidak_dikenal");
    expect(e.message).toContain("1.a.7");
  });

  it("an unknown letter names the kriteria and the value", () => {
    const e = gagal(() => hitungNilaiLke({ ...seragam("A"), "3.b.6": "X" }));
    expect(e.message).toBe('kriteria 3.b.6: jawaban "X" tidak dikenal (pilih AA/A/BB/B/CC/C/D/E)');
  });

  it("empty answers list the first codes and the count", () => {
    const e = gagal(() => hitungNilaiLke({}));
    expect(e.message).toContain("1.a.1, 1.a.2");
    expect(e.message).toContain("dan 70 lainnya (80 dari 80 kriteria)");
  });

  it("the 12/2015 framework has no kriteria texts: scoring from answers is refused", () => {
    expect(() => hitungNilaiLke({}, { kerangka: KERANGKA_LKE_12_2015 })).toThrow(/tidak memiliki daftar kriteria/);
  });
});
