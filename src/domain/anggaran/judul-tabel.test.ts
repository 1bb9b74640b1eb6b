import { describe, expect, it } from "vitest";
import { seiBalaiTsv } from "../../../tests/fixtures/anggaran/sei-balai";
import { toFixed } from "../shared/decimal";
import { bacaDataImpor } from "./impor";
import { deteksiTataLetak, gabungJudul, bisaSubJudul, pesanTidakDikenali } from "./judul-tabel";
import { splitTsv } from "./tsv";

// SEED 1718-1719: the two header rows of the Laporan Pengawasan Anggaran.
const ATAS = ["KODE", "URAIAN", "ANGGARAN", "REALISASI", "", "", "", "", "SISA"];
const BAWAH = ["", "", "", "PEGAWAI", "BARANG & JASA", "MODAL", "TOTAL", "%", "ANGGARAN"];
// The same header flattened into one row in Excel (group label + sub-label in one cell).
const DATAR = [
  "KODE",
  "URAIAN",
  "ANGGARAN",
  "REALISASI PEGAWAI",
  "REALISASI BARANG & JASA",
  "REALISASI MODAL",
  "REALISASI TOTAL",
  "REALISASI %",
  "SISA ANGGARAN",
];

describe("gabungJudul: two header rows into one label per column", () => {
  it("puts the group label before each sub-label under it (SEED 1718-1719)", () => {
    expect(gabungJudul(ATAS, BAWAH)).toEqual([
      "KODE",
      "URAIAN",
      "ANGGARAN",
      "REALISASI PEGAWAI",
      "REALISASI BARANG & JASA",
      "REALISASI MODAL",
      "REALISASI TOTAL",
      "REALISASI %",
      "SISA ANGGARAN",
    ]);
  });
  it("does not carry a label that spans both rows over to the next column", () => {
    expect(gabungJudul(["Kode", "Anggaran", ""], ["", "", "Pegawai"])).toEqual(["KODE", "ANGGARAN", "PEGAWAI"]);
  });
  it.each([
    [BAWAH, true],
    [["0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.01", "PROGRAM PENUNJANG"], false], // SEED 1720: a data row
    [["Penyusunan Dokumen", "2.000.000,00"], false], // SEED 1722
    [["PEGAWAI"], false],
  ])("bisaSubJudul(%j) = %s", (row, hasil) => {
    expect(bisaSubJudul(row)).toBe(hasil);
  });
});

const judul = ["Laporan", "per 31 Desember 2023"].map((t) => [t]);
const tpl = [
  "Kode",
  "Uraian",
  "Anggaran Murni",
  "Anggaran Perubahan",
  "Realisasi Pegawai",
  "Realisasi Barang dan Jasa",
  "Realisasi Modal",
];

describe("deteksiTataLetak: every layout tried on one- and two-row headers", () => {
  it.each([
    ["two-row Laporan Pengawasan (SEED 1718-1719)", [ATAS, BAWAH], "pengawasan", 0, 1],
    ["flattened one-row Laporan Pengawasan", [DATAR], "pengawasan", 0, 0],
    [
      "flattened, sub-label first",
      [DATAR.map((l) => l.replace(/^REALISASI (.+)$/, "$1 REALISASI"))],
      "pengawasan",
      0,
      0,
    ],
    [
      "flattened with line breaks, lower case",
      [DATAR.map((l) => l.replace(" ", "\n").toLowerCase())],
      "pengawasan",
      0,
      0,
    ],
    [
      "flattened, columns reordered, extra columns",
      [["Catatan", ...[...DATAR].reverse(), "Sumber"]],
      "pengawasan",
      0,
      0,
    ],
    ["title lines before the flattened header", [...judul, [], DATAR], "pengawasan", 3, 3],
    [
      "flattened with ANGGARAN MURNI / PERUBAHAN",
      [["KODE", "URAIAN", "ANGGARAN MURNI", "ANGGARAN PERUBAHAN", ...DATAR.slice(3)]],
      "pengawasan",
      0,
      0,
    ],
    ["the SAKIP template header", [tpl], "templat", 0, 0],
    ["a one-cell title line right above the template header", [["Realisasi per 31 Maret 2024"], tpl], "templat", 1, 1],
    [
      "a two-cell title line right above the template header",
      [["Realisasi", "per 31 Maret 2024"], tpl],
      "templat",
      1,
      1,
    ],
    ["the template header, any case and order", [[...tpl].reverse().map((l) => l.toUpperCase())], "templat", 0, 0],
    [
      "the template header on two rows (merged groups)",
      [
        ["Kode", "Uraian", "Anggaran", "", "Realisasi", "", ""],
        ["", "", "Murni", "Perubahan", "Pegawai", "Barang dan Jasa", "Modal"],
      ],
      "templat",
      0,
      1,
    ],
  ] as const)("%s → %s", (_n, rows, format, baris, akhir) => {
    const h = deteksiTataLetak(rows);
    expect(h).toMatchObject({ cocok: true, format, judul: { baris, akhir } });
  });

  it("names the columns each layout was missing when none fits", () => {
    const h = deteksiTataLetak([["KODE", "URAIAN", "REALISASI PEGAWAI", "REALISASI MODAL"]]);
    expect(h.cocok).toBe(false);
    if (h.cocok) return;
    expect(h.kekurangan).toEqual([
      {
        tataLetak: "templat SAKIP",
        baris: 1,
        kurang: ["Anggaran Murni atau Anggaran Perubahan", "Realisasi Barang dan Jasa"],
      },
      { tataLetak: "Laporan Pengawasan Anggaran", baris: 1, kurang: ["ANGGARAN", "REALISASI BARANG & JASA"] },
      // ADR 0040: split realisasi labels are not the SIPD report's single REALISASI
      { tataLetak: "SIPD Laporan Realisasi per Sub Kegiatan", baris: 1, kurang: ["ANGGARAN", "REALISASI"] },
    ]);
    expect(pesanTidakDikenali(h.kekurangan)).toContain("templat SAKIP (judul paling cocok baris 1) kurang kolom");
  });
});

describe("the seed appendix with its header flattened imports as the two-row one (SEED 1709-1807)", () => {
  it("gives the same tree and totals", () => {
    const rows = splitTsv(seiBalaiTsv());
    const h = rows.findIndex((r) => r[0] === "KODE");
    const datar = rows.flatMap((r, i) => {
      if (r[0] === "KODE" && (rows[i + 1] ?? [])[3] === "PEGAWAI") return [gabungJudul(r, rows[i + 1] ?? [])];
      if ((r[3] ?? "") === "PEGAWAI" && (rows[i - 1] ?? [])[0] === "KODE") return [];
      return [r];
    });
    expect(datar.length).toBeLessThan(rows.length);
    expect(h).toBeGreaterThan(0);
    const a = bacaDataImpor(rows, "auto");
    const b = bacaDataImpor(datar, "auto");
    expect(b.format).toBe("pengawasan");
    expect(toFixed(b.pohon.anggaran, 2)).toBe(toFixed(a.pohon.anggaran, 2));
    expect(toFixed(b.pohon.totalRealisasi, 2)).toBe(toFixed(a.pohon.totalRealisasi, 2));
    expect(b.nodes).toEqual(a.nodes);
    expect(b.realisasi).toEqual(a.realisasi);
  });
});
