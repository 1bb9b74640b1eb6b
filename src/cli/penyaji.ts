/**
 * Composition root of document rendering: installs the renderers of src/reports/render behind the services' port
 * (services/laporan/penyaji.ts), so the API can serve DOCX, PDF, XLSX and the HTML preview. DOCX/PDF/XLSX are
 * rendered in one worker thread (penyaji-kerja.ts; requests queue there), so the seconds of CPU a DOCX takes never
 * stall the server's other requests; the HTML preview (milliseconds) is rendered in place.
 */
import { Worker } from "node:worker_threads";
import type { Dokumen } from "../reports/model/dokumen";
import { renderDokumen } from "../reports/render";
import { type FormatLaporan, pasangPenyajiDokumen } from "../services/laporan/penyaji";
import { renderPng } from "../reports/render/png";
import { pasangPenyajiGambar } from "../services/skm/penyaji-gambar";

type Jawaban = { id: number; isi: Uint8Array } | { id: number; galat: string };

let pekerja: Worker | null = null;
let nomor = 0;
const menunggu = new Map<number, { terima(b: Buffer): void; tolak(e: Error): void }>();

function gagalSemua(e: Error): void {
  for (const m of menunggu.values()) m.tolak(e);
  menunggu.clear();
  pekerja = null;
}

function ambilPekerja(): Worker {
  if (pekerja) return pekerja;
  const w = new Worker(new URL("./penyaji-kerja.mjs", import.meta.url));
  w.on("message", (j: Jawaban) => {
    const m = menunggu.get(j.id);
    if (!m) return;
    menunggu.delete(j.id);
    if ("galat" in j) m.tolak(new Error(`gagal menyusun dokumen: ${j.galat}`));
    else m.terima(Buffer.from(j.isi.buffer, j.isi.byteOffset, j.isi.byteLength));
    if (menunggu.size === 0) w.unref();
  });
  w.on("error", (e) => gagalSemua(e instanceof Error ? e : new Error(String(e))));
  w.on("exit", (code) => {
    if (pekerja === w) gagalSemua(new Error(`penyusun dokumen berhenti (kode ${code})`));
  });
  w.unref(); // an idle worker never keeps the process alive
  pekerja = w;
  return w;
}

/** Renders in the worker thread. */
export function renderDiPekerja(dokumen: Dokumen, format: FormatLaporan): Promise<Buffer> {
  const w = ambilPekerja();
  const id = ++nomor;
  return new Promise<Buffer>((terima, tolak) => {
    menunggu.set(id, { terima, tolak });
    w.ref();
    w.postMessage({ id, dokumen, format });
  });
}

/** Idempotent: installs the same renderer every time. */
export function pasangPenyaji(): void {
  pasangPenyajiDokumen((dokumen, format) =>
    format === "html" ? renderDokumen(dokumen, "html") : renderDiPekerja(dokumen, format),
  );
  // The one-page Hasil SKM as PNG (a fraction of a second; rendered in place).
  pasangPenyajiGambar(async (dokumen) => renderPng(dokumen));
}

/** Stops the worker (server shutdown); the next render starts a new one. */
export async function hentikanPenyaji(): Promise<void> {
  const w = pekerja;
  pekerja = null;
  if (w) await w.terminate();
}
