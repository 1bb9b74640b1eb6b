/**
 * Reviu validator (issue 14: "a 100-page report is checked in under 10 s", measured, not asserted): the demo LKjIP
 * as DOCX and as Typst PDF (about 70 pages; rendered once in setup, not timed), and the published LKjIP text
 * (seed) repeated to about 100 pages of text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { bangunLkjip } from "../../src/reports/model";
import { renderDocx, renderPdf } from "../../src/reports/render";
import { sumberDariDemo } from "../../src/demo/laporan/sumber-dari-demo";
import { periksaBerkasLaporan } from "../../src/services/reviu/periksa-berkas";
import type { BenchCase } from "../harness";

export function reviuCases(): BenchCase[] {
  let docx = new Uint8Array();
  let pdf = new Uint8Array();
  let teks = new Uint8Array();
  const lkjip = () => bangunLkjip(sumberDariDemo("kecamatan-sei-balai", 2023)!);
  return [
    {
      name: "Reviu DOCX LKjIP demo",
      runs: 5,
      warmup: 1,
      setup: async () => {
        docx = new Uint8Array(await renderDocx(lkjip().dokumen, { nomorHalaman: true }));
      },
      run: async () => void (await periksaBerkasLaporan(docx, "lkjip.docx")),
    },
    {
      name: "Reviu PDF LKjIP demo (± 70 halaman)",
      runs: 3,
      warmup: 1,
      setup: async () => {
        pdf = new Uint8Array(renderPdf(lkjip().dokumen).pdf);
      },
      run: async () => void (await periksaBerkasLaporan(pdf, "lkjip.pdf")),
    },
    {
      name: "Reviu TXT LKjIP terbit ×2 (± 100 halaman)",
      runs: 5,
      warmup: 1,
      setup: async () => {
        const seed = readFileSync(
          path.resolve(import.meta.dirname, "../../../shared/seed/lkjip-2023-kecamatan-sei-balai.txt"),
        );
        teks = new Uint8Array(Buffer.concat([seed, Buffer.from("\n\f\n"), seed]));
      },
      run: async () => void (await periksaBerkasLaporan(teks, "lkjip.txt")),
    },
  ];
}
