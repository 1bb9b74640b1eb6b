import { describe, expect, it } from "vitest";
import { seiBalaiTsv } from "../../../tests/fixtures/anggaran/sei-balai";
import { toFixed } from "../shared/decimal";
import { parsePengawasan } from "./pengawasan";
import { splitTsv } from "./tsv";

// Variations of the seed fixture (row N = SEED line N + 1708) with one planted disagreement each.
const seed = (): string[][] => splitTsv(seiBalaiTsv());
const SEED_FINDINGS = 7; // the seed's own findings (pengawasan.test.ts)

const key = (t: { jenis: string; baris: number | null; kode: string | null; kolom: string | null }): string =>
  `${t.jenis}|${t.baris}|${t.kode}|${t.kolom}`;
const SEED_KEYS = new Set(parsePengawasan(seed()).temuan.map(key));

/** Parse the seed with one edit; `baru` = findings the seed itself does not have. */
function planted(edit: (rows: string[][]) => void) {
  const rows = seed();
  edit(rows);
  const hasil = parsePengawasan(rows);
  return { hasil, baru: hasil.temuan.filter((t) => !SEED_KEYS.has(key(t))) };
}

const cell = (rows: string[][], row: number, col: number, v: string): void => {
  (rows[row - 1] as string[])[col] = v;
};

describe("reconciliation findings", () => {
  it("a printed % that disagrees with the children and with its own row (TOTAL KEGIATAN Administrasi Keuangan)", () => {
    const { baru } = planted((r) => cell(r, 21, 7, "96,67")); // SEED 1729 prints 96,68
    expect(baru.map((t) => [t.jenis, t.baris, t.kolom, t.nilaiCetak, t.nilaiHitung])).toEqual([
      ["jumlah_anak", 21, "%", "96,67", "96,68"],
      ["aritmetika_baris", 21, "%", "96,67", "96,68"],
    ]);
    expect(baru[0]?.pesan).toBe(
      "Baris 21 (TOTAL KEGIATAN ADMINISTRASI KEUANGAN PERANGKAT DAERAH): % tercetak 96,67, sedangkan hasil hitung dari sub-kegiatan 96,68",
    );
  });

  it("a printed amount that disagrees with the children, and the row's total then disagrees with its parts", () => {
    const { baru } = planted((r) => cell(r, 51, 3, "1.948.820.961,00")); // TOTAL PROGRAM 01 pegawai (SEED 1759)
    expect(baru.map((t) => [t.jenis, t.baris, t.kolom, t.nilaiCetak, t.nilaiHitung])).toEqual([
      ["jumlah_anak", 51, "REALISASI PEGAWAI", "1.948.820.961,00", "1.948.820.960,00"],
      ["aritmetika_baris", 51, "REALISASI TOTAL", "2.476.764.410,00", "2.476.764.411,00"],
    ]);
    expect(baru[0]?.pesan).toContain("selisih 1,00");
  });

  it("a sub-kegiatan row's own arithmetic; its amounts stay the source of truth", () => {
    const { hasil, baru } = planted((r) => cell(r, 18, 6, "1.909.140.000,00")); // leaf total (SEED 1726)
    expect(baru.map((t) => [t.jenis, t.baris, t.kolom])).toEqual([
      ["aritmetika_baris", 18, "REALISASI TOTAL"],
      ["aritmetika_baris", 18, "SISA ANGGARAN"],
    ]);
    expect(toFixed(hasil.pohon.totalRealisasi, 2)).toBe("2933929410.00");
  });

  it("a printed % against a zero anggaran is a finding (0,00 is the accepted print)", () => {
    const { baru } = planted((r) => cell(r, 23, 7, "100,00")); // Pengadaan Pakaian Dinas, anggaran 0 (SEED 1731)
    expect(baru.map((t) => [t.jenis, t.baris, t.kolom, t.nilaiHitung])).toEqual([["aritmetika_baris", 23, "%", null]]);
    expect(baru[0]?.pesan).toContain("serapan tidak terdefinisi");
  });

  it("a TOTAL row whose name matches nothing, and the kegiatan then has no total", () => {
    const { hasil } = planted((r) => cell(r, 16, 1, "TOTAL KEGIATAN PERENCANAAN ANGGARAN"));
    const t = hasil.temuan.filter((x) => x.baris === 16 || x.kode === "X.XX.01.2.01");
    expect(t.map((x) => [x.jenis, x.baris, x.kode])).toEqual([
      ["total_tidak_ada", 13, "X.XX.01.2.01"],
      ["total_tanpa_node", 16, null],
    ]);
    expect(t[1]?.pesan).toBe(
      'Baris 16: "TOTAL KEGIATAN PERENCANAAN ANGGARAN" tidak cocok dengan kegiatan mana pun dalam laporan',
    );
  });

  it("a total printed twice", () => {
    const { hasil } = planted((r) => r.splice(32, 1, [...(r[20] as string[])])); // copy of row 21 into blank row 33
    const dup = hasil.temuan.filter((t) => t.baris === 33);
    expect(dup.map((t) => t.jenis)).toEqual(["total_ganda", "total_salah_tempat"]);
    expect(hasil.temuan).toHaveLength(SEED_FINDINGS + 2);
  });

  it("a missing Jumlah row", () => {
    const { hasil } = planted((r) => r.pop());
    const last = hasil.temuan[hasil.temuan.length - 1];
    expect([last?.jenis, last?.baris, last?.kode]).toEqual(["total_tidak_ada", null, ""]);
    expect(last?.pesan).toContain("Jumlah seluruh program");
    expect(last?.pesan).toContain(
      "anggaran 3.135.926.319,00, realisasi 2.933.929.410,00 (93,56%), sisa 201.996.909,00",
    );
  });

  it("a truncated TOTAL name without its wrapped line is matched by prefix, with a note", () => {
    const { hasil } = planted((r) => r.splice(59, 1, [""])); // drop "KERJA PERANGKAT DAERAH…" (SEED 1768)
    expect(hasil.temuan).toHaveLength(SEED_FINDINGS);
    expect(hasil.catatan.map((c) => c.pesan)).toEqual([
      'Baris 58: nama "PENYELENGGARAAN URUSAN PEMERINTAHAN YANG TIDAK DILAKSANAKAN OLEH UNIT" terpotong; dicocokkan dengan "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan"',
    ]);
  });

  it("a kegiatan header row missing above its sub-kegiatan", () => {
    const { hasil } = planted((r) => r.splice(95, 1, [""])); // drop kegiatan 6.2.01 header (SEED 1804)
    const t = hasil.temuan.filter((x) => x.kode === "7.01.06.2.01");
    expect(t.map((x) => [x.jenis, x.baris])).toEqual([
      ["induk_tidak_ada", 97],
      ["total_tidak_ada", null],
    ]);
  });
});

