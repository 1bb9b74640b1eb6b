import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { bacaDataImpor, bacaPerTanggal, deteksiFormat } from "./impor";
import type { KesalahanBaris } from "./pengawasan-types";
import { parseTemplat } from "./templat";
import { splitTsv } from "./tsv";

const HEADER =
  "Kode\tUraian\tAnggaran Murni\tAnggaran Perubahan\tRealisasi Pegawai\tRealisasi Barang dan Jasa\tRealisasi Modal\tSumber Dana\tKode Sasaran";
// Rows of program 02 of the seed (SEED 1760-1764): 13.000.000, realisasi 4.000.000 barang & jasa + 9.000.000 modal.
const BAIK = [
  "Realisasi per 31 Desember 2023",
  "",
  HEADER,
  "7.01.02\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\t\t\t\t\t\t\tS1",
  "7.01.02.2.02\tPenyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan",
  "7.01.02.2.02.0003\tPeningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan\t12000000\t13.000.000,00\t0\t4000000\t9000000\tDAU\t",
];

function errorsOf(lines: string[]): KesalahanBaris[] {
  try {
    parseTemplat(splitTsv(lines.join("\n")));
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe("berkas_anggaran_tidak_valid");
    return (e as DomainError).details.errors as KesalahanBaris[];
  }
  throw new Error("expected the file to be rejected");
}

describe("parseTemplat (SAKIP import template)", () => {
  it("reads nodes, murni/perubahan, realisasi, sumber dana, sasaran and the 'per' date (SEED 1760-1764 values)", () => {
    const d = parseTemplat(splitTsv(BAIK.join("\n")));
    expect(d.format).toBe("templat");
    expect(d.meta).toEqual({ judul: [], perTanggal: "31 Desember 2023" });
    expect(d.nodes.map((n) => [n.kode, n.level, n.anggaranMurni, n.anggaranPerubahan, n.sumberDana])).toEqual([
      ["7.01.02", "program", null, null, null],
      ["7.01.02.2.02", "kegiatan", null, null, null],
      ["7.01.02.2.02.0003", "sub-kegiatan", "12000000.00", "13000000.00", "DAU"],
    ]);
    expect(d.realisasi).toEqual([
      { kode: "7.01.02.2.02.0003", pegawai: "0.00", barangJasa: "4000000.00", modal: "9000000.00" },
    ]);
    expect(d.sasaran).toEqual([{ kode: "7.01.02", sasaranKode: "S1" }]);
    expect(d.rincian).toBeNull();
    expect(d.punya).toEqual({ anggaranMurni: true, anggaranPerubahan: true, sumberDana: true });
    expect(d.pohon.anggaran.toString()).toBe("13000000");
    expect(d.temuan).toEqual([]);
  });

  it("reconciles amounts printed on program/kegiatan rows and the rincian per akun (findings, not errors)", () => {
    const lines = [
      "Kode,Uraian,Anggaran Perubahan,Realisasi Pegawai,Realisasi Barang dan Jasa,Realisasi Modal,Anggaran 5.1.02,Anggaran 5.2.02",
      "7.01.02,PROGRAM A,14000000,,,,,",
      "7.01.02.2.02,Kegiatan A,13000000,,,,,",
      "7.01.02.2.02.0003,Sub A,13000000,0,4000000,9000000,4000000,8000000",
    ].map((l) => l.split(","));
    const d = parseTemplat(lines);
    expect(d.temuan.map((t) => [t.jenis, t.baris, t.kode, t.nilaiCetak, t.nilaiHitung])).toEqual([
      ["jumlah_anak", 2, "7.01.02", "14000000", "13.000.000,00"],
      ["rincian_berbeda", 4, "7.01.02.2.02.0003", "12.000.000,00", "13.000.000,00"],
    ]);
    expect(d.rincian).toEqual([
      { kode: "7.01.02.2.02.0003", akun: "5.1.02", anggaran: "4000000.00" },
      { kode: "7.01.02.2.02.0003", akun: "5.2.02", anggaran: "8000000.00" },
    ]);
    expect(d.punya).toEqual({ anggaranMurni: false, anggaranPerubahan: true, sumberDana: false });
  });

  it.each([
    // row, column, kode — every malformed cell of a constructed file is reported, with its row and column
    [4, "ANGGARAN PERUBAHAN", "bukan_angka"],
    [5, "REALISASI MODAL", "nilai_negatif"],
    [6, "KODE", "kode_tidak_valid"],
    [7, "ANGGARAN MURNI", "nominal_tidak_sah"],
    [8, "KODE", "kode_ganda"],
    [9, "ANGGARAN PERUBAHAN", "nilai_kosong"],
    [10, "KODE", "induk_tidak_ada"],
  ])("rejects the file: row %i, column %s (%s)", (baris, kolom, kode) => {
    const errors = errorsOf([
      ...BAIK.slice(2, 5),
      "7.01.02.2.02.0004\tSub B\t\tsepuluh juta\t0\t0\t0\t\t",
      "7.01.02.2.02.0005\tSub C\t\t1000\t0\t0\t-5\t\t",
      "9.99.X\tSub D\t\t1000\t0\t0\t0\t\t",
      "7.01.02.2.02.0006\tSub E\t1000,555\t\t0\t0\t0\t\t",
      "7.01.02.2.02.0004\tSub B lagi\t\t1000\t0\t0\t0\t\t",
      "7.01.02.2.02.0007\tSub F\t\t\t0\t0\t0\t\t",
      "7.01.03.2.01.0001\tSub G\t\t1000\t0\t0\t0\t\t",
    ]);
    expect(errors.find((e) => e.baris === baris)).toMatchObject({ kolom, kode });
  });

  it("names the missing header columns", () => {
    expect(() => parseTemplat([["Kode", "Uraian", "Realisasi Pegawai"]])).toThrow(
      "Kolom tidak ditemukan pada judul templat (baris 1): Realisasi Barang dan Jasa, Realisasi Modal, Anggaran Murni atau Anggaran Perubahan",
    );
  });
});

describe("format detection and the 'per' date", () => {
  it.each([
    [[HEADER.split("\t")], "templat"],
    // SEED 1718-1719: two header rows of the Laporan Pengawasan Anggaran
    [
      [
        ["KODE", "URAIAN", "ANGGARAN", "REALISASI", "", "", "", "", "SISA"],
        ["", "", "", "PEGAWAI", "BARANG & JASA", "MODAL", "TOTAL", "%", "ANGGARAN"],
      ],
      "pengawasan",
    ],
  ] as const)("detects %j as %s", (rows, format) => {
    expect(deteksiFormat(rows)).toBe(format);
  });

  it("refuses a file with neither header", () => {
    expect(() => bacaDataImpor([["a", "b"]])).toThrow(/Format berkas tidak dikenali/);
  });

  it.each([
    ["31 Desember 2023", { bulan: 12, tahun: 2023 }], // SEED 1712
    ["30 Juni 2024", { bulan: 6, tahun: 2024 }],
    ["30 Nopember 2023", { bulan: 11, tahun: 2023 }],
    ["akhir tahun", null],
  ])("bacaPerTanggal(%s)", (teks, hasil) => {
    expect(bacaPerTanggal(teks)).toEqual(hasil);
  });
});
