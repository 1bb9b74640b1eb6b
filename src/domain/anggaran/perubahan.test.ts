import { describe, expect, it } from "vitest";
import { seiBalaiTsv } from "../../../tests/fixtures/anggaran/sei-balai";
import { bandingkanKode, type DataTersimpan } from "./data-anggaran";
import { bacaDataImpor, cekUnit } from "./impor";
import { cariNodeKode } from "./kode-segmen";
import { susunLampiran } from "./lampiran";
import { rencanakanImpor } from "./perubahan";
import { splitTsv } from "./tsv";

const KOSONG: DataTersimpan = { nodes: [], realisasi: [], rincian: [], sasaran: [] };
const seed = () => bacaDataImpor(splitTsv(seiBalaiTsv()));

describe("rencanakanImpor: merge the file into what is stored and list the changes", () => {
  it("creates every node of the seed appendix into an empty year (6 + 13 + 34, SEED 1720-1806)", () => {
    const r = rencanakanImpor(KOSONG, seed());
    expect(r.jumlah).toEqual({ buat: 53, ubah: 0, hapus: 0, tetap: 0 });
    expect(r.entri[0]).toMatchObject({ aksi: "buat", kode: "X.XX.01", level: "program" });
  });

  it("changes nothing when the same data is stored", () => {
    const first = rencanakanImpor(KOSONG, seed()).target;
    const again = rencanakanImpor(first, seed());
    expect(again.entri).toEqual([]);
    expect(again.jumlah).toEqual({ buat: 0, ubah: 0, hapus: 0, tetap: 53 });
  });

  it("lists changed columns, deletes what the file no longer has, keeps columns the file does not carry", () => {
    const stored = rencanakanImpor(KOSONG, seed()).target;
    // Stored murni, sumber dana and a sasaran link: the pengawasan layout carries none of them (SEED 1718-1719).
    const lama: DataTersimpan = {
      ...stored,
      nodes: [
        ...stored.nodes.map((n) =>
          n.kode === "7.01.02.2.02.0003" ? { ...n, anggaranMurni: "12000000.00", sumberDana: "DAU" } : n,
        ),
        {
          kode: "7.01.09",
          level: "program",
          uraian: "PROGRAM LAMA",
          anggaranMurni: null,
          anggaranPerubahan: null,
          sumberDana: null,
        },
      ],
      sasaran: [{ kode: "7.01.02", sasaranKode: "S1" }],
    };
    const lines = seiBalaiTsv().split("\n");
    lines[54] = (lines[54] ?? "").replace(
      "4.000.000,00\t9.000.000,00\t13.000.000,00",
      "5.000.000,00\t8.000.000,00\t13.000.000,00",
    ); // SEED 1763
    const r = rencanakanImpor(lama, bacaDataImpor(splitTsv(lines.join("\n"))));
    expect(r.jumlah).toEqual({ buat: 0, ubah: 1, hapus: 1, tetap: 52 });
    expect(r.entri.map((e) => [e.aksi, e.kode, e.kolom.map((k) => [k.kolom, k.sebelum, k.sesudah]), e.bagian])).toEqual(
      [
        [
          "ubah",
          "7.01.02.2.02.0003",
          [
            ["realisasi.barangJasa", "4000000.00", "5000000.00"],
            ["realisasi.modal", "9000000.00", "8000000.00"],
          ],
          ["realisasi"],
        ],
        ["hapus", "7.01.09", [], ["node", "realisasi", "rincian", "sasaran"]],
      ],
    );
    const sub = r.target.nodes.find((n) => n.kode === "7.01.02.2.02.0003");
    expect(sub).toMatchObject({ anggaranMurni: "12000000.00", anggaranPerubahan: "13000000.00", sumberDana: "DAU" });
    expect(r.target.sasaran).toEqual([{ kode: "7.01.02", sasaranKode: "S1" }]);
  });
});

describe("DPA order, appendix listing, code look-up", () => {
  it.each([
    ["X.XX.01", "7.01.02", -1], // penunjang first (SEED 1720 before 1760)
    ["7.01.02", "7.01.02.2.02", -1],
    ["7.01.02.2.02.0003", "7.01.03", -1],
    ["X.XX.01.2.09.0010", "X.XX.01.2.09.0009", 1], // numeric, not text order (SEED 1757 after 1756)
    ["7.01.03", "7.01.03", 0],
  ])("bandingkanKode(%s, %s) has the sign of %i", (a, b, sign) => {
    expect(Math.sign(bandingkanKode(a, b))).toBe(sign);
  });

  it("puts every total in its place, including the two the seed omits (SEED 1802-1807)", () => {
    const rows = susunLampiran(seed().pohon);
    expect(rows).toHaveLength(6 + 13 + 34 + 13 + 6 + 1);
    const tail = rows.slice(-6).map((r) => [r.jenis, r.kode, r.nilai?.anggaran.toString() ?? null]);
    expect(tail).toEqual([
      ["kegiatan", "7.01.06.2.01", null],
      ["sub-kegiatan", "7.01.06.2.01.0001", "5000000"],
      ["sub-kegiatan", "7.01.06.2.01.0018", "5000000"],
      ["total-kegiatan", "7.01.06.2.01", "10000000"],
      ["total-program", "7.01.06", "10000000"],
      ["jumlah", null, "3135926319"],
    ]);
  });

  it.each([
    // PK budget rows print segment C only (SEED 1720-1806; demo kodeDppa)
    ["1.2.06", "X.XX.01.2.06"],
    ["1.2.06.1", "X.XX.01.2.06.0001"],
    ["2.2.02.3", "7.01.02.2.02.0003"],
    ["7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3", "7.01.02.2.02.0003"],
    ["X.XX.01", "X.XX.01"],
    ["9.2.01", undefined],
  ])("cariNodeKode(%s) → %s", (kode, canonical) => {
    expect(cariNodeKode(seed().pohon, kode)?.kode.canonical).toBe(canonical);
  });
});

describe("cekUnit: a file of another unit organisasi is reported", () => {
  it.each([
    // SEED 1714 "Unit Organisasi : Kecamatan Sei Balai", codes "7-01.0-00.0-00.03.0.0" (regulations.md §5 row B)
    ["Kecamatan Sei Balai", "7.01.0.00.0.00.03.0000", []],
    ["Kecamatan Sei Balai", null, []],
    ["Kecamatan Datuk Tanah Datar", "7.01.0.00.0.00.04.0000", ["KODE", "Unit Organisasi"]],
  ] as const)("OPD %s (%s) → %j", (nama, kode, kolom) => {
    expect(cekUnit(seed(), { nama, kode }).map((t) => t.kolom)).toEqual(kolom);
  });
});