describe("other layouts (XLSX/CSV export)", () => {
  it("one header row, full-form codes, totals in place: no findings", () => {
    const rows = [
      [
        "KODE",
        "URAIAN",
        "ANGGARAN",
        "REALISASI PEGAWAI",
        "REALISASI BARANG & JASA",
        "REALISASI MODAL",
        "REALISASI TOTAL",
        "%",
        "SISA ANGGARAN",
      ],
      ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "", "", "", "", "", "", ""],
      ["7.01.02.2.02", "Penyelenggaraan Urusan Pemerintahan", "", "", "", "", "", "", ""],
      ["7.01.02.2.02.0003", "Peningkatan Efektifitas", "13000000", "0", "4000000", "9000000", "13000000", "100", "0"],
      [
        "",
        "TOTAL KEGIATAN PENYELENGGARAAN URUSAN PEMERINTAHAN",
        "13000000",
        "0",
        "4000000",
        "9000000",
        "13000000",
        "100",
        "0",
      ],
      [
        "",
        "TOTAL PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "13000000",
        "0",
        "4000000",
        "9000000",
        "13000000",
        "100",
        "0",
      ],
      ["", "JUMLAH", "13000000", "0", "4000000", "9000000", "13000000", "100", "0"],
    ];
    const hasil = parsePengawasan(rows);
    expect(hasil.temuan).toEqual([]);
    expect(toFixed(hasil.pohon.realisasi.modal, 2)).toBe("9000000.00");
  });

  it("separate murni and perubahan columns; the perubahan counts", () => {
    const rows = [
      [
        "KODE",
        "URAIAN",
        "ANGGARAN MURNI",
        "ANGGARAN PERUBAHAN",
        "REALISASI PEGAWAI",
        "REALISASI BARANG & JASA",
        "REALISASI MODAL",
      ],
      ["7.01.03.2.01.0002", "Sinkronisasi", "8.000.000,00", "10.000.000,00", "0,00", "10.000.000,00", "0,00"],
      ["7.01.03.2.01.0003", "Peningkatan Efektifitas", "58.352.500,00", "", "0,00", "46.373.500,00", "2.000.000,00"],
    ];
    const hasil = parsePengawasan(rows);
    expect(toFixed(hasil.pohon.anggaranMurni ?? 0, 2)).toBe("66352500.00");
    expect(toFixed(hasil.pohon.anggaranPerubahan ?? 0, 2)).toBe("68352500.00");
    expect(toFixed(hasil.pohon.anggaran, 2)).toBe("68352500.00");
    // no program/kegiatan header rows in this export
    expect(hasil.temuan.map((t) => t.jenis)).toEqual([
      "induk_tidak_ada",
      "induk_tidak_ada",
      "total_tidak_ada",
      "total_tidak_ada",
      "total_tidak_ada",
    ]);
  });

  it("reads a single ANGGARAN column as murni when asked", () => {
    const hasil = parsePengawasan(splitTsv(seiBalaiTsv()), { anggaranKolomTunggal: "murni" });
    expect(toFixed(hasil.pohon.anggaranMurni ?? 0, 2)).toBe("3135926319.00");
    expect(hasil.pohon.anggaranPerubahan).toBeNull();
  });
});
