/**
 * Reading and comparing XLSX cells: exceljs values (number, string, rich text, formula result, date) to the column's
 * machine form, with the Indonesian message naming what is wrong. Decimals are compared exactly (Dec), so an exported
 * "80.50" read back as the number 80.5 is unchanged.
 */
import { parseTarget } from "../../domain/capaian/target";
import { isTanggalValid } from "../../domain/format/tanggal";
import { dec } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import { angkaMesin } from "../bersama/angka";
import type { JenisSel, NilaiSel } from "./definisi";

/** The raw text or number of an exceljs cell value (formula → its result; rich text → joined text). */
export function isiSel(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "boolean") return v ? "1" : "0";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as {
      result?: unknown;
      richText?: Array<{ text: string }>;
      text?: string;
      error?: string;
      galat?: string;
    };
    // exceljs's { error } or the safe reader's { galat } (src/services/berkas/sel-mentah.ts)
    const galat = o.error ?? o.galat;
    if (galat) throw new DomainError("sel_galat", `sel berisi galat Excel ${galat}`);
    if ("result" in o) return isiSel(o.result);
    if (o.richText) return isiSel(o.richText.map((r) => r.text).join(""));
    if (typeof o.text === "string") return isiSel(o.text);
  }
  return String(v);
}

/** Validates and normalises one cell for its column type; throws DomainError with an Indonesian message. */
export function bacaSel(v: unknown, jenis: JenisSel): NilaiSel {
  const isi = isiSel(v);
  if (isi === null) return null;
  switch (jenis) {
    case "angka":
      return typeof isi === "number" ? angkaMesin(String(isi), "nilai") : angkaMesin(isi, "nilai");
    case "bulat": {
      const d = typeof isi === "number" ? dec(isi) : dec(angkaMesin(isi, "nilai"));
      if (!d.isInteger() || d.isNegative()) throw new DomainError("bukan_bulat", `"${isi}" harus bilangan bulat ≥ 0`);
      return d.toNumber();
    }
    case "target": {
      const teks = typeof isi === "number" ? String(isi).replace(".", ",") : isi;
      parseTarget(teks, "target");
      return teks;
    }
    case "teks":
      return String(isi);
    case "tanggal":
      return bacaTanggal(isi);
    case "daftar":
      return bacaDaftar(String(isi));
  }
}

/** Days between the Excel epoch (1899-12-30) and 1970-01-01. */
const EPOCH_EXCEL = 25569;

/**
 * A date cell to ISO "yyyy-mm-dd": an Excel date (already ISO from isiSel), an Excel serial number (days since
 * 1899-12-30), "dd/mm/yyyy" (also with "-" or "."), or "yyyy-mm-dd".
 */
export function bacaTanggal(isi: string | number): string {
  let t: { year: number; month: number; day: number } | null = null;
  if (typeof isi === "number") {
    if (Number.isInteger(isi) && isi > 0 && isi < 2958466) {
      const d = new Date((isi - EPOCH_EXCEL) * 86_400_000);
      t = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  } else {
    const id = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(isi.trim());
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(isi.trim());
    if (id) t = { year: Number(id[3]), month: Number(id[2]), day: Number(id[1]) };
    else if (iso) t = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  }
  if (!t || !isTanggalValid(t)) {
    throw new DomainError("bukan_tanggal", `"${isi}" bukan tanggal yang valid (tulis dd/mm/yyyy atau yyyy-mm-dd)`);
  }
  return `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
}

/** A list cell: one item per line, each trimmed, empty lines dropped; null when no item is left. */
export function bacaDaftar(teks: string): string | null {
  const butir = teks
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);
  return butir.length ? butir.join("\n") : null;
}

/** A value matched against the allowed values, case-insensitively; the allowed spelling is returned. */
export function bacaPilihan(v: string, pilihan: readonly string[]): string {
  const cocok = pilihan.find((p) => p.toLowerCase() === v.trim().toLowerCase());
  if (cocok === undefined) throw new DomainError("bukan_pilihan", `"${v}" tidak dikenal; pilih ${pilihan.join(", ")}`);
  return cocok;
}

/** Equality of two normalised cells of one type (decimals exactly, texts trimmed). */
export function samaSel(a: NilaiSel, b: NilaiSel, jenis: JenisSel): boolean {
  if (a === null || b === null) return a === b;
  if (jenis === "angka" || jenis === "bulat") return dec(a).eq(dec(b));
  return String(a).trim() === String(b).trim();
}

export { hurufKolom } from "../berkas/huruf-kolom";
