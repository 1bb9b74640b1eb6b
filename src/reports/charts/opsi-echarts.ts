/**
 * SpesifikasiGrafik → ECharts option: bars/lines with id-ID value labels, legend at the bottom, the DejaVu font.
 * Values are decimal strings in the model; they become JS numbers here only to be drawn.
 */
import type { EChartsOption } from "echarts";
import { formatAngka } from "../../domain/format";
import type { SpesifikasiGrafik } from "../model/grafik";
import { FONT_GRAFIK } from "./fonts";

export const WARNA = ["#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0"];

export function opsiEcharts(g: SpesifikasiGrafik): EChartsOption {
  const horizontal = g.jenis === "batang-horizontal";
  const label = (v: unknown) =>
    typeof v === "number" && Number.isFinite(v) ? formatAngka(String(v), { desimal: g.desimal }) : "";
  const sumbuKategori = {
    type: "category" as const,
    data: g.kategori,
    axisLabel: horizontal ? { width: 230, overflow: "break" as const, fontSize: 12, lineHeight: 14 } : { fontSize: 13 },
    axisTick: { alignWithLabel: true },
  };
  const sumbuNilai = {
    type: "value" as const,
    name: g.sumbuNilai,
    nameTextStyle: { fontSize: 12 },
    ...(g.minimum !== undefined ? { min: Number(g.minimum) } : {}),
    axisLabel: { formatter: (v: number) => formatAngka(String(v), { desimal: 0 }), fontSize: 12 },
  };
  return {
    animation: false,
    color: WARNA,
    textStyle: { fontFamily: FONT_GRAFIK },
    title: {
      text: g.judul,
      left: "center",
      top: 6,
      textStyle: { fontSize: 16, fontWeight: "bold", fontFamily: FONT_GRAFIK },
    },
    legend: { bottom: 4, textStyle: { fontSize: 13 } },
    grid: { left: 16, right: horizontal ? 70 : 24, top: 58, bottom: 44, containLabel: true },
    xAxis: horizontal ? sumbuNilai : sumbuKategori,
    yAxis: horizontal ? { ...sumbuKategori, inverse: true } : sumbuNilai,
    series: g.seri.map((s) => ({
      name: s.nama,
      type: (s.jenis ?? (g.jenis === "garis" ? "garis" : "batang")) === "garis" ? ("line" as const) : ("bar" as const),
      data: s.nilai.map((x) => (x === null ? "-" : Number(x))),
      barMaxWidth: 42,
      label: {
        show: true,
        position: horizontal ? ("right" as const) : ("top" as const),
        fontSize: 12,
        formatter: (p: { value: unknown }) => label(p.value),
      },
    })),
  };
}
