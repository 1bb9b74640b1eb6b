/**
 * Chart specifications: data only (categories, series values as decimal strings, axis names). src/reports/charts
 * turns a specification into an ECharts option and renders SVG/PNG; the model never draws.
 */
import type { Angka } from "./sumber";

export interface SeriGrafik {
  nama: string;
  /** One value per category; null = no data (drawn as a gap, labelled nowhere). */
  nilai: (Angka | null)[];
  /** Overrides the chart type for this series (a target line over realisasi bars). */
  jenis?: "batang" | "garis";
}

export interface SpesifikasiGrafik {
  /** "batang" vertical bars, "batang-horizontal" for long category names, "garis" lines. */
  jenis: "batang" | "batang-horizontal" | "garis";
  judul: string;
  kategori: string[];
  sumbuNilai: string;
  seri: SeriGrafik[];
  /** Decimals of the value labels (id-ID). */
  desimal: number;
  /** Lower bound of the value axis (e.g. "60" for scores), else 0. */
  minimum?: Angka;
}
