/**
 * The reviu rules on small made-up tables (not the seed): numbers read the Indonesian way, sums with and without
 * rounding, capaian by both polarities, budget % and sisa, kategori against Permendagri 86/2017, numbering. Each
 * expected value is the arithmetic written next to it.
 */
import { describe, expect, it } from "vitest";
import { bacaAngka } from "./angka";
import { periksaLaporan } from "./periksa";
import { susunDokumenTeks } from "./dokumen-teks";

const periksa = (...baris: string[]) => periksaLaporan(susunDokumenTeks(baris.join("\n")));
const galat = (...baris: string[]) => periksa(...baris).temuan.filter((t) => t.keparahan === "galat");

describe("bacaAngka: printed Indonesian numbers", () => {
  it.each([
    ["1.234,56", "1234.56", 2, false],
    ["Rp 3.135.926.319,00", "3135926319", 2, false],
    ["2.650.313.819", "2650313819", 0, false],
    ["94,71%", "94.71", 2, true],
    ["100.27%", "100.27", 2, true],
    ["1.619,9 Ha", "1619.9", 1, false],
    ["3.727 Ha", "3727", 0, false],
    ["BB (75,00)", "75", 2, false],
    ["70,15 (BB)", "70.15", 2, false],
    ["-", "0", 0, false],
    ["- Ha", "0", 0, false],
  ])("%s → %s", (teks, nilai, desimal, persen) => {
    const a = bacaAngka(teks);
    expect(a?.nilai.toString()).toBe(nilai);
    expect(a?.desimal).toBe(desimal);
    expect(a?.persen).toBe(persen);
  });

  it.each(["88,31 - 100", "Sangat Tinggi", "", "1,2,3", "12a"])("%s is not one number", (teks) => {
    expect(bacaAngka(teks)).toBeNull();
  });

  it("keeps the predikat letters", () => {
    expect(bacaAngka("BB (75,00)")?.huruf).toBe("BB");
  });
});

describe("sums", () => {
  it("flags a wrong total with the computed one (1 + 2 + 3 = 6, printed 7)", () => {
    const g = galat("Tabel 1.1", "Judul", "No.\tDesa\tJumlah KK", "1.\tA\t1", "2.\tB\t2", "3.\tC\t3", "\tJumlah\t7");
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ aturan: "jumlah-kolom", tertulis: "7", seharusnya: "6" });
    expect(g[0]?.lokasi.tabel).toBe("Tabel 1.1");
  });

  it("accepts rounded parts (33,33 × 3 = 99,99 against 100,00: within 4 × 0,005)", () => {
    expect(galat("No.\tAspek\tNilai Bobot", "1.\tA\t33,33", "2.\tB\t33,33", "3.\tC\t33,33", "\tTotal\t100,00")).toEqual(
      [],
    );
  });

  it("sums parents, not their '- …' children (Belanja Operasi = Pegawai + Barang)", () => {
    const t = [
      "No.\tUraian\tAnggaran (Rp)",
      "1.\tOperasi\t300",
      "\t- Pegawai\t100",
      "\t- Barang\t200",
      "2.\tModal\t50",
    ];
    expect(galat(...t, "\tTOTAL\t350")).toEqual([]);
    expect(galat(...t.slice(0, 3), "\t- Barang\t250", t[4] ?? "", "\tTOTAL\t350")[0]).toMatchObject({
      aturan: "jumlah-induk",
      tertulis: "300",
      seharusnya: "350",
    });
  });

  it("checks a total column against the group left of it (L + P = L+P)", () => {
    const g = galat("No.\tDesa\tPenduduk\t\t", "\t\tL\tP\tL+P", "1.\tA\t10\t12\t22", "2.\tB\t5\t6\t12");
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ aturan: "jumlah-baris", tertulis: "12", seharusnya: "11" });
  });
});

