/**
 * A row that repeats another row's figures, and a header label that is a stray number (issue 14). Layouts of LKjIP
 * 2023 Kecamatan Sei Balai, Bab I Tabel 1.2 (population per desa: Dusun, KK, L, P, L+P) and Bab III Tabel 3.7 (header
 * "9" above the column number "(4)"); the figures here are made up in those layouts.
 */
import { describe, expect, it } from "vitest";
import { periksaBarisBerulang, periksaKepalaNomor } from "./aturan-baris";
import type { TabelDokumen } from "./jenis";

const tabel = (nomor: string, baris: string[]): TabelDokumen => ({
  posisi: 1,
  nomor,
  sel: baris.map((b) => b.split("\t")),
});

const PENDUDUK = [
  "No.\tNama Desa\tDusun\tJumlah KK\tL\tP\tL+P",
  "1\t2\t3\t4\t5\t6\t7",
  "1.\tAlfa\t16\t1010\t1.570\t1.767\t3.337",
  "2.\tBeta\t8\t846\t1.447\t1.653\t3.100",
  "3.\tGama\t7\t359\t607\t546\t1.153",
];

describe("periksaBarisBerulang", () => {
  it("flags a row whose last three figures repeat another row (L, P, L+P of row 2)", () => {
    const t = periksaBarisBerulang(tabel("1.2", [...PENDUDUK, "4.\tDelta\t9\t919\t1.447\t1.653\t3.100"]), 1);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({
      keparahan: "peringatan",
      aturan: "baris-berulang",
      tertulis: "1.447 | 1.653 | 3.100",
      lokasi: { tabel: "Tabel 1.2", barisTabel: "baris 4 (Delta)" },
    });
  });

  it.each([
    ["two equal figures only", "4.\tDelta\t9\t919\t1.111\t1.653\t3.100"],
    ["small figures that repeat by chance", "4.\tDelta\t8\t846\t1.447\t1.653\t3.101"],
  ])("no false alarm: %s", (_, baris) => {
    expect(periksaBarisBerulang(tabel("1.2", [...PENDUDUK, baris]), 1)).toEqual([]);
  });

  it("no false alarm for small repeated values (percentages 100,00 in several rows have 5 digits but are one value)", () => {
    const t = tabel("3.1", ["No.\tProgram\tTarget\tRealisasi\tCapaian", "1.\tA\t1\t1\t100", "2.\tB\t1\t1\t100"]);
    expect(periksaBarisBerulang(t, 1)).toEqual([]);
  });
});

describe("periksaKepalaNomor", () => {
  const kepala = (k4: string) =>
    tabel("3.7", [
      `No.\tSasaran Strategis\tIndikator Kinerja\t${k4}\tTarget\tRealisasi\tPersentase Capaian`,
      "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)",
      "1.\tMeningkatnya Akuntabilitas\tNilai AKIP\tNilai\tBB (75,00)\tBB (70,15)\t93,53%",
    ]);
  it('flags header "9" above the column number (4)', () => {
    const t = periksaKepalaNomor(kepala("9"), 1);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ aturan: "kepala-kolom", tertulis: "9", seharusnya: "nama kolom (4)" });
  });
  it.each(["Satuan", "4"])("no false alarm for header %s", (k4) => {
    expect(periksaKepalaNomor(kepala(k4), 1)).toEqual([]);
  });
});
