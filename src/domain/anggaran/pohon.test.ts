import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec, sum, toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { bangunPohon } from "./pohon";
import type { SubKegiatanInput } from "./pohon-types";
import { serapanPersen, serapanTampil, sisaAnggaran } from "./serapan";

// Rows from SEED 1726-1728 (kegiatan Administrasi Keuangan) and SEED 1763 (program 02), full-form codes.
const LEAVES: SubKegiatanInput[] = [
  {
    kode: "X.XX.01.2.02.0001",
    uraian: "Penyediaan Gaji dan Tunjangan ASN",
    anggaranPerubahan: "1972469173",
    realisasi: { pegawai: "1909140960" },
  },
  {
    kode: "X.XX.01.2.02.0005",
    uraian: "Koordinasi … Laporan Keuangan Akhir Tahun",
    anggaranPerubahan: "2000000",
    realisasi: { barangJasa: "2000000" },
  },
  {
    kode: "X.XX.01.2.02.0007",
    uraian: "Koordinasi … Laporan Keuangan Bulanan",
    anggaranPerubahan: "2999802",
    realisasi: { barangJasa: "600000" },
  },
  {
    kode: "7.01.02.2.02.0003",
    uraian: "Peningkatan Efektifitas Pelaksanaan Pelayanan",
    anggaranPerubahan: "13000000",
    realisasi: { barangJasa: "4000000", modal: "9000000" },
  },
];

describe("serapan", () => {
  it.each([
    // SEED 1759: Program Penunjang 2.476.764.410 / 2.650.313.819 → 93,45 (regulations.md §0)
    ["2476764410", "2650313819", "93.45"],
    // SEED 1807: Jumlah 2.933.929.410 / 3.135.926.319 → 93,56
    ["2933929410", "3135926319", "93.56"],
    // SEED 1728: 600.000 / 2.999.802 → 20,00
    ["600000", "2999802", "20.00"],
    // half-up at the 2nd decimal (constructed): 0,0005 % → 0,00 ; 0,005 % → 0,01
    ["1", "200000", "0.00"], // 0,0005 % → 0,00
    ["1", "20000", "0.01"], // 0,005 % → 0,01 (half-up)
  ])("%s / %s × 100 → %s", (r, a, expected) => {
    expect(toFixed(serapanTampil(r, a) ?? "NaN", 2)).toBe(expected);
  });

  it("is null, not 0 and not a crash, for a zero anggaran (SEED 1731: Pengadaan Pakaian Dinas, anggaran 0)", () => {
    expect(serapanPersen(0, 0)).toBeNull();
    expect(serapanTampil("5", "0")).toBeNull();
    expect(sisaAnggaran("0", "0").isZero()).toBe(true);
  });

  it("keeps the exact value until display", () => {
    expect(serapanPersen("2476764410", "2650313819")?.toFixed(6)).toBe("93.451741");
  });
});

