/**
 * The XLSX form of a table: row 1 a title, row 2 the column headers, data from row 3; column A holds the hidden row
 * id. Editable columns are unlocked, the rest locked (sheet protection without password, a guide, not security).
 * A table that accepts new rows gets unlocked empty rows after its data (ID left empty); one that accepts removal
 * gets a last "Hapus" column ("ya" removes the row). Reading validates the headers, every row id and every cell, and
 * returns the changed cells, new rows and removed rows — or every problem with its row and column, so a malformed
 * file is rejected as a whole. Dates are written as Excel dates shown dd/mm/yyyy.
 */
import type ExcelJS from "exceljs";
import { muatExcelJS } from "./muat-exceljs";
import { MAKS_ANGKA, MAKS_TEKS, salahPanjang } from "../../domain/shared/batas-teks";
import { DomainError } from "../../domain/shared/errors";
import type { BatasImpor } from "../berkas/batas-impor";
import { bacaBerkasDiPekerja } from "../berkas/pembaca";
import type { SelMentah } from "../berkas/sel-mentah";
import type { BarisBaru, BarisHapus, BarisTabel, KolomTabel, NilaiSel, PerubahanSel } from "./definisi";
import { bacaPilihan, bacaSel, hurufKolom, isiSel, samaSel } from "./sel";
import { bacaLembarVersi, tulisLembarVersi } from "./versi-baris";

export const BARIS_JUDUL = 2;
export const BARIS_DATA = 3;
const MAKS_GALAT = 100;

/** The removal column of tables that allow it (last column). */
export const KOLOM_HAPUS: KolomTabel = {
  kunci: "__hapus",
  judul: "Hapus",
  jenis: "teks",
  dapatDiubah: true,
  pilihan: ["ya", "tidak"],
  lebar: 8,
};

export interface GalatSel {
  field: string;
  message: string;
}

export interface OpsiLembar {
  /** Unlocked empty rows for new rows (0: none). */
  barisKosong: number;
  /** A last "Hapus" column. */
  hapus: boolean;
}

/** "Baris 5, kolom G (Realisasi)": where a problem is, as the operator sees it in Excel. */
export function tempat(baris: number, kolom: number, judul: string): string {
  return `Baris ${baris}, kolom ${hurufKolom(kolom)} (${judul})`;
}

function nilaiXlsx(v: NilaiSel, kolom: KolomTabel): ExcelJS.CellValue {
  if (v === null) return null;
  if (kolom.jenis === "angka" || kolom.jenis === "bulat") return Number(v);
  if (kolom.jenis === "tanggal") {
    const [y, m, d] = String(v).split("-").map(Number);
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  }
  return String(v);
}

function bentukSel(cell: ExcelJS.Cell, k: KolomTabel, terbuka: boolean) {
  if (k.jenis === "angka") cell.numFmt = "#,##0.00##";
  if (k.jenis === "tanggal") cell.numFmt = "dd/mm/yyyy";
  if (k.jenis === "target" || k.jenis === "teks" || k.jenis === "daftar") cell.numFmt = "@";
  cell.protection = { locked: !terbuka };
  cell.alignment = { wrapText: k.jenis === "teks" || k.jenis === "daftar", vertical: "top" };
  const daftar = k.pilihan?.join(",") ?? "";
  if (terbuka && k.pilihan && daftar.length < 250 && !k.pilihan.some((p) => p.includes(",") || p.includes('"'))) {
    cell.dataValidation = { type: "list", allowBlank: true, formulae: [`"${daftar}"`] };
  }
}

