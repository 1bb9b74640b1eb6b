/**
 * Reading and comparing XLSX cells: exceljs values (number, string, rich text, formula result, date) to the column's
 * machine form, with the Indonesian message naming what is wrong. Decimals are compared exactly (Dec), so an exported
 * "80.50" read back as the number 80.5 is unchanged.
 */
import { parseTarget } from "../../domain/capaian/target";
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
    const o = v as { result?: unknown; richText?: Array<{ text: string }>; text?: string; error?: string };
    if (o.error) throw new DomainError("sel_galat", `sel berisi galat Excel ${o.error}`);
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
  }
}

/** Equality of two normalised cells of one type (decimals exactly, texts trimmed). */
export function samaSel(a: NilaiSel, b: NilaiSel, jenis: JenisSel): boolean {
  if (a === null || b === null) return a === b;
  if (jenis === "angka" || jenis === "bulat") return dec(a).eq(dec(b));
  return String(a).trim() === String(b).trim();
}

/** Column letter of a 1-based index (1 → A, 27 → AA). */
export function hurufKolom(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
