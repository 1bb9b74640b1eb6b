/**
 * Kode program / kegiatan / sub-kegiatan of Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021.
 * Canonical form U.BB.PP.K.KK.SSSS, e.g. "7.01.02.2.02.0003"; penunjang lines use X.XX (printed "0.00").
 * NOTE: regulations.md §5 (pattern, seed decoding, 4-digit sub-kegiatan since the 2021 update).
 */
import { DomainError } from "../shared/errors";
import { isKodeUnit, parseKodeUnit, type UnitOrganisasi } from "./kode-unit";

export type KodeLevel = "program" | "kegiatan" | "sub-kegiatan";

export interface Kode {
  level: KodeLevel;
  /** One digit ("7" = Unsur Kewilayahan) or "X" for penunjang lines (printed "0"). */
  urusan: string;
  /** Two digits ("01" = Kecamatan) or "XX" for penunjang lines (printed "00"). */
  bidang: string;
  /** Two digits, e.g. "02". */
  program: string;
  /** 1 = Provinsi, 2 = Kabupaten/Kota; absent on program codes. */
  kegiatanLevel?: 1 | 2;
  /** Two digits, e.g. "02"; absent on program codes. */
  kegiatan?: string;
  /** Four digits, e.g. "0003"; only on sub-kegiatan codes. */
  subKegiatan?: string;
  /** Unit organisasi when the source code carried one (seed print or "unit full" SIPD pair). */
  unit?: UnitOrganisasi;
  /** Full nomenclature, e.g. "X.XX.01.2.01.0001", "7.01.02.2.02.0003", "7.01.02". */
  canonical: string;
  /** The value as given. */
  raw: string;
}

export interface ParseKodeOptions {
  /** The row is a PROGRAM row: keep only the program part (the seed prints "1.2.01" on the PROGRAM 01 row). */
  program?: boolean;
}

const URUSAN_BIDANG = /^([0-9X])\.(\d{2}|XX)$/i;
// Short form printed by the seed: P.K.KK[.S] (program, kegiatan level, kegiatan, sub-kegiatan). NOTE: SEED 1720-1806.
const SHORT = /^(\d{1,2})(?:\.([0-9])\.(\d{1,2})(?:\.(\d{1,4}))?)?$/;
// Full nomenclature U.BB.PP[.K.KK[.SS|.SSSS]]; 2-digit sub-kegiatan is the original 90/2019 form (regulations.md §5).
const FULL = /^([0-9X])\.(\d{2}|XX)\.(\d{2})(?:\.([0-9])\.(\d{2})(?:\.(\d{2}|\d{4}))?)?$/i;

/**
 * Parse a program/kegiatan/sub-kegiatan code in one of the accepted forms and normalise it:
 * seed print "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3" (unit may also be SIPD form), full nomenclature
 * "7.01.02.2.02.0003" (or 2-digit sub "…2.02.03"), or an SIPD pair "7.01.0.00.0.00.03.0000 7.01.02.2.02.0003".
 * Throws DomainError("kode_tidak_valid") naming the value.
 */
export function parseKode(value: string, options: ParseKodeOptions = {}): Kode {
  const raw = value;
  const v = value.trim().replace(/\s+/g, " ");
  const seedParts = v.split(/\s+\.\s+/);
  if (seedParts.length === 3) return fromSeed(raw, seedParts as [string, string, string], options);
  if (seedParts.length !== 1) throw invalid(raw, 'bentuk cetak harus "urusan.bidang . unit . program.kegiatan.sub"');
  const pair = v.split(" ");
  if (pair.length === 2 && isKodeUnit(pair[0] ?? "")) {
    return { ...fromFull(raw, pair[1] ?? "", options), unit: parseKodeUnit(pair[0] ?? "") };
  }
  if (isKodeUnit(v)) {
    throw invalid(raw, "ini kode unit organisasi, bukan kode program/kegiatan/sub-kegiatan");
  }
  return fromFull(raw, v, options);
}

/**
 * One-entry memo of the last unit segment: every row of a report repeats the same unit. The cached value is
 * immutable data, so sharing it between Kode objects is safe.
 */
const unitMemo: { text: string; unit: UnitOrganisasi | undefined } = { text: "", unit: undefined };

function fromSeed(raw: string, [ub, unitText, short]: [string, string, string], options: ParseKodeOptions): Kode {
  const m = URUSAN_BIDANG.exec(ub);
  const s = SHORT.exec(short);
  if (!m || !s) throw invalid(raw, 'bentuk cetak yang diterima "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3"');
  let unit: UnitOrganisasi;
  try {
    unit = unitMemo.text === unitText && unitMemo.unit ? unitMemo.unit : parseKodeUnit(unitText);
  } catch {
    throw invalid(raw, `bagian unit organisasi "${unitText}" tidak dikenal`);
  }
  unitMemo.text = unitText;
  unitMemo.unit = unit;
  const [urusan, bidang] = urusanBidang(raw, m[1] ?? "", m[2] ?? "");
  return build(raw, { urusan, bidang, program: s[1], level: s[2], kegiatan: s[3], sub: s[4], unit }, options);
}

