/**
 * Fixture generator: the SIPD "Laporan Realisasi per Sub Kegiatan" (ADR 0040) built from the seed's appendix (LKjIP
 * 2023 Kecamatan Sei Balai, Lampiran "Laporan Pengawasan Anggaran", SEED 1709-1807) — as XLSX (exceljs) and as PDF
 * (pdf-lib, one text item per cell at its column's x).
 * Layout (as the issue describes the export; our reconstruction, not copied from a real SIPD file):
 *   title lines: PEMERINTAH KABUPATEN BATU BARA / LAPORAN REALISASI PER SUB KEGIATAN / TAHUN ANGGARAN 2023 /
 *   "Unit Organisasi : 7.01.0.00.0.00.03.0000 Kecamatan Sei Balai" / "s.d. 31 Desember 2023";
 *   header: KODE | NAMA PROGRAM / KEGIATAN / SUB KEGIATAN | ANGGARAN | REALISASI | SISA | %;
 *   one row per program, kegiatan and sub-kegiatan in order, with the full dotted code (7.01.02.2.02.0003) and the
 *   program/kegiatan figures summed from their sub-kegiatan; a closing JUMLAH row.
 * Figures: anggaran and REALISASI TOTAL of each sub-kegiatan as printed in the seed; sisa and % computed.
 */
import ExcelJS from "exceljs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { formatRupiah, parsePengawasan } from "../../src/domain/anggaran";
import { type Dec, dec, sum } from "../../src/domain/shared/decimal";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";

export const JUDUL_SIPD = ["KODE", "NAMA PROGRAM / KEGIATAN / SUB KEGIATAN", "ANGGARAN", "REALISASI", "SISA", "%"];

const persen = (r: Dec, a: Dec): string => (a.isZero() ? "0,00" : formatPersenId(r.div(a).times(100)));
const formatPersenId = (v: Dec): string => v.toDecimalPlaces(2, 4).toFixed(2).replace(".", ",");

/** The report's rows (title lines, header, data, JUMLAH) as cell texts. */
export function barisSipd(): string[][] {
  const rows = seiBalaiTsv()
    .replace(/\n$/, "")
    .split("\n")
    .map((l) => l.split("\t"));
  const h = parsePengawasan(rows);
  const subs = h.baris.flatMap((b) =>
    b.jenis === "sub-kegiatan"
      ? [{ kode: b.kode.canonical, anggaran: b.nilai.anggaran!.nilai, realisasi: b.nilai.total!.nilai }]
      : [],
  );
  const baris = (kode: string, nama: string, a: Dec, r: Dec): string[] => [
    kode,
    nama,
    formatRupiah(a),
    formatRupiah(r),
    formatRupiah(a.minus(r)),
    persen(r, a),
  ];
  const out: string[][] = [
    ["PEMERINTAH KABUPATEN BATU BARA"],
    ["LAPORAN REALISASI PER SUB KEGIATAN"],
    ["TAHUN ANGGARAN 2023"],
    ["Unit Organisasi : 7.01.0.00.0.00.03.0000 Kecamatan Sei Balai"],
    ["s.d. 31 Desember 2023"],
    [],
    JUDUL_SIPD,
  ];
  const sudah = new Set<string>();
  for (const b of h.baris) {
    if (b.jenis !== "program" && b.jenis !== "kegiatan" && b.jenis !== "sub-kegiatan") continue;
    const kode = b.kode.canonical;
    if (sudah.has(kode)) continue;
    sudah.add(kode);
    const anak = subs.filter((s) => s.kode === kode || s.kode.startsWith(`${kode}.`));
    out.push(baris(kode, b.uraian, sum(anak.map((s) => s.anggaran)), sum(anak.map((s) => s.realisasi))));
  }
  const j = baris("", "JUMLAH", sum(subs.map((s) => s.anggaran)), sum(subs.map((s) => s.realisasi)));
  out.push(j);
  return out;
}

/** Σ anggaran and Σ realisasi of the sub-kegiatan (what an import must show). */
export function jumlahSipd(): { anggaran: Dec; realisasi: Dec } {
  const j = barisSipd().at(-1)!;
  return {
    anggaran: dec(j[2]!.replace(/\./g, "").replace(",", ".")),
    realisasi: dec(j[3]!.replace(/\./g, "").replace(",", ".")),
  };
}

export async function xlsxSipd(rows: string[][] = barisSipd()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Realisasi");
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Landscape A4 pages, 7-pt Helvetica, one text item per cell at the column's x; long names cut to fit. */
export async function pdfSipd(rows: string[][] = barisSipd()): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const X = [20, 110, 470, 560, 650, 740];
  let page = pdf.addPage([842, 595]);
  let y = 560;
  for (const r of rows) {
    if (y < 30) {
      page = pdf.addPage([842, 595]);
      y = 560;
    }
    r.forEach((c, j) => {
      if (c === "") return;
      const teks = j === 1 && c.length > 95 ? c.slice(0, 95) : c;
      page.drawText(teks, { x: r.length === 1 ? 20 : X[j]!, y, size: 7, font });
    });
    y -= 12;
  }
  return pdf.save();
}