export async function tulisXlsx(
  judul: string,
  kolomTabel: KolomTabel[],
  baris: BarisTabel[],
  opsi: { templat: boolean } & OpsiLembar,
): Promise<Uint8Array> {
  const kolom = opsi.hapus ? [...kolomTabel, KOLOM_HAPUS] : kolomTabel;
  const wb = new (muatExcelJS().Workbook)();
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
    const isian = k.dapatDiubah || k.hanyaBaru;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: isian ? "FFFFF3BF" : "FFE9ECEF" } };
    ws.getColumn(i + 2).width = k.lebar ?? 16;
  });
  baris.forEach((b, r) => {
    const row = ws.getRow(BARIS_DATA + r);
    row.getCell(1).value = b.id;
    kolom.forEach((k, i) => {
      const cell = row.getCell(i + 2);
      const kosongkan = opsi.templat && k.dapatDiubah;
      cell.value = kosongkan ? null : nilaiXlsx(b.nilai[k.kunci] ?? null, k);
      bentukSel(cell, k, k.dapatDiubah && !b.terkunci?.[k.kunci]);
    });
  });
  for (let r = 0; r < opsi.barisKosong; r++) {
    const row = ws.getRow(BARIS_DATA + baris.length + r);
    row.getCell(1).protection = { locked: false };
    kolom.forEach((k, i) => bentukSel(row.getCell(i + 2), k, k.dapatDiubah || !!k.hanyaBaru));
  }
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: opsi.barisKosong > 0,
  });
  await tulisLembarVersi(wb, baris);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface HasilBaca {
  perubahan: PerubahanSel[];
  baru: BarisBaru[];
  hapus: BarisHapus[];
  /** Sheet row of every existing row found in the file. */
  barisId: Map<string, number>;
  galat: GalatSel[];
  /** Row versions of the hidden sheet (ID → version); null for a file exported before it existed (ADR 0016). */
  versi: Map<string, string> | null;
}

/**
 * The column's maximum length (the same as its JSON contract's), checked before the cell is parsed: a 1 MB name is
 * refused at its row and column, never handed to the database (issue 18 finding 7).
 */
function periksaPanjang(v: unknown, k: KolomTabel): void {
  const isi = isiSel(v);
  if (typeof isi !== "string") return;
  const angka = k.jenis === "angka" || k.jenis === "bulat";
  const maks = k.maks ?? (angka ? MAKS_ANGKA : MAKS_TEKS);
  const bagian = k.jenis === "daftar" ? isi.split(/\r?\n/) : [isi];
  for (const b of bagian) {
    const salah = salahPanjang(b, maks);
    if (salah) throw new DomainError("terlalu_panjang", k.jenis === "daftar" ? `satu butir ${salah}` : salah);
  }
}

/** Reads, checks and normalises one cell: length, type, allowed values, the column's own check. */
function sel(v: unknown, k: KolomTabel, lama: NilaiSel | undefined): NilaiSel {
  periksaPanjang(v, k);
  if (k.jenis === "teks" && k.periksa && typeof v === "number" && !Number.isSafeInteger(v)) {
    throw new DomainError(
      "angka_terpotong",
      "tulis sebagai teks (format sel Teks): angka sepanjang ini terpotong Excel",
    );
  }
  const baru = bacaSel(v, k.jenis);
  if (baru === null || (lama !== undefined && samaSel(lama, baru, k.jenis))) return baru;
  let hasil: NilaiSel = baru;
  if (k.pilihan) hasil = bacaPilihan(String(hasil), k.pilihan);
  if (k.periksa) hasil = k.periksa(String(hasil));
  return hasil;
}

/** The cells of a read sheet, by 1-based row and column (an empty cell: null). */
class Lembar {
  constructor(private readonly baris: SelMentah[][]) {}
  get jumlahBaris(): number {
    return this.baris.length;
  }
  nilai(r: number, c: number): SelMentah {
    return this.baris[r - 1]?.[c - 1] ?? null;
  }
}

/** A header or ID cell as trimmed text (an Excel error there reads as its code, caught by the header check). */
function teksJudul(v: SelMentah): string {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.galat;
  return String(isiSel(v) ?? "").trim();
}