describe("bangunPohon", () => {
  it("rolls sub-kegiatan up to kegiatan, program and OPD (SEED 1729, 1763)", () => {
    const t = bangunPohon(LEAVES, [
      { kode: "X.XX.01", uraian: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" },
      { kode: "X.XX.01.2.02", uraian: "Administrasi Keuangan Perangkat Daerah" },
    ]);
    const k = t.indeks.get("X.XX.01.2.02");
    expect(k?.level).toBe("kegiatan");
    expect(toFixed(k?.anggaran ?? 0, 2)).toBe("1977468975.00");
    expect(toFixed(k?.totalRealisasi ?? 0, 2)).toBe("1911740960.00");
    expect(toFixed(k?.realisasi.barangJasa ?? 0, 2)).toBe("2600000.00");
    expect(toFixed(k?.sisa ?? 0, 2)).toBe("65728015.00");
    expect(toFixed(serapanTampil(k?.totalRealisasi ?? 0, k?.anggaran ?? 1) ?? 0, 2)).toBe("96.68");
    // program 02 had no label: created with an empty uraian
    expect(t.program.map((p) => [p.kode.canonical, p.uraian])).toEqual([
      ["X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"],
      ["7.01.02", ""],
    ]);
    expect(toFixed(t.realisasi.modal, 2)).toBe("9000000.00");
    expect(toFixed(t.anggaran, 2)).toBe("1990468975.00");
    expect(t.anggaranMurni).toBeNull();
    expect(toFixed(t.anggaranPerubahan ?? 0, 2)).toBe("1990468975.00");
  });

  it("counts perubahan when present, else murni", () => {
    const t = bangunPohon([
      {
        kode: "7.01.02.2.02.0001",
        uraian: "a",
        anggaranMurni: 100,
        anggaranPerubahan: 150,
        realisasi: { barangJasa: 150 },
      },
      { kode: "7.01.02.2.02.0002", uraian: "b", anggaranMurni: 50, realisasi: { barangJasa: 25 } },
      { kode: "7.01.02.2.02.0003", uraian: "c (baru di perubahan)", anggaranPerubahan: 10, realisasi: {} },
    ]);
    expect(t.anggaranMurni?.toString()).toBe("150"); // 100 + 50 + 0
    expect(t.anggaranPerubahan?.toString()).toBe("210"); // 150 + 50 (unchanged) + 10
    expect(t.anggaran.toString()).toBe("210");
    expect(t.totalRealisasi.toString()).toBe("175");
    expect(t.sisa.toString()).toBe("35");
  });

  it("has a null serapan for a zero anggaran node", () => {
    const t = bangunPohon([
      { kode: "X.XX.01.2.05.0002", uraian: "Pengadaan Pakaian Dinas", anggaranPerubahan: 0, realisasi: {} },
    ]);
    expect(t.indeks.get("X.XX.01.2.05")?.serapan).toBeNull();
    expect(t.serapan).toBeNull();
  });

  it.each([
    [[{ kode: "7.01.02.2.02.0003", uraian: "x", anggaranPerubahan: -1, realisasi: {} }], "nilai_negatif"],
    [[{ kode: "7.01.02.2.02.0003", uraian: "x", realisasi: {} }], "anggaran_kosong"],
    [[{ kode: "7.01.02.2.02", uraian: "x", anggaranPerubahan: 1, realisasi: {} }], "bukan_sub_kegiatan"],
    [[{ kode: "7.01.02.2.02.0003", uraian: "x", anggaranPerubahan: "abc", realisasi: {} }], "bukan_angka"],
    [
      [
        { kode: "7.01.02.2.02.0003", uraian: "x", anggaranPerubahan: 1, realisasi: {} },
        { kode: "7.01.02.2.02.03", uraian: "y", anggaranPerubahan: 1, realisasi: {} },
      ],
      "kode_ganda",
    ],
  ] as [SubKegiatanInput[], string][])("rejects bad leaves (case %#)", (leaves, code) => {
    try {
      bangunPohon(leaves);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(code);
    }
  });

  it("property: every node equals the sum of its leaves; sisa = anggaran − total", () => {
    const leaf = fc.record({
      program: fc.integer({ min: 1, max: 3 }),
      kegiatan: fc.integer({ min: 1, max: 3 }),
      anggaran: fc.bigInt({ min: 0n, max: 10n ** 12n }),
      pegawai: fc.bigInt({ min: 0n, max: 10n ** 11n }),
      barang: fc.bigInt({ min: 0n, max: 10n ** 11n }),
      modal: fc.bigInt({ min: 0n, max: 10n ** 11n }),
      sen: fc.integer({ min: 0, max: 99 }),
    });
    fc.assert(
      fc.property(fc.array(leaf, { minLength: 1, maxLength: 30 }), (rows) => {
        const leaves: SubKegiatanInput[] = rows.map((r, i) => ({
          kode: `7.01.0${r.program}.2.0${r.kegiatan}.${String(i + 1).padStart(4, "0")}`,
          uraian: `s${i}`,
          anggaranPerubahan: `${r.anggaran}.${String(r.sen).padStart(2, "0")}`,
          realisasi: { pegawai: r.pegawai, barangJasa: r.barang, modal: r.modal },
        }));
        const t = bangunPohon(leaves);
        const all = rows.map((r) => dec(`${r.anggaran}.${String(r.sen).padStart(2, "0")}`));
        expect(t.anggaran.eq(sum(all))).toBe(true);
        for (const p of t.program) {
          expect(p.anggaran.eq(sum(p.kegiatan.map((k) => k.anggaran)))).toBe(true);
          expect(p.totalRealisasi.eq(sum(p.kegiatan.map((k) => k.totalRealisasi)))).toBe(true);
          for (const k of p.kegiatan) expect(k.sisa.eq(k.anggaran.minus(k.totalRealisasi))).toBe(true);
        }
        expect(t.totalRealisasi.eq(t.realisasi.pegawai.plus(t.realisasi.barangJasa).plus(t.realisasi.modal))).toBe(
          true,
        );
      }),
      { numRuns: 100 },
    );
  });
});
