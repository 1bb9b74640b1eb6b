import { describe, expect, it } from "vitest";
import { dec, sum } from "../shared/decimal";
import { kerangkaDariKunci, predikatUntukKerangka } from "./kerangka";
import { KERANGKA_LKE_12_2015 } from "./lke-12-2015";
import { KERANGKA_LKE_88_2021 } from "./lke-88-2021";

const komponen88 = KERANGKA_LKE_88_2021.value.komponen;
const kriteria88 = komponen88.flatMap((k) => k.subKomponen.flatMap((s) => s.kriteria));

describe("LKE 88/2021 data (regulations.md §2.1, §2.2)", () => {
  // regulations.md §2.1 table: komponen bobot and a/b/c sub-komponen bobot.
  it.each([
    ["perencanaan", "Perencanaan Kinerja", "30", ["6", "9", "15"], [6, 11, 8]],
    ["pengukuran", "Pengukuran Kinerja", "30", ["6", "9", "15"], [3, 7, 10]],
    ["pelaporan", "Pelaporan Kinerja", "15", ["3", "4.5", "7.5"], [6, 9, 7]],
    ["evaluasi", "Evaluasi Akuntabilitas Kinerja Internal", "25", ["5", "7.5", "12.5"], [3, 5, 5]],
  ])("%s: %s, bobot %s, sub %j, kriteria %j", (kunci, nama, bobot, subBobot, jumlahKriteria) => {
    const k = komponen88.find((x) => x.kunci === kunci)!;
    expect(k.nama).toBe(nama);
    expect(k.bobot).toBe(bobot);
    expect(k.subKomponen.map((s) => s.bobot)).toEqual(subBobot);
    expect(k.subKomponen.map((s) => s.kriteria.length)).toEqual(jumlahKriteria);
    // a/b/c = 20/30/50 % of the komponen
    k.subKomponen.forEach((s) => expect(dec(k.bobot).times(s.persenKomponen!).div(100).eq(s.bobot)).toBe(true));
  });

  it("Σ komponen = 100; 12 sub-komponen; 80 kriteria with unique codes 1.a.1 … 4.c.5", () => {
    expect(sum(komponen88.map((k) => k.bobot)).toNumber()).toBe(100);
    expect(komponen88.flatMap((k) => k.subKomponen)).toHaveLength(12);
    expect(kriteria88).toHaveLength(80);
    expect(new Set(kriteria88.map((c) => c.kode)).size).toBe(80);
    expect(kriteria88[0]!.kode).toBe("1.a.1");
    expect(kriteria88.at(-1)!.kode).toBe("4.c.5");
    for (const c of kriteria88) expect(c.kode).toMatch(/^[1-4]\.[abc]\.\d{1,2}$/);
  });

  it("no kriteria text is abbreviated ('…' expanded with the sub-komponen's subject)", () => {
    for (const c of kriteria88) {
      expect(c.uraian).not.toMatch(/…|\.\.\./);
      expect(c.uraian.length).toBeGreaterThan(20);
    }
  });

  // regulations.md §2.2: texts the brief and the sources spell out, including expanded ones.
  it.each([
    ["1.b.2", "Dokumen Perencanaan Kinerja telah dipublikasikan tepat waktu"],
    ["1.b.10", "Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja"],
    [
      "2.c.2",
      "Pengukuran Kinerja telah menjadi dasar dalam penempatan/penghapusan Jabatan baik struktural maupun fungsional",
    ],
    ["2.c.7", "Pengukuran kinerja telah mempengaruhi penyesuaian Anggaran dalam mencapai kinerja"],
    ["3.a.6", "Dokumen Laporan Kinerja telah disampaikan tepat waktu"],
    [
      "3.b.4",
      "Dokumen Laporan Kinerja telah menginfokan analisis dan evaluasi realisasi kinerja dengan target jangka menengah",
    ],
    [
      "3.c.4",
      "Informasi dalam laporan kinerja berkala telah digunakan dalam penyesuaian penggunaan anggaran untuk mencapai kinerja",
    ],
    ["4.b.5", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan menggunakan Teknologi Informasi (Aplikasi)"],
  ])("kriteria %s", (kode, uraian) => {
    expect(kriteria88.find((c) => c.kode === kode)!.uraian).toBe(uraian);
  });

  it("sub-komponen dimensions: a keberadaan, b kualitas, c pemanfaatan", () => {
    for (const k of komponen88) {
      expect(k.subKomponen.map((s) => s.dimensi)).toEqual(["keberadaan", "kualitas", "pemanfaatan"]);
    }
  });
});

describe("LKE 12/2015 data (regulations.md §2.6)", () => {
  it("5 komponen 30/25/15/10/20 = 100; sub-komponen sum to their komponen; uncertain splits are marked", () => {
    const komponen = KERANGKA_LKE_12_2015.value.komponen;
    expect(komponen.map((k) => [k.kunci, k.bobot])).toEqual([
      ["perencanaan", "30"],
      ["pengukuran", "25"],
      ["pelaporan", "15"],
      ["evaluasi", "10"],
      ["pencapaian", "20"],
    ]);
    for (const k of komponen) expect(sum(k.subKomponen.map((s) => s.bobot)).eq(k.bobot)).toBe(true);
    const ragu = komponen.flatMap((k) => k.subKomponen.filter((s) => s.catatan).map((s) => s.kode));
    expect(ragu).toEqual(["C.I", "C.II", "C.III", "E.I", "E.II"]);
    expect(KERANGKA_LKE_12_2015.source.catatan).toMatch(/BELUM PASTI/);
  });

  it("lookups by key and matching predikat tables", () => {
    expect(kerangkaDariKunci("88/2021")).toBe(KERANGKA_LKE_88_2021);
    expect(kerangkaDariKunci("12-2015")).toBe(KERANGKA_LKE_12_2015);
    expect(kerangkaDariKunci("lke-12-2015")).toBe(KERANGKA_LKE_12_2015);
    expect(() => kerangkaDariKunci("29/2010")).toThrow(/tidak dikenal/);
    expect(predikatUntukKerangka(KERANGKA_LKE_12_2015).id).toBe("predikat-akip-12-2015");
    expect(predikatUntukKerangka(KERANGKA_LKE_88_2021).id).toBe("predikat-akip-88-2021");
  });
});
