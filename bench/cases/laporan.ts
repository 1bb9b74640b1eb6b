/**
 * Report generation (issue 7): the demo LKjIP (Kecamatan Sei Balai 2023) as DOCX and PDF, warm (compiler, fonts and
 * modules loaded; the targets are DOCX < 1 s and PDF < 2 s), with and without the chart memo, and all 38 demo OPD
 * in one batch (the OPD other than Sei Balai have little data and render with placeholders).
 */
import { kosongkanMemoGrafik } from "../../src/reports/charts/render-grafik";
import { bangunLkjip } from "../../src/reports/model";
import { renderDocx, renderHtml, renderPdf, renderXlsx } from "../../src/reports/render";
import { daftarOpdDemo, sumberDariDemo } from "../../src/demo/laporan/sumber-dari-demo";
import type { BenchCase } from "../harness";

const demo = () => sumberDariDemo("kecamatan-sei-balai", 2023)!;

export function laporanCases(): BenchCase[] {
  return [
    {
      name: "LKjIP demo DOCX (hangat)",
      runs: 7,
      warmup: 2,
      run: async () => void (await renderDocx(bangunLkjip(demo()).dokumen)),
      note: "model + DOCX; grafik dari memo",
    },
    {
      name: "LKjIP demo DOCX (hangat, grafik digambar ulang)",
      runs: 5,
      warmup: 1,
      run: async () => {
        kosongkanMemoGrafik();
        await renderDocx(bangunLkjip(demo()).dokumen);
      },
      note: "5 grafik ECharts → PNG (resvg)",
    },
    {
      name: "LKjIP demo DOCX dengan nomor halaman daftar isi (hangat)",
      runs: 3,
      warmup: 1,
      run: async () => void (await renderDocx(bangunLkjip(demo()).dokumen, { nomorHalaman: true })),
      note: "tata letak Word docx/layout (keluaran CLI)",
    },
    {
      name: "LKjIP demo PDF (hangat)",
      runs: 7,
      warmup: 2,
      run: async () => void renderPdf(bangunLkjip(demo()).dokumen),
      note: "model + Typst; grafik dari memo",
    },
    {
      name: "LKjIP demo PDF (hangat, grafik digambar ulang)",
      runs: 5,
      warmup: 1,
      run: async () => {
        kosongkanMemoGrafik();
        renderPdf(bangunLkjip(demo()).dokumen);
      },
      note: "5 grafik ECharts → SVG",
    },
    {
      name: "LKjIP demo HTML + XLSX (hangat)",
      runs: 5,
      warmup: 1,
      run: async () => {
        const d = bangunLkjip(demo()).dokumen;
        renderHtml(d);
        await renderXlsx(d);
      },
    },
    {
      name: "38 OPD LKjIP PDF + DOCX, satu batch",
      runs: 3,
      warmup: 1,
      run: async () => {
        for (const slug of daftarOpdDemo()) {
          const d = bangunLkjip(sumberDariDemo(slug, 2023)!).dokumen;
          renderPdf(d);
          await renderDocx(d);
        }
      },
      note: "76 berkas",
    },
  ];
}
