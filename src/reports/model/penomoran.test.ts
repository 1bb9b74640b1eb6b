/** Table/figure numbering per chapter and cross-references resolved from the document (issue 7: never stale). */
import { describe, expect, it } from "vitest";
import type { Bagian, Blok, Dokumen } from "./dokumen";
import { nomoriDokumen, teksPolos, teksRujukan } from "./penomoran";

const t = (id: string): Blok => ({
  jenis: "tabel",
  id,
  judul: id,
  bernomor: true,
  kepala: [],
  badan: [],
  lebarKolom: [1],
});
const g = (id: string): Blok => ({
  jenis: "gambar",
  id,
  judul: id,
  grafik: { jenis: "batang", judul: "", kategori: [], sumbuNilai: "", seri: [], desimal: 2 },
});
const bagian = (id: string, bab: number | null, blok: Blok[]): Bagian => ({
  id,
  orientasi: "potret",
  nomorHalaman: "arab",
  bab,
  blok,
});

describe("nomoriDokumen", () => {
  const dok: Dokumen = {
    judul: "uji",
    kaki: "",
    bagian: [
      bagian("depan", null, [t("tanpa-nomor")]),
      bagian("b1", 1, [t("a"), t("b"), g("ga")]),
      bagian("b3", 3, [t("c"), g("gb")]),
      bagian("b3-lanskap", 3, [t("d"), g("gc")]),
    ],
  };

  it.each([
    ["a", "Tabel 1.1"],
    ["b", "Tabel 1.2"],
    ["ga", "Gambar 1.1"],
    ["c", "Tabel 3.1"],
    // numbering continues across sections of the same chapter (landscape pages of Bab III)
    ["d", "Tabel 3.2"],
    ["gc", "Gambar 3.2"],
    ["tanpa-nomor", "[rujukan tidak ditemukan: tanpa-nomor]"],
  ])("%s → %s", (id, teks) => {
    expect(teksRujukan(nomoriDokumen(dok), id)).toBe(teks);
  });

  it("renumbers every reference when a table is inserted before", () => {
    const isi = [{ t: "ref" as const, ke: "d" }];
    expect(teksPolos(isi, nomoriDokumen(dok))).toBe("Tabel 3.2");
    const lebih: Dokumen = {
      ...dok,
      bagian: [...dok.bagian.slice(0, 2), bagian("b3", 3, [t("baru"), t("c"), g("gb")]), dok.bagian[3]!],
    };
    expect(teksPolos(isi, nomoriDokumen(lebih))).toBe("Tabel 3.3");
  });

  it("refuses duplicate ids", () => {
    expect(() => nomoriDokumen({ ...dok, bagian: [bagian("x", 1, [t("a"), t("a")])] })).toThrow(/id ganda/);
  });
});
