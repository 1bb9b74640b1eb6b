/** The renderers: layout only, from the document model. */
import { grafikSvg } from "../charts/render-grafik";
import type { Dokumen } from "../model/dokumen";
import { type OpsiDocx, renderDocx } from "./docx";
import { dokumenHtml } from "./html/html";
import { renderPdf } from "./pdf";
import { renderXlsx } from "./xlsx";

export { renderDocx, renderPdf, renderXlsx };

export const FORMAT_LAPORAN = ["docx", "pdf", "html", "xlsx"] as const;
export type FormatLaporan = (typeof FORMAT_LAPORAN)[number];

export const JENIS_MIME: Record<FormatLaporan, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function renderHtml(dok: Dokumen): string {
  return dokumenHtml(dok, (g) => grafikSvg(g));
}

/** Renders a document in a format; the bytes to write or send. */
export async function renderDokumen(dok: Dokumen, format: FormatLaporan, opsi: OpsiDocx = {}): Promise<Buffer> {
  switch (format) {
    case "docx":
      return renderDocx(dok, opsi);
    case "pdf":
      return renderPdf(dok).pdf;
    case "html":
      return Buffer.from(renderHtml(dok), "utf8");
    case "xlsx":
      return renderXlsx(dok);
  }
}
