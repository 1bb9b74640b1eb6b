/**
 * XLSX: one sheet per table (numbered tables as "Tabel 3.2", appendix tables by name), numbers written as numbers
 * with number formats (Excel shows them with the reader's separators; id-ID shows 3.135.926.319 and 94,71%), merged
 * header cells, and JUMLAH/TOTAL rows as SUM formulas with their results supplied (exceljs does not calculate).
 * A total becomes a formula only when it equals the sum of the plain rows above it, so a formula never lies.
 * NOTE: stack-notes row 7 (exceljs keeps formulas and numFmt; supply `result`).
 */
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";
import { type Dec, dec, sum } from "../../domain/shared/decimal";
import type { Dokumen, FormatAngka, Sel, Tabel } from "../model/dokumen";
import { nomoriDokumen, type Penomoran, teksPolos } from "../model/penomoran";
import { tataLetak } from "./grid";

function formatAngka(f: FormatAngka, nilai: Dec): string {
  switch (f) {
    case "persen":
      return "0.00%";
    case "angka6":
      return "0.000000";
    case "angka2":
      return "#,##0.00";
    case "bulat":
      return "#,##0";
    case "rupiah":
      return nilai.isInteger() ? "#,##0" : "#,##0.00";
    case "desimal": {
      const dp = nilai.decimalPlaces();
      return dp > 0 ? `#,##0.${"0".repeat(dp)}` : "#,##0";
    }
  }
}

function namaSheet(t: Tabel, p: Penomoran, dipakai: Set<string>): string {
  const e = p.entri.get(t.id);
  let dasar = (e ? `${e.jenis} ${e.nomor}` : t.judul || t.id)
    .replace(/[[\]:*?/\\]/g, " ")
    .slice(0, 31)
    .trim();
  let n = 2;
  const asli = dasar;
  while (dipakai.has(dasar.toLowerCase())) dasar = `${asli.slice(0, 27)} (${n++})`;
  dipakai.add(dasar.toLowerCase());
  return dasar;
}

const LABEL_TOTAL = /^(jumlah|total)$/i;

function tulisTabel(ws: ExcelJS.Worksheet, t: Tabel, p: Penomoran): void {
  const e = p.entri.get(t.id);
  ws.getCell(1, 1).value = `${e ? `${e.jenis} ${e.nomor} ` : ""}${t.judul}`;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  const awal = 3;
  const semua = [...t.kepala, ...t.badan];
  const pos = tataLetak(semua);
  const nilai = new Map<string, { sel: Sel; d: Dec | null }>();
  for (const { baris, kolom, sel } of pos) {
    const r = awal + baris;
    const c = kolom + 1;
    const cell = ws.getCell(r, c);
    const kepala = baris < t.kepala.length;
    if (sel.angka) {
      const d = dec(sel.angka.nilai);
      cell.value = sel.angka.format === "persen" ? d.div(100).toNumber() : d.toNumber();
      cell.numFmt = formatAngka(sel.angka.format, d);
      nilai.set(`${baris}:${kolom}`, { sel, d });
    } else {
      cell.value = teksPolos(sel.isi, p);
      nilai.set(`${baris}:${kolom}`, { sel, d: null });
    }
    cell.alignment = {
      wrapText: true,
      vertical: "middle",
      horizontal: sel.rata === "tengah" || kepala ? "center" : sel.rata === "kanan" ? "right" : "left",
    };
    if (sel.tebal || kepala) cell.font = { bold: true };
    if (kepala) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EDF5" } };
    const w = sel.rentangKolom ?? 1;
    const h = sel.rentangBaris ?? 1;
    if (w > 1 || h > 1) ws.mergeCells(r, c, r + h - 1, c + w - 1);
    if (!t.tanpaGaris) {
      const tipis = { style: "thin" as const };
      for (let i = 0; i < h; i++)
        for (let j = 0; j < w; j++)
          ws.getCell(r + i, c + j).border = { top: tipis, left: tipis, bottom: tipis, right: tipis };
    }
  }
  rumusJumlah(ws, t, p, pos, nilai, awal);
  const total = t.lebarKolom.reduce((a, x) => a + x, 0);
  t.lebarKolom.forEach((w, i) => (ws.getColumn(i + 1).width = Math.max(6, Math.round((w / total) * 120))));
  if (t.sumber) ws.getCell(awal + semua.length + 1, 1).value = `Sumber: ${t.sumber}`;
}

/** JUMLAH/TOTAL rows: SUM over the plain (not bold) rows above when it reproduces the value. */
function rumusJumlah(
  ws: ExcelJS.Worksheet,
  t: Tabel,
  p: Penomoran,
  pos: ReturnType<typeof tataLetak>,
  nilai: Map<string, { sel: Sel; d: Dec | null }>,
  awal: number,
): void {
  const h = t.kepala.length;
  for (const { baris, sel } of pos) {
    if (baris < h || !LABEL_TOTAL.test(teksPolos(sel.isi, p).trim())) continue;
    const atas = Array.from({ length: baris - h }, (_, i) => h + i);
    for (const { baris: b2, kolom, sel: s2 } of pos) {
      if (
        b2 !== baris ||
        !s2.angka ||
        (s2.angka.format !== "rupiah" && s2.angka.format !== "bulat" && s2.angka.format !== "desimal")
      )
        continue;
      const data = atas.map((r) => nilai.get(`${r}:${kolom}`)).filter((x) => x && x.d !== null && !x.sel.tebal) as {
        d: Dec;
      }[];
      if (data.length === 0 || data.length !== atas.filter((r) => nilai.get(`${r}:${kolom}`)?.d != null).length)
        continue;
      if (!sum(data.map((x) => x.d)).eq(dec(s2.angka.nilai))) continue;
      const col = ws.getColumn(kolom + 1).letter;
      const cell = ws.getCell(awal + baris, kolom + 1);
      cell.value = {
        formula: `SUM(${col}${awal + h}:${col}${awal + baris - 1})`,
        result: dec(s2.angka.nilai).toNumber(),
      };
    }
  }
}

/** The workbook bytes: a "Daftar Tabel" index sheet and one sheet per table. */
export async function renderXlsx(dok: Dokumen): Promise<Buffer> {
  const p = nomoriDokumen(dok);
  const wb = new (createRequire(import.meta.url)("exceljs") as typeof ExcelJS).Workbook();
  wb.creator = "SAKIP";
  wb.title = dok.judul;
  const indeks = wb.addWorksheet("Daftar Tabel");
  indeks.getCell(1, 1).value = dok.judul;
  indeks.getCell(1, 1).font = { bold: true, size: 13 };
  indeks.getRow(3).values = ["Lembar", "Judul"];
  indeks.getRow(3).font = { bold: true };
  indeks.getColumn(1).width = 24;
  indeks.getColumn(2).width = 100;
  const dipakai = new Set<string>(["daftar tabel"]);
  let r = 4;
  for (const b of dok.bagian) {
    for (const x of b.blok) {
      if (x.jenis !== "tabel" || x.tanpaGaris || x.badan.length === 0) continue;
      const nama = namaSheet(x, p, dipakai);
      tulisTabel(wb.addWorksheet(nama), x, p);
      indeks.getRow(r++).values = [nama, x.judul];
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
