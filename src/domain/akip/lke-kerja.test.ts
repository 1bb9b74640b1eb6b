/**
 * The LKE worksheet at work: framework per year, partial scoring, value column checks, differences, what-if and
 * ranking. Expected values come from the rules core itself (hitungNilaiLke) and from the answer scale.
 * NOTE: regulations.md §2.3 (AA=100 … E=0), §2.4 (sub = bobot × mean / 100, rounded 2 dp), §2.6 (88/2021 from 2022).
 */
import { describe, expect, it } from "vitest";
import { dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { KODE_JAWABAN } from "./jawaban";
import { KERANGKA_LKE_12_2015 } from "./lke-12-2015";
import { KERANGKA_LKE_88_2021 } from "./lke-88-2021";
import {
  daftarKriteria,
  hitungLkeSebagian,
  jawabanKriteria,
  kerangkaLkeTahun,
  peluangKenaikan,
  peringkat,
  periksaNilaiJawaban,
  selisihMandiriEvaluator,
} from "./lke-kerja";
import { cariTransisiLke, sisiBolehDiubah } from "./lke-alur";
import { hitungNilaiLke } from "./nilai-lke";

const KODE = daftarKriteria(KERANGKA_LKE_88_2021).map((c) => c.kriteria.kode);

describe("kerangkaLkeTahun (regulations.md §2.6)", () => {
  it.each([
    [2019, "12/2015"],
    [2021, "12/2015"],
    [2022, "88/2021"],
    [2024, "88/2021"],
  ])("%i → %s", (tahun, kerangka) => expect(kerangkaLkeTahun(tahun).value.kerangka).toBe(kerangka));
  it("follows a Pemda's choice when given", () => {
    expect(kerangkaLkeTahun(2024, "12/2015")).toBe(KERANGKA_LKE_12_2015);
  });
});

describe("the worksheet", () => {
  it("has the 80 kriteria of 88/2021 in order (6+11+8 / 3+7+10 / 6+9+7 / 3+5+5)", () => {
    expect(KODE).toHaveLength(80);
    expect(KODE[0]).toBe("1.a.1");
    expect(KODE[79]).toBe("4.c.5");
  });

  it("scores a complete worksheet exactly as hitungNilaiLke", () => {
    const j = Object.fromEntries(KODE.map((k, i) => [k, KODE_JAWABAN[i % 8]!]));
    const s = hitungLkeSebagian(j);
    expect(s.lengkap).toBe(true);
    expect(s.hasil.totalTampil).toBe(hitungNilaiLke(j).totalTampil);
  });

  it("counts unanswered kriteria as E (0): an empty worksheet is 0, D (predikat)", () => {
    const s = hitungLkeSebagian({});
    expect(s.terisi).toBe(0);
    expect(s.hasil.totalTampil).toBe("0.00");
    expect(s.belumDiisi).toHaveLength(80);
  });

  it("one AA in 1.a (bobot 6, 6 kriteria) gives 6 × 100 / 6 / 100 = 1,00", () => {
    expect(hitungLkeSebagian({ "1.a.1": "AA" }).hasil.totalTampil).toBe("1.00");
  });
});

describe("answer and value checks name the kriteria and column", () => {
  it.each([
    ["Z", "jawaban_tidak_valid"],
    ["AAA", "jawaban_tidak_valid"],
  ])("answer %s → %s", (v, code) => {
    expect(() => jawabanKriteria(v, "1.a.1", "kolom E")).toThrow(DomainError);
    try {
      jawabanKriteria(v, "1.a.1", "kolom E");
    } catch (e) {
      expect((e as DomainError).code).toBe(code);
      expect((e as DomainError).message).toContain("1.a.1");
    }
  });
  it("empty answer is null", () => expect(jawabanKriteria(" ", "1.a.1", "k")).toBeNull());
  it.each([
    [120, "A", "nilai_melebihi_bobot"],
    [-1, "A", "nilai_melebihi_bobot"],
    [80, "A", "nilai_tidak_sesuai_jawaban"],
    ["x", "A", "nilai_bukan_angka"],
    [90, null, "jawaban_kosong"],
  ] as const)("value %s with answer %s → %s", (nilai, jawaban, code) => {
    try {
      periksaNilaiJawaban(nilai, jawaban, "2.b.4", "kolom F");
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe(code);
      expect((e as DomainError).message).toMatch(/kriteria 2\.b\.4, kolom F/);
    }
  });
  it("accepts the answer's own value (A = 90, also '90,0')", () => {
    expect(() => periksaNilaiJawaban("90,0", "A", "1.a.1", "k")).not.toThrow();
  });
});

describe("differences, what-if, ranking", () => {
  it("lists kriteria where both sides answered differently, with the value difference", () => {
    const s = selisihMandiriEvaluator([
      { kode: "1.a.1", mandiri: "A", evaluator: "BB" },
      { kode: "1.a.2", mandiri: "A", evaluator: "A" },
      { kode: "1.a.3", mandiri: null, evaluator: "B" },
    ]);
    expect(s).toEqual([{ kode: "1.a.1", mandiri: "A", evaluator: "BB", selisih: -10 }]);
  });

  it("ranks kriteria by the total gain of AA; gains equal hitungNilaiLke differences", () => {
    const j = Object.fromEntries(KODE.map((k) => [k, "B" as const]));
    const p = peluangKenaikan(j);
    const dasar = hitungNilaiLke(j).total;
    for (const x of p.slice(0, 5)) {
      expect(dec(x.kenaikanMaks).toFixed(2)).toBe(
        hitungNilaiLke({ ...j, [x.kode]: "AA" })
          .total.minus(dasar)
          .toFixed(2),
      );
    }
    // the largest gain is in the heaviest sub-komponen per kriteria: 1.c or 2.c (15 points over 8 / 10 kriteria) vs
    // 4.c (12,5 over 5): 12,5 / 5 = 2,5 per kriteria is the largest
    expect(p[0]!.kode.startsWith("4.c")).toBe(true);
  });

  it("competition ranking on the 2-dp total", () => {
    const r = peringkat([
      { kunci: "a", total: dec("70.15") },
      { kunci: "b", total: dec("72.97") },
      { kunci: "c", total: dec("70.15") },
      { kunci: "d", total: dec("66.66") },
    ]);
    expect(r.map((x) => [x.kunci, x.peringkat])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });
});

describe("workflow", () => {
  it("OPD writes in draft, evaluator in diajukan, nobody after", () => {
    expect(sisiBolehDiubah("draft")).toBe("mandiri");
    expect(sisiBolehDiubah("diajukan")).toBe("evaluator");
    expect(sisiBolehDiubah("dinilai")).toBeNull();
    expect(sisiBolehDiubah("final")).toBeNull();
  });
  it("unlocking a final evaluation needs a reason and the finalise permission", () => {
    const t = cariTransisiLke("final", "buka");
    expect(t).toMatchObject({ ke: "dinilai", perluAlasan: true, izin: "evaluasi.finalkan" });
    expect(cariTransisiLke("draft", "finalkan")).toBeUndefined();
  });
});
