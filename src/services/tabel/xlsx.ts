/**
 * The XLSX form of a table: row 1 a title, row 2 the column headers, data from row 3; column A holds the hidden row
 * id. Editable columns are unlocked, the rest locked (sheet protection without password, a guide, not security).
 * Reading validates the headers, every row id and every cell, and returns the changed cells — or every problem with
 * its row and column, so a malformed file is rejected as a whole.
 */
import ExcelJS from "exceljs";
import { DomainError } from "../../domain/shared/errors";
import type { BarisTabel, KolomTabel, NilaiSel, PerubahanSel } from "./definisi";
import { bacaSel, hurufKolom, samaSel } from "./sel";

export const BARIS_JUDUL = 2;
export const BARIS_DATA = 3;
const MAKS_GALAT = 100;

export interface GalatSel {
  field: string;
  message: string;
}

function nilaiXlsx(v: NilaiSel, kolom: KolomTabel): ExcelJS.CellValue {
  if (v === null) return null;
  if (kolom.jenis === "angka" || kolom.jenis === "bulat") return Number(v);
  return String(v);
}

export async function tulisXlsx(
  judul: string,
  kolom: KolomTabel[],
  baris: BarisTabel[],
  opsi: { templat: boolean },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP";
  const ws = wb.addWorksheet(judul.slice(0, 31).replace(/[\\/?*[\]:]/g, "-"));
  ws.getCell(1, 2).value = judul;
  ws.getCell(1, 2).font = { bold: true, size: 12 };
  ws.getColumn(1).hidden = true;
  ws.getCell(BARIS_JUDUL, 1).value = "ID";
  kolom.forEach((k, i) => {
    const c = ws.getCell(BARIS_JUDUL, i + 2);
    c.value = k.judul;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: k.dapatDiubah ? "FFFFF3BF" : "FFE9ECEF" } };
    ws.getColumn(i + 2).width = k.lebar ?? 16;
  });
  baris.forEach((b, r) => {
    const row = ws.getRow(BARIS_DATA + r);
    row.getCell(1).value = b.id;
    kolom.forEach((k, i) => {
      const cell = row.getCell(i + 2);
      const kosongkan = opsi.templat && k.dapatDiubah;
      cell.value = kosongkan ? null : nilaiXlsx(b.nilai[k.kunci] ?? null, k);
      if (k.jenis === "angka" && !kosongkan) cell.numFmt = "#,##0.00##";
      if (k.jenis === "target" || k.jenis === "teks") cell.numFmt = "@";
      cell.protection = { locked: !(k.dapatDiubah && !b.terkunci?.[k.kunci]) };
      cell.alignment = { wrapText: k.jenis === "teks", vertical: "top" };
    });
  });
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function bacaXlsx(isi: Uint8Array, kolom: KolomTabel[], sekarang: BarisTabel[]): Promise<PerubahanSel[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(isi.buffer.slice(isi.byteOffset, isi.byteOffset + isi.byteLength) as ArrayBuffer);
  } catch {
    throw new DomainError(
      "berkas_bukan_xlsx",
      "Berkas bukan XLSX yang dapat dibaca (simpan ulang sebagai Excel .xlsx)",
      {
        errors: [{ field: "berkas", message: "bukan XLSX" }],
      },
    );
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new DomainError("berkas_kosong", "Berkas XLSX tidak memiliki lembar kerja", { errors: [] });
  const galat: GalatSel[] = [];
  const tempat = (r: number, c: number, j: string) => `Baris ${r}, kolom ${hurufKolom(c)} (${j})`;
  const judulA = String(ws.getCell(BARIS_JUDUL, 1).value ?? "").trim();
  if (judulA !== "ID")
    galat.push({ field: tempat(BARIS_JUDUL, 1, "ID"), message: `judul kolom harus "ID", tertulis "${judulA}"` });
  kolom.forEach((k, i) => {
    const ada = String(ws.getCell(BARIS_JUDUL, i + 2).value ?? "").trim();
    if (ada !== k.judul)
      galat.push({
        field: tempat(BARIS_JUDUL, i + 2, k.judul),
        message: `judul kolom harus "${k.judul}", tertulis "${ada}"`,
      });
  });
  if (galat.length) tolak(galat);

  const peta = new Map(sekarang.map((b) => [b.id, b]));
  const terlihat = new Set<string>();
  const perubahan: PerubahanSel[] = [];
  for (let r = BARIS_DATA; r <= ws.rowCount && galat.length < MAKS_GALAT; r++) {
    const row = ws.getRow(r);
    const kosong = [1, ...kolom.map((_, i) => i + 2)].every((c) => {
      const v = row.getCell(c).value;
      return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
    });
    if (kosong) continue;
    const id = String(row.getCell(1).value ?? "").trim();
    const asal = peta.get(id);
    if (!asal) {
      galat.push({
        field: tempat(r, 1, "ID"),
        message: id ? `ID baris "${id}" tidak dikenal` : "ID baris kosong; baris baru ditambahkan lewat aplikasi",
      });
      continue;
    }
    if (terlihat.has(id)) {
      galat.push({ field: tempat(r, 1, "ID"), message: `baris dengan ID ini muncul dua kali` });
      continue;
    }
    terlihat.add(id);
    kolom.forEach((k, i) => {
      let baru: NilaiSel;
      try {
        baru = bacaSel(row.getCell(i + 2).value, k.jenis);
      } catch (e) {
        if (e instanceof DomainError) galat.push({ field: tempat(r, i + 2, k.judul), message: e.message });
        else throw e;
        return;
      }
      const lama = asal.nilai[k.kunci] ?? null;
      if (samaSel(lama, baru, k.jenis)) return;
      const kunci = asal.terkunci?.[k.kunci];
      if (!k.dapatDiubah || kunci) {
        galat.push({
          field: tempat(r, i + 2, k.judul),
          message: kunci ?? "kolom ini tidak dapat diubah lewat impor (kunci atau hasil hitungan)",
        });
        return;
      }
      perubahan.push({ id, baris: r, kunci: k.kunci, kolom: k.judul, dari: lama, ke: baru });
    });
  }
  if (galat.length) tolak(galat);
  return perubahan;
}

function tolak(galat: GalatSel[]): never {
  const pertama = galat[0];
  throw new DomainError(
    "berkas_ditolak",
    `Berkas ditolak, tidak ada data yang disimpan: ${galat.length} kesalahan. ${pertama ? `${pertama.field}: ${pertama.message}` : ""}`.trim(),
    { errors: galat },
  );
}
