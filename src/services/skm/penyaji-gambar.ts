/**
 * The port through which the SKM documents become a PNG (the one-page "Hasil SKM" for a notice board), next to the
 * document port of services/laporan/penyaji.ts: the composition root (src/cli/penyaji.ts) installs the renderer of
 * src/reports/render/png.ts here; services never import a renderer (ADR 0010, ADR 0022).
 */
import type { Dokumen } from "../../reports/model/dokumen";

export type PenyajiGambar = (dokumen: Dokumen) => Promise<Buffer>;

let aktif: PenyajiGambar | null = null;

export function pasangPenyajiGambar(penyaji: PenyajiGambar): void {
  aktif = penyaji;
}

export function penyajiGambar(): PenyajiGambar {
  if (!aktif) throw new Error("penyaji gambar belum dipasang (src/cli/penyaji.ts pasangPenyaji)");
  return aktif;
}