function fromFull(raw: string, v: string, options: ParseKodeOptions): Kode {
  const f = FULL.exec(v);
  if (!f) {
    throw invalid(raw, 'bentuk yang diterima "7.01.02.2.02.0003", "X.XX.01.2.01.0001" atau cetakan LKjIP');
  }
  const [urusan, bidang] = urusanBidang(raw, f[1] ?? "", f[2] ?? "");
  return build(raw, { urusan, bidang, program: f[3], level: f[4], kegiatan: f[5], sub: f[6] }, options);
}

function urusanBidang(raw: string, u: string, b: string): [string, string] {
  const uu = u.toUpperCase();
  const bb = b.toUpperCase();
  // NOTE: regulations.md §5 row A — "0.00" on penunjang lines is the nomenclature's X.XX.
  if ((uu === "0" || uu === "X") && (bb === "00" || bb === "XX")) return ["X", "XX"];
  if (uu === "0" || uu === "X" || bb === "00" || bb === "XX") throw invalid(raw, `urusan.bidang "${u}.${b}" tidak sah`);
  return [uu, bb];
}

interface Parts {
  urusan: string;
  bidang: string;
  program: string | undefined;
  level: string | undefined;
  kegiatan: string | undefined;
  sub: string | undefined;
  unit?: UnitOrganisasi;
}

function build(raw: string, p: Parts, options: ParseKodeOptions): Kode {
  const program = pad(raw, p.program, 2, "program");
  const base = `${p.urusan}.${p.bidang}.${program}`;
  // Plain literals with a fixed property order (no spreads): this runs once per row of large reports.
  const k: Kode = { level: "program", urusan: p.urusan, bidang: p.bidang, program, canonical: base, raw };
  if (p.unit) k.unit = p.unit;
  if (options.program || p.kegiatan === undefined) return k;
  if (p.level !== "1" && p.level !== "2") throw invalid(raw, `tingkat kegiatan "${p.level}" harus 1 (provinsi) atau 2`);
  const kegiatanLevel = p.level === "1" ? 1 : 2;
  const kegiatan = pad(raw, p.kegiatan, 2, "kegiatan");
  k.kegiatanLevel = kegiatanLevel;
  k.kegiatan = kegiatan;
  k.canonical = `${base}.${kegiatanLevel}.${kegiatan}`;
  if (p.sub === undefined) {
    k.level = "kegiatan";
    return k;
  }
  k.level = "sub-kegiatan";
  k.subKegiatan = pad(raw, p.sub, 4, "sub-kegiatan");
  k.canonical = `${k.canonical}.${k.subKegiatan}`;
  return k;
}

function pad(raw: string, part: string | undefined, width: number, name: string): string {
  if (part === undefined || !/^\d+$/.test(part) || Number(part) === 0) throw invalid(raw, `nomor ${name} tidak sah`);
  return part.padStart(width, "0");
}

function invalid(raw: string, why: string): DomainError {
  return new DomainError("kode_tidak_valid", `Kode "${raw}" tidak dapat dibaca: ${why}`, { field: "kode", value: raw });
}

/** Canonical code of the parent node: sub-kegiatan → kegiatan → program; undefined for a program. */
export function kodeInduk(kode: Kode): string | undefined {
  if (kode.level === "program") return undefined;
  return kode.level === "kegiatan" ? kanonikProgram(kode.canonical) : kanonikKegiatan(kode.canonical);
}

/** The same code cut to a higher level (sub-kegiatan → kegiatan or program; kegiatan → program). */
export function potongKode(kode: Kode, level: KodeLevel): Kode {
  const rank = { program: 0, kegiatan: 1, "sub-kegiatan": 2 } as const;
  if (rank[level] > rank[kode.level]) {
    throw new DomainError("kode_tidak_valid", `Kode "${kode.canonical}" tidak dapat diturunkan ke tingkat ${level}`, {
      field: "kode",
      value: kode.canonical,
    });
  }
  if (level === kode.level) return kode;
  const k: Kode = {
    level,
    urusan: kode.urusan,
    bidang: kode.bidang,
    program: kode.program,
    canonical: "",
    raw: kode.raw,
  };
  if (kode.unit) k.unit = kode.unit;
  if (level === "program") {
    k.canonical = kanonikProgram(kode.canonical);
    return k;
  }
  k.kegiatanLevel = kode.kegiatanLevel;
  k.kegiatan = kode.kegiatan;
  k.canonical = kanonikKegiatan(kode.canonical);
  return k;
}

/** Canonical program code of any canonical code: its first 7 characters ("7.01.02", "X.XX.01"). */
export function kanonikProgram(canonical: string): string {
  return canonical.slice(0, 7);
}

/** Canonical kegiatan code of a kegiatan or sub-kegiatan canonical code: its first 12 characters ("7.01.02.2.02"). */
export function kanonikKegiatan(canonical: string): string {
  return canonical.slice(0, 12);
}
