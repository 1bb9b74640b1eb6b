import { describe, expect, it } from "vitest";
import { profilAturan } from "../aturan/profil";
import { aturanUntuk } from "../pengaturan/aturan-pemda";
import { type Dec, dec, toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { hitungCapaianTriwulan } from "./capaian-triwulan";
import { AMBANG_PERINGATAN_BAWAAN, periksaPeringatan } from "./peringatan";
import { periksaTargetTriwulan, type SifatTarget, type TargetTriwulanTeks } from "./triwulan";

function galat(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("tidak ada galat");
}

const r4 = (...x: (string | null)[]) =>
  x.map((v) => (v === null ? null : dec(v))) as [Dec | null, Dec | null, Dec | null, Dec | null];
const f = (d: { capaianDibulatkan: Dec } | null) => (d ? toFixed(d.capaianDibulatkan, 2) : null);

describe("periksaTargetTriwulan: quarterly targets against the PK's annual target (issue #19)", () => {
  it.each<[SifatTarget, string, TargetTriwulanTeks]>([
    // SEED 484: IKM target 85,00 — a level; TW IV = annual
    ["tingkat", "85,00", ["80", "82", "84", "85,00"]],
    // SEED 485: Nilai AKIP BB (75,00) — TW IV carries the predikat and number of the annual target
    ["tingkat", "BB (75,00)", ["70", "72", "74", "BB (75,00)"]],
    ["kumulatif", "12", ["3", "6", "9", "12"]],
    ["per-triwulan", "12", ["3", "3", "3", "3"]],
    ["per-triwulan", "10", ["4", null, "6", "-"]],
    ["dokumen", "1", ["0", "0", "1", "0"]],
    ["dokumen", "1", [null, "1", null, null]],
  ])("%s, annual %s, quarters %j: accepted", (sifat, targetTahunan, triwulan) => {
    expect(periksaTargetTriwulan({ indikator: "X", sifat, targetTahunan, triwulan }).sifat).toBe(sifat);
  });

  it.each<[SifatTarget, string, TargetTriwulanTeks, string, string]>([
    ["tingkat", "85,00", ["80", "82", "84", "84,5"], "target_tw4_tidak_sama", "triwulan.4"],
    ["kumulatif", "12", ["3", "6", "9", "11"], "target_tw4_tidak_sama", "triwulan.4"],
    ["kumulatif", "12", ["3", "6", "5", "12"], "target_kumulatif_turun", "triwulan.3"],
    ["tingkat", "85", ["80", null, "84", "85"], "target_triwulan_kosong", "triwulan.2"],
    ["per-triwulan", "12", ["3", "3", "3", "2"], "jumlah_triwulan_tidak_sama", "triwulan.4"],
    ["dokumen", "1", ["1", "1", "0", "0"], "target_dokumen", "triwulan.4"],
    ["dokumen", "1", ["0", "2", "0", "0"], "target_dokumen", "triwulan.2"],
  ])("%s, annual %s, quarters %j → %s at %s, naming the indicator and quarter", (sifat, t, tw, kode, field) => {
    const e = galat(() =>
      periksaTargetTriwulan({ indikator: "Indeks Kepuasan Masyarakat", sifat, targetTahunan: t, triwulan: tw }),
    );
    expect(e.code).toBe(kode);
    expect(e.details?.field).toBe(field);
    expect(e.message).toContain('Indikator "Indeks Kepuasan Masyarakat"');
    expect(e.message).toMatch(/TW (I|II|III|IV)/);
  });
});

describe("hitungCapaianTriwulan: capaian per quarter and cumulative (regulations.md §4 formulas)", () => {
  it("tingkat, positive (R/T × 100): SEED 484 IKM 80,50 / 85,00 = 94,71 in TW IV", () => {
    const target = periksaTargetTriwulan({
      indikator: "IKM",
      sifat: "tingkat",
      targetTahunan: "85,00",
      triwulan: ["80", "82", "84", "85,00"],
    });
    const rows = hitungCapaianTriwulan({ indikator: "IKM", target, realisasi: r4("80", "81", null, "80.50") });
    // TW I 80/80 = 100; TW II 81/82 = 98,78; TW III not reported; TW IV 80,50/85,00 = 94,71 (SEED 484)
    expect(rows.map((x) => f(x.capaian))).toEqual(["100.00", "98.78", null, "94.71"]);
    expect(rows.map((x) => f(x.capaianKumulatif))).toEqual(["100.00", "98.78", null, "94.71"]);
    expect(rows.map((x) => x.dibawahTarget)).toEqual([false, true, false, true]);
  });

  // regulations.md §4: negative indicator (2T − R)/T × 100 (default) and T/R × 100 (alternative)
  it.each([
    // per-triwulan counts (e.g. complaints): quarter targets 3,3,2,2 (annual 10); realisasi 3,4,2,1
    ["2t-r", ["100.00", "66.67", "100.00", "150.00"], ["100.00", "83.33", "87.50", "100.00"]],
    ["t/r", ["100.00", "75.00", "100.00", "200.00"], ["100.00", "85.71", "88.89", "100.00"]],
  ] as const)("per-triwulan, negative %s", (rumusNegatif, perTw, kumulatif) => {
    const target = periksaTargetTriwulan({
      indikator: "Pengaduan",
      sifat: "per-triwulan",
      targetTahunan: "10",
      triwulan: ["3", "3", "2", "2"],
    });
    const rows = hitungCapaianTriwulan({
      indikator: "Pengaduan",
      target,
      realisasi: r4("3", "4", "2", "1"),
      polaritas: "negatif",
      rumusNegatif,
    });
    // quarter: TW II 2t-r (6−4)/3 = 66,67, t/r 3/4 = 75; TW IV 2t-r (4−1)/2 = 150, t/r 2/1 = 200.
    // cumulative: targets 3, 6, 8, 10; realisasi 3, 7, 9, 10 → 2t-r (12−7)/6 = 83,33, (16−9)/8 = 87,5, (20−10)/10 = 100;
    // t/r 6/7 = 85,71, 8/9 = 88,89, 10/10 = 100
    expect(rows.map((x) => f(x.capaian))).toEqual([...perTw]);
    expect(rows.map((x) => f(x.capaianKumulatif))).toEqual([...kumulatif]);
  });

  it("per-triwulan, positive: sums TW I..n (R/T × 100)", () => {
    const target = periksaTargetTriwulan({
      indikator: "Pembinaan desa",
      sifat: "per-triwulan",
      targetTahunan: "12",
      triwulan: ["3", "3", "3", "3"],
    });
    const rows = hitungCapaianTriwulan({ indikator: "Pembinaan desa", target, realisasi: r4("3", "1", null, null) });
    // TW II: 1/3 = 33,33 per quarter; (3+1)/(3+3) = 66,67 cumulative
    expect(rows.map((x) => f(x.capaian))).toEqual(["100.00", "33.33", null, null]);
    expect(rows.map((x) => f(x.capaianKumulatif))).toEqual(["100.00", "66.67", null, null]);
  });

  it("kumulatif: running totals for the cumulative capaian, increments for the quarter's", () => {
    const target = periksaTargetTriwulan({
      indikator: "Desa dibina",
      sifat: "kumulatif",
      targetTahunan: "12",
      triwulan: ["3", "6", "9", "12"],
    });
    const rows = hitungCapaianTriwulan({ indikator: "Desa dibina", target, realisasi: r4("3", "5", null, null) });
    // TW II: increment 2/3 = 66,67; cumulative 5/6 = 83,33
    expect(rows.map((x) => f(x.capaian))).toEqual(["100.00", "66.67", null, null]);
    expect(rows.map((x) => f(x.capaianKumulatif))).toEqual(["100.00", "83.33", null, null]);
  });

  it.each([
    // kumulatif negative (e.g. cumulative days of late service): target 2,4,6,8; realisasi 2,5
    ["2t-r", "75.00"], // (2·4 − 5)/4 × 100
    ["t/r", "80.00"], // 4/5 × 100
  ] as const)("kumulatif, negative %s: TW II cumulative", (rumusNegatif, expected) => {
    const target = periksaTargetTriwulan({
      indikator: "Hari terlambat",
      sifat: "kumulatif",
      targetTahunan: "8",
      triwulan: ["2", "4", "6", "8"],
    });
    const rows = hitungCapaianTriwulan({
      indikator: "Hari terlambat",
      target,
      realisasi: r4("2", "5", null, null),
      polaritas: "negatif",
      rumusNegatif,
    });
    expect(f(rows[1]!.capaianKumulatif)).toBe(expected);
  });

  it("dokumen: due in TW II; not done by TW II → 0; done in TW III → 100 cumulative", () => {
    const target = periksaTargetTriwulan({
      indikator: "Renja",
      sifat: "dokumen",
      targetTahunan: "1",
      triwulan: ["0", "1", "0", "0"],
    });
    const rows = hitungCapaianTriwulan({ indikator: "Renja", target, realisasi: r4("0", "0", "1", null) });
    expect(rows.map((x) => f(x.capaianKumulatif))).toEqual([null, "0.00", "100.00", "100.00"]);
    expect(rows.map((x) => f(x.capaian))).toEqual([null, "0.00", null, null]);
    expect(rows.map((x) => x.dibawahTarget)).toEqual([false, true, false, false]);
  });
});

describe("periksaPeringatan: early warning with thresholds as versioned data (ADR 0028)", () => {
  const ambang = AMBANG_PERINGATAN_BAWAAN.value;
  it.each([
    // threshold 76 = lower bound of "Tinggi", Permendagri 86/2017 (regulations.md §4, SEED Tabel 3.1)
    ["75.99", null, ["capaian-rendah"]],
    ["76", null, []],
    // serapan − capaian > 20 points
    ["80", "100.01", ["serapan-mendahului"]],
    ["80", "100", []],
    ["50", "90", ["capaian-rendah", "serapan-mendahului"]],
    [null, "90", []],
  ] as const)("capaian %s, serapan %s → %j", (capaianKumulatif, serapanKumulatif, jenis) => {
    const hasil = periksaPeringatan({ indikator: "IKM", capaianKumulatif, serapanKumulatif }, ambang);
    expect(hasil.map((p) => p.jenis)).toEqual(jenis);
  });

  it("the default is chosen per Pemda like any rule area; another version can be picked", () => {
    expect(profilAturan(2023).versi["peringatan-renaksi"].id).toBe("peringatan-renaksi-76-20");
    expect(
      aturanUntuk({ "peringatan-renaksi": "peringatan-renaksi-91-10" }, "peringatan-renaksi", 2023).value
        .batasCapaianKumulatif,
    ).toBe("91");
  });
});
