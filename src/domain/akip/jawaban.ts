/**
 * LKE answer scale of Permenpan RB 88/2021: one letter per kriteria with a value 0–100; the wording differs by
 * dimension (keberadaan vs kualitas/pemanfaatan) only for AA and A.
 * NOTE: regulations.md §2.3 (values, wording), §2.4 (average shown as a letter).
 */
import { type Dec, type DecimalInput, dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";

export const KODE_JAWABAN = ["AA", "A", "BB", "B", "CC", "C", "D", "E"] as const;
export type KodeJawaban = (typeof KODE_JAWABAN)[number];

export type DimensiLke = "keberadaan" | "kualitas" | "pemanfaatan";

export interface OpsiJawaban {
  kode: KodeJawaban;
  /** Nilai kriteria, 0–100. */
  nilai: number;
  /** Wording for kualitas and pemanfaatan sub-komponen (b, c). */
  uraianKualitas: string;
  /** Wording for keberadaan sub-komponen (a). */
  uraianKeberadaan: string;
}

function sama(kode: KodeJawaban, nilai: number, uraian: string): OpsiJawaban {
  return { kode, nilai, uraianKualitas: uraian, uraianKeberadaan: uraian };
}

export const JAWABAN_LKE_88_2021: Readonly<Record<KodeJawaban, OpsiJawaban>> = {
  AA: {
    kode: "AA",
    nilai: 100,
    uraianKualitas:
      "Jika kualitas seluruh kriteria telah terpenuhi (100%) dan terdapat upaya inovatif serta layak menjadi percontohan secara nasional",
    uraianKeberadaan:
      "Jika seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam setidaknya 5 tahun terakhir",
  },
  A: {
    kode: "A",
    nilai: 90,
    uraianKualitas:
      "Jika kualitas seluruh kriteria telah terpenuhi (100%) dan terdapat beberapa upaya yang bisa dihargai dari pemenuhan kriteria tersebut",
    uraianKeberadaan:
      "Jika seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam setidaknya 1 tahun terakhir",
  },
  BB: sama("BB", 80, "Jika kualitas seluruh kriteria telah terpenuhi (100%) sesuai dengan mandat kebijakan nasional"),
  B: sama("B", 70, "Jika kualitas sebagian besar kriteria telah terpenuhi (>75% - 100%)"),
  CC: sama("CC", 60, "Jika kualitas sebagian besar kriteria telah terpenuhi (>50% - 75%)"),
  C: sama("C", 50, "Jika kualitas sebagian kecil kriteria telah terpenuhi (>25% - 50%)"),
  D: sama("D", 30, "Jika kriteria penilaian akuntabilitas kinerja telah mulai dipenuhi (>0% - 25%)"),
  E: sama("E", 0, "Jika sama sekali tidak ada upaya dalam pemenuhan kriteria penilaian akuntabilitas kinerja"),
};

/** The wording of an answer for a sub-komponen's dimension. */
export function uraianJawaban(kode: KodeJawaban, dimensi: DimensiLke): string {
  const opsi = JAWABAN_LKE_88_2021[kode];
  return dimensi === "keberadaan" ? opsi.uraianKeberadaan : opsi.uraianKualitas;
}

/** Parses an answer letter (trimmed, case-insensitive); `konteks` names the kriteria in the error. */
export function parseJawaban(nilai: unknown, konteks: string): KodeJawaban {
  const teks = typeof nilai === "string" ? nilai.trim().toUpperCase() : "";
  if (!(KODE_JAWABAN as readonly string[]).includes(teks)) {
    throw new DomainError(
      "jawaban_tidak_valid",
      `${konteks}: jawaban "${String(nilai)}" tidak dikenal (pilih ${KODE_JAWABAN.join("/")})`,
      { value: String(nilai) },
    );
  }
  return teks as KodeJawaban;
}

/** An average of kriteria values (0–100) shown as a letter: 100 → AA; ≥90 A; ≥80 BB; ≥70 B; ≥60 CC; ≥50 C; ≥30 D; else E. */
export function hurufRataRata(rataRata: DecimalInput): KodeJawaban {
  const x: Dec = dec(rataRata);
  if (x.gte(100)) return "AA";
  for (const kode of ["A", "BB", "B", "CC", "C", "D"] as const) {
    if (x.gte(JAWABAN_LKE_88_2021[kode].nilai)) return kode;
  }
  return "E";
}
