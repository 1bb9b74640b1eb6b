/**
 * A one-page document (the "Hasil SKM" publication) as a PNG for a notice board or a web page: the same Typst source
 * as the PDF, drawn by Typst as SVG (glyphs as outlines, so no font lookup) and rasterised with resvg.
 * Only the first page is drawn.
 */
import { Resvg } from "@resvg/resvg-js";
import { grafikSvg } from "../charts/render-grafik";
import type { Dokumen } from "../model/dokumen";
import { GagalPdf, kompiler } from "./pdf";
import { dokumenTypst } from "./typst/dokumen";

/** PNG of the first page, `lebarPx` wide (default 1240 px ≈ A4 at 150 dpi). */
export function renderPng(dok: Dokumen, lebarPx = 1240): Buffer {
  const { sumber, aset } = dokumenTypst(dok, (g) => grafikSvg(g));
  const c = kompiler();
  c.resetShadow();
  for (const [path, isi] of aset) c.mapShadow(path, Buffer.from(isi));
  c.addSource("/laporan.typ", sumber);
  const hasil = c.compile({ mainFilePath: "/laporan.typ" });
  const err = hasil.takeDiagnostics();
  const doc = hasil.result;
  if (!doc) {
    const diag = err ? c.fetchDiagnostics(err) : [];
    throw new GagalPdf(`PNG gagal dibuat: ${JSON.stringify(diag).slice(0, 800)}`, diag);
  }
  const svg = c.svg(doc);
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: lebarPx },
    background: "#ffffff",
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return Buffer.from(png);
}
