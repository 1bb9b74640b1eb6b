/**
 * The LHE and the AKIP recap letter as documents a user opens: each DOCX converts through LibreOffice to a PDF whose
 * pages all carry content and whose text holds the computed totals; the Typst PDFs render page by page with pdftoppm;
 * the recap keeps its two chart images. Needs soffice, pdftoppm, pdftotext, pdfimages (see vitest.docs.config.ts).
 * NOTE: SEED 1895-1937 (recap of 38 OPD, letter 700/656/2023); regulations.md §2.4–§2.5.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hitungNilaiLke, KERANGKA_LKE_88_2021 } from "../../src/domain/akip";
import { bangunLhe } from "../../src/reports/model/lhe";
import { bangunRekapAkip } from "../../src/reports/model/rekap-akip";
import { renderDocx, renderPdf } from "../../src/reports/render";
import { opdList } from "../../src/demo/data/opd-list";
import { halamanAbu, jumlahGambar, jumlahHalaman, sofficeKePdf, teksHalaman } from "./alat";

const dir = mkdtempSync(path.join(tmpdir(), "sakip-lhe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jawaban: Record<string, string> = {};
for (const k of KERANGKA_LKE_88_2021.value.komponen)
  for (const s of k.subKomponen) for (const c of s.kriteria) jawaban[c.kode] = "BB";
jawaban["4.c.1"] = "C";
const lhe = bangunLhe({
  pemda: { nama: "Kabupaten Batu Bara" },
  opd: { nama: "Kecamatan Sei Balai", slug: "kecamatan-sei-balai" },
  tahun: 2024,
  kerangka: "88/2021",
  nilai: { mode: "kriteria", jawaban },
  status: "final",
  catatanKomponen: { evaluasi: "Rencana tindak lanjut evaluasi internal belum dipantau." },
  rekomendasi: [
    {
      uraian: "Pantau tindak lanjut hasil evaluasi internal setiap triwulan",
      komponen: "evaluasi",
      penanggungJawab: "Sekretaris Camat",
      batasWaktu: "2025-06-30",
      status: "proses",
      tindakLanjut: "Jadwal pemantauan disusun",
    },
  ],
  tempat: "Lima Puluh",
  tanggal: "2025-03-10",
});
const rekap = bangunRekapAkip({
  pemda: { nama: "Kabupaten Batu Bara" },
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
});
const f = {
  lheDocx: path.join(dir, "lhe.docx"),
  lhePdf: path.join(dir, "lhe-typst.pdf"),
  rekapDocx: path.join(dir, "rekap.docx"),
  rekapPdf: path.join(dir, "rekap-typst.pdf"),
};
let loLhe = "";
let loRekap = "";

beforeAll(async () => {
  writeFileSync(f.lheDocx, await renderDocx(lhe.dokumen));
  writeFileSync(f.lhePdf, renderPdf(lhe.dokumen).pdf);
  writeFileSync(f.rekapDocx, await renderDocx(rekap.dokumen));
  writeFileSync(f.rekapPdf, renderPdf(rekap.dokumen).pdf);
  loLhe = sofficeKePdf(f.lheDocx, dir);
  loRekap = sofficeKePdf(f.rekapDocx, dir);
}, 180_000);

describe("LHE", () => {
  it("opens in LibreOffice with the computed total, predikat, note and recommendation", () => {
    const h = hitungNilaiLke(jawaban);
    const teks = teksHalaman(loLhe).join("\n").replace(/\s+/g, " ");
    expect(teks).toContain(h.totalTampil.replace(".", ","));
    expect(teks).toContain(`"${h.predikat.kode}"`);
    for (const k of h.komponen) expect(teks).toContain(k.nilaiTampil.replace(".", ","));
    expect(teks).toContain("Rencana tindak lanjut evaluasi internal belum dipantau.");
    expect(teks).toContain("Sekretaris"); // the owner column is narrow: "Sekretaris Camat" wraps
  }, 180_000);

  it("every page of both PDFs has content", () => {
    for (const pdf of [loLhe, f.lhePdf]) {
      expect(jumlahHalaman(pdf)).toBeGreaterThanOrEqual(2);
      for (const hal of halamanAbu(pdf, dir)) expect(hal.gelap).toBeGreaterThan(20);
    }
  }, 180_000);
});

describe("recap letter", () => {
  it("opens in LibreOffice with the letter, every OPD and its computed total", () => {
    const teks = teksHalaman(loRekap).join("\n").replace(/\s+/g, " ");
    expect(teks).toContain("700/656/2023");
    // long OPD names wrap inside their cell (pdftotext interleaves the columns); the short ones read whole
    for (const nama of ["Kecamatan Sei Balai", "Dinas Perpustakaan", "Inspektorat Daerah"])
      expect(teks).toContain(nama);
    for (const b of rekap.baris) expect(teks).toContain(b.total!.toFixed(2).replace(".", ","));
  }, 180_000);

  it("keeps both charts and renders every page of the Typst PDF", () => {
    expect(jumlahGambar(loRekap)).toBeGreaterThanOrEqual(2);
    const hal = halamanAbu(f.rekapPdf, dir);
    expect(hal.length).toBeGreaterThanOrEqual(4);
    for (const x of hal) expect(x.gelap).toBeGreaterThan(20);
  }, 180_000);
});
