/**
 * Worker thread that renders documents (DOCX, PDF, XLSX) off the server's event loop: a PDF or DOCX of the demo LKjIP
 * takes up to a second or two of CPU, during which the server must keep answering. The DOCX's Daftar Isi page numbers
 * are PAGEREF fields the reader's layout fills (ADR 0040), so they are not laid out here.
 * Messages: { id, dokumen, format } → { id, isi } or { id, galat }.
 */
import { parentPort } from "node:worker_threads";
import type { Dokumen } from "../reports/model/dokumen";
import { type FormatLaporan, renderDokumen } from "../reports/render";

interface Permintaan {
  id: number;
  dokumen: Dokumen;
  format: FormatLaporan;
}

parentPort?.on("message", async ({ id, dokumen, format }: Permintaan) => {
  try {
    const b = await renderDokumen(dokumen, format);
    // A Buffer may be a view of a shared pool: copy it into its own ArrayBuffer, which is then transferred.
    const isi = new Uint8Array(b);
    parentPort!.postMessage({ id, isi }, [isi.buffer]);
  } catch (e) {
    parentPort!.postMessage({ id, galat: e instanceof Error ? e.message : String(e) });
  }
});
