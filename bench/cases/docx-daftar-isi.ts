/**
 * Issue 17 "DOCX speed" (ADR 0040): the demo LKjIP DOCX as users download it (the server's worker path:
 * `renderDokumen(…, "docx")`, Daftar Isi as PAGEREF fields the reader lays out), warm, target < 1 s median; and, in the
 * same run, the former path that laid out the pages with docx/layout to store the numbers, as the baseline.
 * `npm run bench -- "daftar isi"` runs both.
 */
import { bangunLkjip } from "../../src/reports/model";
import { renderDokumen } from "../../src/reports/render";
import { sumberDariDemo } from "../../src/demo/laporan/sumber-dari-demo";
import type { BenchCase } from "../harness";

const demo = () => sumberDariDemo("kecamatan-sei-balai", 2023)!;

export function docxDaftarIsiCases(): BenchCase[] {
  return [
    {
      name: "LKjIP demo DOCX unduhan dengan daftar isi (hangat)",
      runs: 9,
      warmup: 2,
      run: async () => void (await renderDokumen(bangunLkjip(demo()).dokumen, "docx")),
      note: "model + DOCX; daftar isi = PAGEREF (ADR 0040); target < 1 s",
    },
    {
      name: "LKjIP demo DOCX daftar isi dengan tata letak docx/layout (hangat, pembanding)",
      runs: 3,
      warmup: 1,
      run: async () => void (await renderDokumen(bangunLkjip(demo()).dokumen, "docx", { nomorHalaman: true })),
      note: "jalur lama: nomor halaman dihitung dan disimpan",
    },
  ];
}
