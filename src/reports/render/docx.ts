/** DOCX of a document, charts drawn as PNG (resvg, bundled fonts). */
import { grafikPng, ukuranGrafik } from "../charts/render-grafik";
import type { Dokumen } from "../model/dokumen";
import { dokumenDocx, type OpsiDocx } from "./docx/dokumen";

export type { OpsiDocx };

const SKALA = 1.5;

export async function renderDocx(dok: Dokumen, opsi: OpsiDocx = {}): Promise<Buffer> {
  return dokumenDocx(
    dok,
    (g) => {
      const u = ukuranGrafik(g);
      return { data: grafikPng(g, SKALA, u), lebar: u.lebar, tinggi: u.tinggi };
    },
    opsi,
  );
}
