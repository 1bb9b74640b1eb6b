/**
 * The port through which use cases turn a document model into file bytes. Renderers (src/reports/render) are not
 * imported by services or the API (ARCHITECTURE.md, eslint.config.js): the composition root (src/cli/penyaji.ts,
 * called by `sakip serve` and by tests that build the app) installs them here once.
 */
import type { Dokumen } from "../../reports/model/dokumen";

export const FORMAT_LAPORAN = ["docx", "pdf", "xlsx", "html"] as const;
export type FormatLaporan = (typeof FORMAT_LAPORAN)[number];

export const JENIS_MIME: Record<FormatLaporan, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
};

export type PenyajiDokumen = (dokumen: Dokumen, format: FormatLaporan) => Promise<Buffer>;

let aktif: PenyajiDokumen | null = null;

/** Installs the renderer (composition root). */
export function pasangPenyajiDokumen(penyaji: PenyajiDokumen): void {
  aktif = penyaji;
}

/** The installed renderer; a missing one is a wiring fault of the composition root, not a user error. */
export function penyajiDokumen(): PenyajiDokumen {
  if (!aktif) throw new Error("penyaji dokumen belum dipasang (src/cli/penyaji.ts pasangPenyaji)");
  return aktif;
}

/** Whether the composition root installed a renderer (the demo's publication of documents needs one; ADR 0029). */
export function adaPenyajiDokumen(): boolean {
  return aktif !== null;
}
