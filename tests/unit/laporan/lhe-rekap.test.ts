/**
 * The LHE and the recap models (pure): totals and predikat come from the rules core, never the printed figures;
 * the recap of the 38 OPD of the seed flags exactly the rows whose printed total/kategori differs, ranks by the
 * computed total, and renders to DOCX/XLSX with the computed numbers.
 * NOTE: SEED 1895-1937 (recap), regulations.md §2.4–§2.5; the rows whose printed figures differ are the ones the
 * rules core's own test lists (src/domain/akip/nilai-komponen.test.ts).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { hitungNilaiKomponen, hitungNilaiLke, KERANGKA_LKE_88_2021 } from "../../../src/domain/akip";
import { bangunLhe } from "../../../src/reports/model/lhe";
import { bangunRekapAkip, type SumberRekapAkip } from "../../../src/reports/model/rekap-akip";
import { renderDocx, renderXlsx } from "../../../src/reports/render";
import { opdList } from "../../../src/demo/data/opd-list";
import { bangunLkjip } from "../../../src/reports/model";
import { bukaZip, sumberSeiBalai } from "../../support/laporan";

function sumberRekap(): SumberRekapAkip {
  return {
    pemda: { nama: "Kabupaten Batu Bara", ibukota: "Lima Puluh" },
    tahun: 2023,
    kerangka: "88/2021",
    opd: opdList.map((o) => {
      const { kerangka: _k, ...komponen } = o.akip2023;
      return {
        nama: o.nama,
        slug: o.slug,
        nilai: { mode: "komponen" as const, komponen },
        totalDicetak: o.dicetak.total.nilai,
        predikatDicetak: o.dicetak.kategori.nilai,
      };
    }),
    surat: { nomor: "700/656/2023" },
    tempat: "Mangkai Baru",
    tanggal: "2023-09-05",
  };
}

function semuaJawaban(huruf: string): Record<string, string> {
  const j: Record<string, string> = {};
  for (const k of KERANGKA_LKE_88_2021.value.komponen)
    for (const s of k.subKomponen) for (const c of s.kriteria) j[c.kode] = huruf;
  return j;
}

describe("recap of the 38 OPD (SEED 1895-1937)", () => {
  const r = bangunRekapAkip(sumberRekap());

  it("computes every total from the components and flags the printed ones that differ", () => {
    expect(r.baris).toHaveLength(38);
    for (const [i, o] of opdList.entries()) {
      const { kerangka: _k, ...komponen } = o.akip2023;
      const h = hitungNilaiKomponen(komponen);
      expect(r.baris[i]!.total!.toFixed(2)).toBe(h.totalTampil);
      expect(r.baris[i]!.hasil!.predikat.kode).toBe(h.predikat.kode);
    }
    const beda = r.baris.filter((b) => b.selisih.some((x) => x.startsWith("total"))).map((b) => b.no);
    expect(beda).toEqual([1, 3, 4, 10, 14, 17, 18, 20, 22, 24, 25, 27, 37]);
    const kategori = r.baris.filter((b) => b.selisih.some((x) => x.startsWith("kategori"))).map((b) => b.no);
    expect(kategori).toEqual([20, 27]);
  });

  it("ranks by the computed total, ties sharing a rank", () => {
    const urut = [...r.baris].sort((a, b) => a.peringkat! - b.peringkat!);
    expect(urut[0]!.peringkat).toBe(1);
    for (let i = 1; i < urut.length; i++) {
      expect(urut[i]!.total!.lte(urut[i - 1]!.total!)).toBe(true);
      if (urut[i]!.total!.eq(urut[i - 1]!.total!)) expect(urut[i]!.peringkat).toBe(urut[i - 1]!.peringkat);
      else expect(urut[i]!.peringkat).toBe(i + 1);
    }
    expect(Object.values(r.sebaran).reduce((a, b) => a + b, 0)).toBe(38);
  });

  it("DOCX carries the letter number, every OPD and the computed totals", async () => {
    const xml = bukaZip(await renderDocx(r.dokumen))
      .get("word/document.xml")!
      .toString("utf8");
    expect(xml).toContain("700/656/2023");
    const seiBalai = r.baris.find((b) => b.slug === "kecamatan-sei-balai")!;
    expect(xml).toContain(seiBalai.total!.toFixed(2).replace(".", ","));
    const sekda = r.baris[0]!;
    expect(xml).toContain(`dihitung ${sekda.total!.toFixed(2).replace(".", ",")}`);
  }, 120_000);

  it("XLSX has the recap sheet with numeric cells equal to the computed totals", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(r.dokumen)) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => w.name.startsWith("Tabel 1.1"))!;
    expect(ws).toBeDefined();
    const totals: number[] = [];
    const nama: string[] = [];
    ws.eachRow((row, n) => {
      if (n < 5) return;
      nama.push(String(row.getCell(2).value));
      totals.push(row.getCell(7).value as number);
    });
    expect(nama.slice(0, 38)).toEqual(opdList.map((o) => o.nama));
    expect(totals.slice(0, 38)).toEqual(r.baris.map((b) => b.total!.toNumber()));
  }, 120_000);
});

describe("LHE of one OPD", () => {
  it("kriteria mode: the total and predikat of the rules core, per component and sub-component", async () => {
    const jawaban = { ...semuaJawaban("B"), "1.a.1": "A", "4.c.1": "C" };
    const h = hitungNilaiLke(jawaban);
    const l = bangunLhe({
      pemda: { nama: "Kabupaten Batu Bara" },
      opd: { nama: "Kecamatan Sei Balai", slug: "kecamatan-sei-balai" },
      tahun: 2024,
      kerangka: "88/2021",
      nilai: { mode: "kriteria", jawaban },
      status: "final",
      catatanKomponen: { perencanaan: "Renstra belum memuat target 2026." },
      rekomendasi: [
        { uraian: "Lengkapi cascading sampai eselon IV", status: "terbuka", penanggungJawab: "Sekretaris Camat" },
      ],
    });
    expect(l.hasil.totalTampil).toBe(h.totalTampil);
    const xml = bukaZip(await renderDocx(l.dokumen))
      .get("word/document.xml")!
      .toString("utf8");
    expect(xml).toContain(h.totalTampil.replace(".", ","));
    expect(xml).toContain(h.predikat.kode);
    for (const c of h.komponen) expect(xml).toContain(c.nilaiTampil.replace(".", ","));
    expect(xml).toContain("Renstra belum memuat target 2026.");
    expect(xml).toContain("Lengkapi cascading sampai eselon IV");
    expect(xml).toContain("1.c");
  }, 120_000);

  it("component-only mode says so and has no sub-component table", async () => {
    const l = bangunLhe({
      pemda: { nama: "Kabupaten Batu Bara" },
      opd: { nama: "Kecamatan Sei Balai", slug: "kecamatan-sei-balai" },
      tahun: 2023,
      kerangka: "88/2021",
      nilai: {
        mode: "komponen",
        komponen: { perencanaan: "22.02", pengukuran: "20.64", pelaporan: "11.62", evaluasi: "15.87" },
      },
    });
    expect(l.hasil.totalTampil).toBe(
      hitungNilaiKomponen({ perencanaan: "22.02", pengukuran: "20.64", pelaporan: "11.62", evaluasi: "15.87" })
        .totalTampil,
    );
    const xml = bukaZip(await renderDocx(l.dokumen))
      .get("word/document.xml")!
      .toString("utf8");
    expect(xml).toContain("mode nilai komponen saja");
    expect(xml).not.toContain("Nilai per Sub-komponen");
  }, 120_000);
});

describe("LKjIP section on the evaluation", () => {
  it("lists the open recommendations when the LKE has them, and nothing when it has none", async () => {
    const tanpa = bangunLkjip(sumberSeiBalai());
    const dengan = bangunLkjip({
      ...sumberSeiBalai(),
      rekomendasiAkip: [
        {
          tahunEvaluasi: 2023,
          uraian: "Susun cascading kinerja sampai eselon IV",
          penanggungJawab: "Sekretaris Camat",
          batasWaktu: "2024-06-30",
          status: "proses",
          tindakLanjut: "Draf pohon kinerja disusun",
        },
      ],
    });
    const xml = (d: typeof tanpa) =>
      renderDocx(d.dokumen).then((b) => bukaZip(b).get("word/document.xml")!.toString("utf8"));
    expect(await xml(tanpa)).not.toContain("Rekomendasi Hasil Evaluasi AKIP yang Belum Selesai");
    const x = await xml(dengan);
    expect(x).toContain("Rekomendasi Hasil Evaluasi AKIP yang Belum Selesai");
    expect(x).toContain("Susun cascading kinerja sampai eselon IV");
    expect(x).toContain("Dalam proses: Draf pohon kinerja disusun");
  }, 120_000);
});
