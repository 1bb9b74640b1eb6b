/**
 * Issue 14: the validator reads our own LKjIP as the app renders it (DOCX and Typst PDF of the demo, Kecamatan Sei
 * Balai 2023) and finds no galat in it: our report is computed, so its sums, percentages and categories hold.
 */
import { describe, expect, it } from "vitest";
import { bangunLkjip } from "../../src/reports/model";
import { renderDocx, renderPdf } from "../../src/reports/render";
import { sumberDariDemo } from "../../src/demo/laporan/sumber-dari-demo";
import { periksaBerkasLaporan } from "../../src/services/reviu/periksa-berkas";

const lkjip = bangunLkjip(sumberDariDemo("kecamatan-sei-balai", 2023)!);

describe("reviu of our own LKjIP", () => {
  it("reads the DOCX's tables and finds no galat", async () => {
    const docx = await renderDocx(lkjip.dokumen, { nomorHalaman: true });
    const h = await periksaBerkasLaporan(new Uint8Array(docx), "lkjip.docx");
    expect(h.jenis).toBe("docx");
    expect(h.tabelDikenali).toBeGreaterThanOrEqual(20);
    expect(h.temuan.filter((t) => t.keparahan === "galat")).toEqual([]);
  }, 180_000);

  it("reads the PDF's tables and finds no galat", async () => {
    const pdf = renderPdf(lkjip.dokumen).pdf;
    const h = await periksaBerkasLaporan(new Uint8Array(pdf), "lkjip.pdf");
    expect(h.jenis).toBe("pdf");
    expect(h.tabelDikenali).toBeGreaterThanOrEqual(20);
    expect(h.temuan.filter((t) => t.keparahan === "galat")).toEqual([]);
  }, 180_000);
});
