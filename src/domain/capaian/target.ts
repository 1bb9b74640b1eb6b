/**
 * Target and realisasi values as operators type them: "85", "85,00", "80–90", "BB (75,00)", "75,00 (BB)".
 */
import { type Dec, parseDecimal } from "../shared/decimal";
import { DomainError } from "../shared/errors";

/** A target: one number, a range (bawah ≤ atas), or a predikat letter with its number (e.g. AKIP "BB (75,00)"). */
export type Target =
  | { jenis: "angka"; nilai: Dec }
  | { jenis: "rentang"; bawah: Dec; atas: Dec }
  | { jenis: "predikat"; huruf: string; nilai: Dec };

/** A realisasi: a number, optionally with the predikat letter it was reported with (e.g. "BB (70,15)"). */
export interface NilaiRealisasi {
  nilai: Dec;
  huruf?: string;
}

// Letters of AKIP predikat (AA..E) and IKM mutu (A..D); 1–2 letters, case-insensitive.
const HURUF = "([A-Za-z]{1,2})";
const PREDIKAT_DEPAN = new RegExp(`^${HURUF}\\s*\\(\\s*([^()]+?)\\s*\\)$`);
const PREDIKAT_BELAKANG = new RegExp(`^([^()]+?)\\s*\\(\\s*${HURUF}\\s*\\)$`);
// NOTE: range separators as written in Renstra/PK tables: "80-90", "80 – 90", "80 s.d. 90", "80 s/d 90", "80 sampai 90".
const RENTANG = /^(-?[\d.,]+)\s*%?\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?)\s*(-?[\d.,]+)\s*%?$/i;

function angka(text: string, field: string): Dec {
  return parseDecimal(text.replace(/%\s*$/, ""), field);
}

function kosong(input: string | undefined | null, field: string): string {
  const text = (input ?? "").trim();
  if (text === "" || text === "-") {
    throw new DomainError(
      "target_kosong",
      `${field}: nilai kosong, isi angka (mis. 85,00), rentang (80-90) atau predikat (BB (75,00))`,
      {
        field,
        value: input ?? null,
      },
    );
  }
  return text;
}

function predikat(text: string): { huruf: string; angka: string } | undefined {
  const depan = PREDIKAT_DEPAN.exec(text);
  if (depan?.[1] && depan[2]) return { huruf: depan[1].toUpperCase(), angka: depan[2] };
  const belakang = PREDIKAT_BELAKANG.exec(text);
  if (belakang?.[1] && belakang[2]) return { huruf: belakang[2].toUpperCase(), angka: belakang[1] };
  return undefined;
}

/**
 * Parse a target: "85" | "85,00" | "80.5" | "80-90" (rentang) | "BB (75,00)" | "75,00 (BB)". A trailing "%" is ignored.
 * Throws DomainError `target_kosong`, `bukan_angka` or `rentang_terbalik` naming `field` and the value.
 */
export function parseTarget(input: string | undefined | null, field = "target"): Target {
  const text = kosong(input, field);
  const p = predikat(text);
  if (p) return { jenis: "predikat", huruf: p.huruf, nilai: angka(p.angka, field) };
  const r = RENTANG.exec(text);
  if (r?.[1] && r[2]) {
    const bawah = angka(r[1], field);
    const atas = angka(r[2], field);
    if (bawah.greaterThan(atas)) {
      throw new DomainError(
        "rentang_terbalik",
        `${field}: rentang "${text}" terbalik, batas bawah harus ≤ batas atas`,
        {
          field,
          value: input,
        },
      );
    }
    return { jenis: "rentang", bawah, atas };
  }
  return { jenis: "angka", nilai: angka(text, field) };
}

/** Parse a realisasi: "80,50" | "80.5" | "BB (70,15)" | "70,15 (BB)". Ranges are refused (bukan_angka). */
export function parseRealisasi(input: string | undefined | null, field = "realisasi"): NilaiRealisasi {
  const text = (input ?? "").trim();
  if (text === "" || text === "-") {
    throw new DomainError("realisasi_kosong", `${field}: nilai kosong`, { field, value: input ?? null });
  }
  const p = predikat(text);
  if (p) return { nilai: angka(p.angka, field), huruf: p.huruf };
  return { nilai: angka(text, field) };
}