export async function bacaXlsx(
  isi: Uint8Array,
  kolomTabel: KolomTabel[],
  sekarang: BarisTabel[],
  opsi: { tambah: boolean; hapus: boolean; batas: BatasImpor },
): Promise<HasilBaca> {
  const kolom = opsi.hapus ? [...kolomTabel, KOLOM_HAPUS] : kolomTabel;
  // the safe reader (worker thread, SAKIP_IMPOR_* limits, only the cells present in the file): its first sheet
  const { lembar } = await bacaBerkasDiPekerja(isi, opsi.batas, "nilai");
  const pertama = lembar[0];
  if (!pertama) throw new DomainError("berkas_kosong", "Berkas XLSX tidak memiliki lembar kerja", { errors: [] });
  const ws = new Lembar(pertama.baris);
  const galat: GalatSel[] = [];
  const judulA = teksJudul(ws.nilai(BARIS_JUDUL, 1));
  if (judulA !== "ID")
    galat.push({ field: tempat(BARIS_JUDUL, 1, "ID"), message: `judul kolom harus "ID", tertulis "${judulA}"` });
  kolom.forEach((k, i) => {
    const ada = teksJudul(ws.nilai(BARIS_JUDUL, i + 2));
    if (ada !== k.judul)
      galat.push({
        field: tempat(BARIS_JUDUL, i + 2, k.judul),
        message: `judul kolom harus "${k.judul}", tertulis "${ada.slice(0, 100)}"`,
      });
  });
  if (galat.length) tolak(galat);

  const peta = new Map(sekarang.map((b) => [b.id, b]));
  const terlihat = new Set<string>();
  const versi = bacaLembarVersi(lembar);
  const hasil: HasilBaca = { perubahan: [], baru: [], hapus: [], barisId: new Map(), galat, versi };
  const iHapus = kolom.length + 1;
  for (let r = BARIS_DATA; r <= ws.jumlahBaris && galat.length < MAKS_GALAT; r++) {
    const row = { getCell: (c: number) => ({ value: ws.nilai(r, c) }) };
    // the Hapus cell alone does not make a row (an empty row marked "ya" is skipped)
    const kosong = [1, ...kolomTabel.map((_, i) => i + 2)].every((c) => {
      const v = row.getCell(c).value;
      return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
    });
    if (kosong) continue;
    const id = teksJudul(row.getCell(1).value);
    let hapus = false;
    if (opsi.hapus) {
      try {
        hapus = sel(row.getCell(iHapus).value, KOLOM_HAPUS, undefined) === "ya";
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        galat.push({ field: tempat(r, iHapus, KOLOM_HAPUS.judul), message: e.message });
        continue;
      }
    }
    if (!id && opsi.tambah) {
      if (!hapus) bacaBaru(row, r, kolomTabel, hasil);
      continue;
    }
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
    hasil.barisId.set(id, r);
    if (hapus) {
      hasil.hapus.push({ id, baris: r });
      continue;
    }
    kolomTabel.forEach((k, i) => {
      const lama = asal.nilai[k.kunci] ?? null;
      let baru: NilaiSel;
      try {
        baru = sel(row.getCell(i + 2).value, k, lama);
      } catch (e) {
        if (e instanceof DomainError) galat.push({ field: tempat(r, i + 2, k.judul), message: e.message });
        else throw e;
        return;
      }
      if (samaSel(lama, baru, k.jenis)) return;
      const kunci = asal.terkunci?.[k.kunci];
      if (!k.dapatDiubah || kunci) {
        galat.push({
          field: tempat(r, i + 2, k.judul),
          message: kunci ?? "kolom ini tidak dapat diubah lewat impor (kunci atau hasil hitungan)",
        });
        return;
      }
      if (k.wajib && baru === null) {
        galat.push({ field: tempat(r, i + 2, k.judul), message: "wajib diisi" });
        return;
      }
      hasil.perubahan.push({ id, baris: r, kunci: k.kunci, kolom: k.judul, dari: lama, ke: baru });
    });
  }
  if (galat.length) tolak(galat);
  return hasil;
}

/** A new row: its editable (and new-row-only) cells; read-only cells of a new row are computed and ignored. */
function bacaBaru(
  row: { getCell(c: number): { value: SelMentah } },
  r: number,
  kolom: KolomTabel[],
  hasil: HasilBaca,
): void {
  const nilai: Record<string, NilaiSel> = {};
  kolom.forEach((k, i) => {
    if (!k.dapatDiubah && !k.hanyaBaru) return;
    try {
      nilai[k.kunci] = sel(row.getCell(i + 2).value, k, undefined);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      hasil.galat.push({ field: tempat(r, i + 2, k.judul), message: e.message });
      return;
    }
    if (k.wajib && nilai[k.kunci] === null)
      hasil.galat.push({ field: tempat(r, i + 2, k.judul), message: "wajib diisi untuk baris baru" });
  });
  hasil.baru.push({ baris: r, nilai });
}

export function tolak(galat: GalatSel[]): never {
  const pertama = galat[0];
  throw new DomainError(
    "berkas_ditolak",
    `Berkas ditolak, tidak ada data yang disimpan: ${galat.length} kesalahan. ${pertama ? `${pertama.field}: ${pertama.message}` : ""}`.trim(),
    { errors: galat },
  );
}
