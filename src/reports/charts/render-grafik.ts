/**
 * Server-side chart rendering: ECharts SSR → SVG string, and SVG → PNG with resvg using only the bundled DejaVu
 * fonts (`loadSystemFonts: false`), so the output is the same on every machine.
 * NOTE: stack-notes rows 6 (echarts SSR + resvg, fonts) and 11.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import type * as Echarts from "echarts";
import type { SpesifikasiGrafik } from "../model/grafik";
import { berkasFontGrafik, FONT_GRAFIK } from "./fonts";
import { opsiEcharts } from "./opsi-echarts";

export interface UkuranGrafik {
  lebar: number;
  tinggi: number;
}

/** Default size: 800 × 450 px, taller for horizontal bars with many categories. */
export function ukuranGrafik(g: SpesifikasiGrafik): UkuranGrafik {
  if (g.jenis === "batang-horizontal") return { lebar: 800, tinggi: Math.max(380, 120 + g.kategori.length * 62) };
  return { lebar: 800, tinggi: 450 };
}

/**
 * Rendering is deterministic, so results are memoised by specification (a report regenerated after a text edit
 * redraws nothing). Bounded: the memo is cleared when it holds 200 entries.
 */
/**
 * ECharts is loaded on the first chart, not when the server starts (several hundred ms of CPU the start-up does not
 * need; issue 16). `require` gives its prebuilt CommonJS bundle, the same ECharts as the ES modules.
 */
let echartsTermuat: typeof Echarts | undefined;
function echarts(): typeof Echarts {
  echartsTermuat ??= createRequire(import.meta.url)("echarts") as typeof Echarts;
  return echartsTermuat;
}

const memo = new Map<string, string | Buffer>();

/** Forgets every memoised chart (benchmarks measure drawing with it). */
export function kosongkanMemoGrafik(): void {
  memo.clear();
}

function ingat<T extends string | Buffer>(kunci: string, buat: () => T): T {
  const ada = memo.get(kunci);
  if (ada !== undefined) return ada as T;
  if (memo.size >= 200) memo.clear();
  const hasil = buat();
  memo.set(kunci, hasil);
  return hasil;
}

/** The chart as an SVG document (text kept as <text>, DejaVu Sans). */
export function grafikSvg(g: SpesifikasiGrafik, ukuran: UkuranGrafik = ukuranGrafik(g)): string {
  return ingat(`svg:${ukuran.lebar}x${ukuran.tinggi}:${JSON.stringify(g)}`, () => gambarSvg(g, ukuran));
}

function gambarSvg(g: SpesifikasiGrafik, ukuran: UkuranGrafik): string {
  const chart = echarts().init(null, null, { renderer: "svg", ssr: true, width: ukuran.lebar, height: ukuran.tinggi });
  try {
    chart.setOption(opsiEcharts(g));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as PNG (`skala` × the SVG size; 2 gives ~1600 px wide, sharp in Word at 16 cm). */
export function grafikPng(g: SpesifikasiGrafik, skala = 2, ukuran: UkuranGrafik = ukuranGrafik(g)): Buffer {
  return ingat(`png:${skala}:${ukuran.lebar}x${ukuran.tinggi}:${JSON.stringify(g)}`, () => gambarPng(g, skala, ukuran));
}

function gambarPng(g: SpesifikasiGrafik, skala: number, ukuran: UkuranGrafik): Buffer {
  const svg = grafikSvg(g, ukuran);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: skala },
    background: "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles: berkasFontGrafik(),
      defaultFontFamily: FONT_GRAFIK,
      sansSerifFamily: FONT_GRAFIK,
    },
  });
  return Buffer.from(resvg.render().asPng());
}
