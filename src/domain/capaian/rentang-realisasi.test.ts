import { describe, expect, it } from "vitest";
import { alasanRealisasiDitolak } from "./rentang-realisasi";

// issue 14 "Why": −10 and 10^20 on a percentage indicator were accepted.
describe("alasanRealisasiDitolak", () => {
  const persen = { nama: "Persentase Capaian Pelayanan Administrasi", satuan: "%" };
  const pertumbuhan = { nama: "Laju Pertumbuhan Ekonomi", satuan: "%" };
  const jumlah = { nama: "Jumlah Dokumen Perencanaan", satuan: "Dokumen" };
  const rupiah = { nama: "Realisasi Pendapatan", satuan: "Rupiah" };
  it.each([
    [persen, "-10", /negatif/],
    [persen, "100000000000000000000", /terlalu besar/],
    [persen, "1000.01", /melebihi 1000 %/],
    [jumlah, "-1", /negatif/],
    [pertumbuhan, "-100.5", /kurang dari −100 %/],
    [rupiah, "2000000000000000", /terlalu besar/],
  ])("%o %s is refused", (ind, nilai, pesan) => {
    expect(alasanRealisasiDitolak(ind, nilai)).toMatch(pesan);
  });
  it.each([
    [persen, "0"],
    [persen, "98.12"],
    [persen, "112.63"],
    [pertumbuhan, "-2.07"],
    [jumlah, "0"],
    [rupiah, "3135926319"],
  ])("%o %s is stored", (ind, nilai) => {
    expect(alasanRealisasiDitolak(ind, nilai)).toBeNull();
  });
});