describe("capaian = realisasi / target × 100 (Permenpan RB 53/2014)", () => {
  const kepala = "No.\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)";
  it("accepts 80,50 / 85,00 = 94,71 and flags 94,17", () => {
    expect(galat(kepala, "1.\tIKM\tNilai\t85,00\t80,50\t94,71")).toEqual([]);
    expect(galat(kepala, "1.\tIKM\tNilai\t85,00\t80,50\t94,17")[0]).toMatchObject({
      aturan: "capaian-persen",
      tertulis: "94,17",
      seharusnya: "94,71%",
    });
  });

  it("accepts a negative indicator by either formula: (2×10 − 8)/10 = 120, 10/8 = 125", () => {
    expect(galat(kepala, "1.\tAngka kasus\tKasus\t10\t8\t120,00")).toEqual([]);
    expect(galat(kepala, "1.\tAngka kasus\tKasus\t10\t8\t125,00")).toEqual([]);
  });

  it("pairs target, realisasi and capaian by the year in a two-line header", () => {
    const g = galat(
      "No\tIndikator\t2022\t\t\t2023\t\t",
      "\t\tTarget\tRealisasi\t% Capaian\tTarget\tRealisasi\t% Capaian",
      "1\tIKM\t80,00\t90,10\t112,25\t85,00\t80,50\t94,71",
    );
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ tertulis: "112,25", seharusnya: "112,63%" });
  });

  it("checks the kategori against Permendagri 86/2017 (94,71 ≥ 91 → Sangat Tinggi)", () => {
    const k = `${kepala}\tKategori`;
    expect(galat(k, "1.\tIKM\tNilai\t85,00\t80,50\t94,71\tSangat Tinggi")).toEqual([]);
    expect(galat(k, "1.\tIKM\tNilai\t85,00\t80,50\t94,71\tTinggi")[0]).toMatchObject({
      aturan: "kategori-capaian",
      seharusnya: "Sangat Tinggi",
    });
  });
});

describe("budget tables", () => {
  it("checks % = realisasi / anggaran and sisa = anggaran − realisasi", () => {
    const kepala = "No.\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tPersentase (%)\tSisa Anggaran";
    expect(galat(kepala, "1.\tA\t10.000.000\t8.800.000\t88,00\t1.200.000")).toEqual([]);
    const g = galat(kepala, "1.\tA\t10.000.000\t8.800.000\t80,00\t2.200.000");
    expect(g.map((x) => [x.aturan, x.seharusnya])).toEqual([
      ["serapan-persen", "88,00"],
      ["sisa-anggaran", "1.200.000"],
    ]);
  });
});

describe("numbering and references", () => {
  it("warns of a duplicated caption and a reference to another table than the one above", () => {
    const h = periksa(
      "Tabel 2.1",
      "Pertama",
      "No.\tUraian\tJumlah KK",
      "1.\tA\t1",
      "Tabel 2.1",
      "Kedua",
      "No.\tUraian\tJumlah KK",
      "1.\tA\t1",
      "Tabel 2.3",
      "Ketiga",
      "No.\tUraian\tJumlah KK",
      "1.\tA\t1",
      "Berdasarkan tabel 2.1 di atas, semuanya tercapai.",
    );
    const aturan = h.temuan.map((t) => t.aturan);
    expect(aturan).toContain("nomor-keterangan-ganda");
    expect(aturan).toContain("nomor-keterangan-loncat");
    expect(aturan).toContain("rujukan-tabel");
  });

  it("warns of a difference stated in the narrative that the quoted figures do not give (80,50 − 77,50 = 3,00)", () => {
    const h = periksa(
      "No.\tIndikator\tNilai Target",
      "1.\tIKM\t1",
      "Nilai 2023 sebesar 80,50 dibandingkan 2022 sebesar 90,10 turun 9,60 poin, dibandingkan 2021 naik 3,50 poin dengan nilai 77,50.",
    );
    expect(h.temuan.find((t) => t.aturan === "selisih-narasi")).toMatchObject({
      tertulis: "3,50 poin",
      seharusnya: "3,00 poin",
    });
  });
});
