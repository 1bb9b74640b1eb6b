/**
 * NIP (Nomor Induk Pegawai) of a PNS: 18 digits "YYYYMMDD YYYYMM J NNN" =
 * tanggal lahir (8) · TMT CPNS, tahun dan bulan (6) · jenis kelamin (1: laki-laki, 2: perempuan) · nomor urut (3).
 * NOTE: only checks that are certain: calendar-valid birth date, valid TMT month after the birth month, sex digit
 * 1/2, nomor urut ≥ 001. No age-at-appointment rule and no check against today's date (the domain has no clock).
 */
import { DomainError } from "../shared/errors";
import { type Tanggal, isTanggalValid } from "../format/tanggal";

export type JenisKelamin = "laki-laki" | "perempuan";

export interface Nip {
  /** 18 digits, no spaces. */
  nip: string;
  tanggalLahir: Tanggal;
  tmtCpns: { year: number; month: number };
  jenisKelamin: JenisKelamin;
  /** 1–999 */
  nomorUrut: number;
}

function salah(kode: string, field: string, input: string, bagian: string, alasan: string): DomainError {
  return new DomainError(kode, `${field} "${input}": ${bagian} ${alasan}`, { field, value: input, bagian });
}

/**
 * Normalises a NIP as written ("NIP. 19770515 201001 1 013", "19770515 201001 1 0 13") to its 18 digits: drops a
 * leading "NIP"/"NIP."/"NIP:" label and all whitespace; refuses other characters and any length other than 18.
 */
export function normalisasiNip(input: string, field = "NIP"): string {
  const digits = input
    .trim()
    .replace(/^NIP\s*[.:]?\s*/i, "")
    .replace(/\s+/g, "");
  if (digits === "") throw salah("nip_kosong", field, input, "NIP", "kosong");
  const asing = /\D/.exec(digits);
  if (asing)
    throw salah("nip_bukan_digit", field, input, "NIP", `memuat karakter "${asing[0]}"; NIP hanya berisi angka`);
  if (digits.length !== 18) {
    throw salah("nip_panjang", field, input, "NIP", `harus 18 digit, tertulis ${digits.length} digit`);
  }
  return digits;
}

/** Parses and validates a NIP; DomainError naming the part at fault (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut). */
export function parseNip(input: string, field = "NIP"): Nip {
  const nip = normalisasiNip(input, field);
  const lahir = nip.slice(0, 8);
  const tanggalLahir = { year: Number(nip.slice(0, 4)), month: Number(nip.slice(4, 6)), day: Number(nip.slice(6, 8)) };
  if (!isTanggalValid(tanggalLahir)) {
    throw salah(
      "nip_tanggal_lahir",
      field,
      input,
      `tanggal lahir (digit 1–8) "${lahir}"`,
      "bukan tanggal yang valid (YYYYMMDD)",
    );
  }
  const tmt = nip.slice(8, 14);
  const tmtCpns = { year: Number(nip.slice(8, 12)), month: Number(nip.slice(12, 14)) };
  if (tmtCpns.year < 1 || tmtCpns.month < 1 || tmtCpns.month > 12) {
    throw salah("nip_tmt", field, input, `TMT CPNS (digit 9–14) "${tmt}"`, "bukan bulan yang valid (YYYYMM)");
  }
  if (tmtCpns.year * 12 + tmtCpns.month <= tanggalLahir.year * 12 + tanggalLahir.month) {
    throw salah(
      "nip_tmt_sebelum_lahir",
      field,
      input,
      `TMT CPNS (digit 9–14) "${tmt}"`,
      `tidak setelah tanggal lahir "${lahir}"`,
    );
  }
  const jk = nip.charAt(14);
  if (jk !== "1" && jk !== "2") {
    throw salah(
      "nip_jenis_kelamin",
      field,
      input,
      `kode jenis kelamin (digit 15) "${jk}"`,
      "harus 1 (laki-laki) atau 2 (perempuan)",
    );
  }
  const urut = nip.slice(15, 18);
  if (urut === "000")
    throw salah("nip_nomor_urut", field, input, `nomor urut (digit 16–18) "${urut}"`, "harus 001 atau lebih");
  return { nip, tanggalLahir, tmtCpns, jenisKelamin: jk === "1" ? "laki-laki" : "perempuan", nomorUrut: Number(urut) };
}

/** Spaced form "19770515 201001 1 013" (8 · 6 · 1 · 3 digits) of a NIP, validated first. */
export function formatNip(input: string | Nip): string {
  const nip = typeof input === "string" ? parseNip(input).nip : input.nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

export type HasilValidasiNip = { valid: true; nip: Nip } | { valid: false; kode: string; pesan: string };

/** Non-throwing parseNip for forms and imports. */
export function validasiNip(input: string, field = "NIP"): HasilValidasiNip {
  try {
    return { valid: true, nip: parseNip(input, field) };
  } catch (error) {
    if (error instanceof DomainError) return { valid: false, kode: error.code, pesan: error.message };
    throw error;
  }
}
