/**
 * Stamps the verification block on the last page of a PDF (ADR 0032): a QR (drawn as vector squares, so it needs
 * no image and stays sharp when printed) pointing to the public verification page, the signer, the time, the
 * address, and the footer text of the provider. pdf-lib rewrites the file; the SHA-256 is taken of what comes out
 * (after the gateway, for BSrE), never of the input.
 */
import type { PDFDocument } from "pdf-lib";
import { DomainError } from "../../domain/shared/errors";

export interface IsiStempel {
  urlVerifikasi: string;
  kode: string;
  baris: string[];
  catatanKaki: string;
}

/** Helvetica (WinAnsi) cannot draw every character: keep Latin-1, replace the rest. */
function aman(t: string): string {
  return t
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e\xa0-\xff]/g, "?");
}

function bungkus(teks: string, lebarMaks: number, ukur: (s: string) => number): string[] {
  const hasil: string[] = [];
  let baris = "";
  for (const kata of teks.split(/\s+/)) {
    const coba = baris ? `${baris} ${kata}` : kata;
    if (ukur(coba) > lebarMaks && baris) {
      hasil.push(baris);
      baris = kata;
    } else baris = coba;
  }
  if (baris) hasil.push(baris);
  return hasil;
}

export async function bacaPdf(isi: Uint8Array): Promise<PDFDocument> {
  if (isi.length < 5 || Buffer.from(isi.subarray(0, 5)).toString("latin1") !== "%PDF-")
    throw new DomainError("berkas_bukan_pdf", "berkas: bukan PDF (tidak diawali %PDF-)", { field: "berkas" });
  try {
    // pdf-lib and qrcode load on first use, not at server start-up (issue 16)
    const { PDFDocument } = await import("pdf-lib");
    return await PDFDocument.load(isi, { updateMetadata: false });
  } catch {
    throw new DomainError("pdf_tidak_terbaca", "berkas: PDF tidak dapat dibaca (rusak atau terenkripsi)", {
      field: "berkas",
    });
  }
}

export async function stempelPdf(isi: Uint8Array, s: IsiStempel): Promise<Uint8Array> {
  const doc = await bacaPdf(isi);
  const { rgb, StandardFonts } = await import("pdf-lib");
  const { default: QRCode } = await import("qrcode");
  const halaman = doc.getPages();
  const hal = halaman[halaman.length - 1];
  if (!hal) throw new DomainError("pdf_kosong", "berkas: PDF tidak memiliki halaman", { field: "berkas" });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const tebal = await doc.embedFont(StandardFonts.HelveticaBold);
  const { width } = hal.getSize();
  const tepi = 28;
  const sisi = 62;
  // QR as squares: modules from the qrcode package (error correction M survives a fold of the printout)
  const qr = QRCode.create(s.urlVerifikasi, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const m = sisi / (n + 2);
  hal.drawRectangle({ x: tepi, y: tepi, width: sisi, height: sisi, color: rgb(1, 1, 1) });
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c))
        hal.drawRectangle({
          x: tepi + (c + 1) * m,
          y: tepi + sisi - (r + 2) * m,
          width: m,
          height: m,
          color: rgb(0, 0, 0),
        });
  const x = tepi + sisi + 8;
  const lebar = width - x - tepi;
  let y = tepi + sisi - 8;
  const baris = [...s.baris, `Periksa keaslian: ${s.urlVerifikasi} (kode ${s.kode})`];
  baris.forEach((b, i) => {
    for (const potong of bungkus(aman(b), lebar, (t) => (i === 0 ? tebal : font).widthOfTextAtSize(t, 7.5))) {
      hal.drawText(potong, { x, y, size: 7.5, font: i === 0 ? tebal : font, color: rgb(0, 0, 0) });
      y -= 9;
    }
  });
  for (const potong of bungkus(aman(s.catatanKaki), lebar, (t) => font.widthOfTextAtSize(t, 6))) {
    hal.drawText(potong, { x, y, size: 6, font, color: rgb(0.25, 0.25, 0.25) });
    y -= 7.5;
  }
  return doc.save();
}
