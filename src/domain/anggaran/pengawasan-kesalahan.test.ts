import { describe, expect, it } from "vitest";
import { seiBalaiTsv } from "../../../tests/fixtures/anggaran/sei-balai";
import { DomainError } from "../shared/errors";
import { parsePengawasan } from "./pengawasan";
import type { KesalahanBaris } from "./pengawasan-types";
import { splitTsv } from "./tsv";

const HEADER = [
  "KODE\tURAIAN\tANGGARAN\tREALISASI\t\t\t\t\tSISA",
  "\t\t\tPEGAWAI\tBARANG & JASA\tMODAL\tTOTAL\t%\tANGGARAN",
];

function errorsOf(rows: string[][]): KesalahanBaris[] {
  try {
    parsePengawasan(rows);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe("berkas_anggaran_tidak_valid");
    return (e as DomainError).details.errors as KesalahanBaris[];
  }
  throw new Error("expected the file to be rejected");
}

const brief = (errors: KesalahanBaris[]): [number, string, string, string][] =>
  errors.map((e) => [e.baris, e.kolom, e.kode, e.nilai]);

describe("parsePengawasan rejects malformed files with every error, row and column", () => {
  it("small file: text in an amount, a negative amount, an unknown code (constructed)", () => {
    const text = [
      ...HEADER,
      "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02\tPenyelenggaraan Urusan Pemerintahan",
      "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3\tSub A\tsepuluh juta\t0,00\t4.000.000,00\t0,00\t4.000.000,00\t40,00\t6.000.000,00",
      "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.4\tSub B\t5.000.000,00\t0,00\t-1.000.000,00\t0,00\t1.000.000,00\t20,00\t4.000.000,00",
      "9.99 . 7-01 . 2.2.02.5\tSub C\t1.000.000,00\t0,00\t0,00\t0,00\t0,00\t0,00\t1.000.000,00",
      "\tJumlah\t16.000.000,00\t0,00\t5.000.000,00\t0,00\t5.000.000,00\t31,25\t11.000.000,00",
    ].join("\n");
    const errors = errorsOf(splitTsv(text));
    expect(brief(errors)).toEqual([
      [5, "ANGGARAN", "bukan_angka", "sepuluh juta"],
      [6, "REALISASI BARANG & JASA", "nilai_negatif", "-1.000.000,00"],
      [7, "KODE", "kode_tidak_valid", "9.99 . 7-01 . 2.2.02.5"],
    ]);
    expect(errors[0]?.pesan).toBe('Baris 5, kolom ANGGARAN: "sepuluh juta" bukan angka');
    expect(errors[1]?.pesan).toBe('Baris 6, kolom REALISASI BARANG & JASA: nilai negatif "-1.000.000,00" tidak sah');
    expect(errors[2]?.pesan).toContain('Baris 7: Kode "9.99 . 7-01 . 2.2.02.5" tidak dapat dibaca');
  });

  it("seed file with errors planted in it (rows = fixture rows, SEED line = row + 1708)", () => {
    const rows = splitTsv(seiBalaiTsv());
    const set = (row: number, col: number, v: string): void => {
      const r = rows[row - 1];
      if (!r) throw new Error(`no row ${row}`);
      r[col] = v;
    };
    set(14, 2, "dua juta"); // text in ANGGARAN of a sub-kegiatan (SEED 1722)
    set(18, 3, "-1.909.140.960,00"); // negative REALISASI PEGAWAI (SEED 1726)
    set(26, 0, "0.00 . 7-01.0-00.0-00.03.0.0 . 1.9.06.1"); // kegiatan level 9 (SEED 1734)
    set(27, 0, "ABC . 7-01 . 1"); // unknown code (SEED 1735)
    set(43, 5, ""); // empty REALISASI MODAL in a sub-kegiatan (SEED 1751)
    set(49, 0, "0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.09.1"); // duplicate of row 48 (SEED 1757)
    set(51, 7, "93,45 persen"); // text in % of a TOTAL row (SEED 1759)
    rows.splice(91, 0, ["", "Catatan: angka sementara", "1,00"]); // unrecognised row → row 92
    expect(brief(errorsOf(rows))).toEqual([
      [14, "ANGGARAN", "bukan_angka", "dua juta"],
      [18, "REALISASI PEGAWAI", "nilai_negatif", "-1.909.140.960,00"],
      [26, "KODE", "kode_tidak_valid", "0.00 . 7-01.0-00.0-00.03.0.0 . 1.9.06.1"],
      [27, "KODE", "kode_tidak_valid", "ABC . 7-01 . 1"],
      [43, "REALISASI MODAL", "nilai_kosong", ""],
      [49, "KODE", "kode_ganda", "0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.09.1"],
      [51, "%", "bukan_angka", "93,45 persen"],
      [92, "URAIAN", "baris_tidak_dikenali", "Catatan: angka sementara 1,00"],
    ]);
  });

  it("names at most five errors in the message and counts them all", () => {
    const rows = splitTsv(seiBalaiTsv());
    for (const n of [14, 15, 18, 19, 20, 23, 26]) (rows[n - 1] as string[])[2] = "x";
    expect(() => parsePengawasan(rows)).toThrow(
      /^Berkas laporan pengawasan anggaran ditolak: 7 kesalahan \(Baris 14, kolom ANGGARAN.*; …\)$/,
    );
  });

  it.each([
    // no KODE/URAIAN header at all
    [["Laporan", "1\t2\t3"], "header_tidak_ditemukan"],
    // header without the realisasi columns
    [["KODE\tURAIAN\tANGGARAN", "7.01.02.2.02.0003\tx\t1,00"], "header_tidak_lengkap"],
  ])("rejects a file without a usable header (%#)", (lines, code) => {
    try {
      parsePengawasan(splitTsv(lines.join("\n")));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe(code);
    }
  });
});
