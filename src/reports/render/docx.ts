/** DOCX of a document, charts drawn as PNG (resvg, bundled fonts). */
import { grafikPng, ukuranGrafik } from "../charts/render-grafik";
import type { Dokumen } from "../model/dokumen";
import type { OpsiDocx } from "./docx/dokumen";

export type { OpsiDocx };

const SKALA = 1.5;

export async function renderDocx(dok: Dokumen, opsi: OpsiDocx = {}): Promise<Buffer> {
  // The docx package (2,8 MB of ES modules) loads with the first DOCX, not at server start-up (issue 16); the
  // build splits this import into a chunk of its own (scripts/build.mjs).
  const { dokumenDocx } = await import("./docx/dokumen");
  return dokumenDocx(
    dok,
    (g) => {
      const u = ukuranGrafik(g);
      return { data: grafikPng(g, SKALA, u), lebar: u.lebar, tinggi: u.tinggi };
    },
    opsi,
  );
}
