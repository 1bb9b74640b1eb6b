/**
 * One respondent's answer as the survey receives it (public form, kiosk, paper grid, import row), checked and
 * normalised: u1..u9 integers 1–4 (every unsur, nothing else), the profile block of the standard form (jenis kelamin
 * L/P, usia, pendidikan, pekerjaan) and an optional saran of at most MAKS_SARAN characters.
 * Errors are Indonesian and name the field (and the row when given).
 * NOTE: regulations.md §1.3 (nilai 1–4 per unsur), §1.4 (profil responden: L/P, usia, SD…S3, PNS…LAINNYA).
 */
import { DomainError } from "../shared/errors";
import { isKodeUnsur, KODE_UNSUR, type KodeUnsur, labelUnsur } from "../ikm/unsur";

export const JENIS_KELAMIN_SKM = ["L", "P"] as const;
export const PENDIDIKAN_SKM = ["SD", "SMP", "SMA", "D1-D3", "S1", "S2", "S3"] as const;
export const PEKERJAAN_SKM = ["PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"] as const;
export const SALURAN = ["online", "qr", "kiosk", "kertas", "impor"] as const;

export type JenisKelaminSkm = (typeof JENIS_KELAMIN_SKM)[number];
export type PendidikanSkm = (typeof PENDIDIKAN_SKM)[number];
export type PekerjaanSkm = (typeof PEKERJAAN_SKM)[number];
export type SaluranSkm = (typeof SALURAN)[number];

/** Longest saran accepted (characters). */
export const MAKS_SARAN = 1000;
export const UMUR_MIN = 10;
export const UMUR_MAKS = 120;

export type NilaiJawaban = Record<KodeUnsur, number>;

export interface ProfilResponden {
  umur: number | null;
  jenisKelamin: JenisKelaminSkm | null;
  pendidikan: PendidikanSkm | null;
  pekerjaan: PekerjaanSkm | null;
}

export interface JawabanSah {
  nilai: NilaiJawaban;
  profil: ProfilResponden;
  /** Trimmed saran, null when empty. */
  saran: string | null;
}

export interface MasukanJawaban {
  jawaban: Readonly<Record<string, unknown>> | null | undefined;
  responden?: Readonly<Record<string, unknown>> | null | undefined;
  saran?: unknown;
}

function galat(code: string, pesan: string, field: string, letak: string | undefined, value?: unknown): DomainError {
  return new DomainError(code, letak ? `${letak}: ${pesan}` : pesan, {
    field,
    ...(value === undefined ? {} : { value: String(value) }),
  });
}

function kosong(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** An answer value: the integers 1..4 (or their text "1".."4"); anything else is refused naming the unsur. */
export function nilaiUnsur(v: unknown, kode: KodeUnsur, letak?: string): number {
  const field = `jawaban.${kode}`;
  if (kosong(v)) throw galat("nilai_unsur_hilang", `unsur ${labelUnsur(kode)} belum dijawab`, field, letak);
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 4) {
    throw galat(
      "nilai_di_luar_rentang",
      `jawaban unsur ${labelUnsur(kode)} "${String(v)}" harus bilangan bulat 1–4`,
      field,
      letak,
      v,
    );
  }
  return n;
}

/** u1..u9, every one present and 1–4; an unknown key (u10, x) is refused. */
export function periksaNilai(jawaban: Readonly<Record<string, unknown>> | null | undefined, letak?: string) {
  if (jawaban === null || jawaban === undefined || typeof jawaban !== "object" || Array.isArray(jawaban)) {
    throw galat("jawaban_kosong", "jawaban u1–u9 wajib diisi", "jawaban", letak);
  }
  for (const k of Object.keys(jawaban)) {
    if (!isKodeUnsur(k)) {
      throw galat("unsur_tidak_dikenal", `kode unsur "${k}" tidak dikenal (gunakan u1..u9)`, `jawaban.${k}`, letak);
    }
  }
  const nilai = {} as NilaiJawaban;
  for (const kode of KODE_UNSUR) nilai[kode] = nilaiUnsur(jawaban[kode], kode, letak);
  return nilai;
}

function pilihan<T extends string>(
  v: unknown,
  daftar: readonly T[],
  field: string,
  nama: string,
  letak: string | undefined,
  alias: Record<string, T> = {},
): T | null {
  if (kosong(v)) return null;
  const teks = String(v).trim().toUpperCase();
  const cocok = daftar.find((d) => d.toUpperCase() === teks) ?? alias[teks];
  if (!cocok) {
    throw galat(
      `${field}_tidak_dikenal`,
      `${nama} "${String(v)}" tidak dikenal (pilihan: ${daftar.join(", ")})`,
      field,
      letak,
      v,
    );
  }
  return cocok;
}

/** The profile block; every field optional. Accepts "Laki-laki"/"Perempuan" for L/P. */
export function periksaProfil(
  r: Readonly<Record<string, unknown>> | null | undefined,
  letak?: string,
): ProfilResponden {
  const p = r ?? {};
  if (typeof p !== "object" || Array.isArray(p))
    throw galat("responden_tidak_valid", "responden harus objek", "responden", letak);
  let umur: number | null = null;
  if (!kosong(p.umur)) {
    const n = typeof p.umur === "number" ? p.umur : /^\s*\d+\s*$/.test(String(p.umur)) ? Number(p.umur) : Number.NaN;
    if (!Number.isInteger(n) || n < UMUR_MIN || n > UMUR_MAKS) {
      throw galat(
        "umur_tidak_valid",
        `umur "${String(p.umur)}" harus bilangan bulat ${UMUR_MIN}–${UMUR_MAKS} tahun`,
        "responden.umur",
        letak,
        p.umur,
      );
    }
    umur = n;
  }
  return {
    umur,
    jenisKelamin: pilihan(p.jenisKelamin, JENIS_KELAMIN_SKM, "responden.jenisKelamin", "jenis kelamin", letak, {
      "LAKI-LAKI": "L",
      LAKI: "L",
      PEREMPUAN: "P",
    }),
    pendidikan: pilihan(p.pendidikan, PENDIDIKAN_SKM, "responden.pendidikan", "pendidikan", letak, {
      SLTA: "SMA",
      SMK: "SMA",
      SLTP: "SMP",
      D1: "D1-D3",
      D2: "D1-D3",
      D3: "D1-D3",
      D4: "S1",
    }),
    pekerjaan: pilihan(p.pekerjaan, PEKERJAAN_SKM, "responden.pekerjaan", "pekerjaan", letak, {
      ASN: "PNS",
      WIRASWASTA: "WIRAUSAHA",
    }),
  };
}

/** Saran: text, trimmed, at most MAKS_SARAN characters; empty → null. */
export function periksaSaran(v: unknown, letak?: string): string | null {
  if (kosong(v)) return null;
  if (typeof v !== "string") throw galat("saran_tidak_valid", "saran harus berupa teks", "saran", letak);
  const teks = v.trim();
  if ([...teks].length > MAKS_SARAN) {
    throw galat(
      "saran_terlalu_panjang",
      `saran terlalu panjang (${[...teks].length} karakter; maksimal ${MAKS_SARAN})`,
      "saran",
      letak,
    );
  }
  return teks;
}

/** The whole answer, checked; throws a DomainError naming the first bad field. */
export function periksaJawaban(m: MasukanJawaban, letak?: string): JawabanSah {
  return {
    nilai: periksaNilai(m.jawaban, letak),
    profil: periksaProfil(m.responden, letak),
    saran: periksaSaran(m.saran, letak),
  };
}
