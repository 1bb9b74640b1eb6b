/**
 * Questionnaire wording per layanan: the standard questionnaire of Permenpan RB 14/2017 (Indonesian, verbatim) with
 * an English rendering, adaptable per layanan (the question and its four answer texts may be reworded; the unsur, the
 * order of the nine and the nilai 1–4 of the answers stay fixed).
 * NOTE: regulations.md §1.3 (questions and options), §1.2 (unsur); the English texts are ours.
 */
import { DomainError } from "../shared/errors";
import { KUESIONER_14_2017 } from "../ikm/kuesioner";
import { KODE_UNSUR, type KodeUnsur, labelUnsur } from "../ikm/unsur";

export interface ButirKuesioner {
  unsur: KodeUnsur;
  pertanyaan: string;
  pertanyaanEn: string;
  /** Answer texts for nilai 1, 2, 3, 4. */
  pilihan: [string, string, string, string];
  pilihanEn: [string, string, string, string];
}

const INGGRIS: Record<KodeUnsur, { pertanyaan: string; pilihan: [string, string, string, string] }> = {
  u1: {
    pertanyaan: "How well do the service requirements match the kind of service?",
    pilihan: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  },
  u2: {
    pertanyaan: "How easy is the service procedure at this unit?",
    pilihan: ["Not easy", "Less easy", "Easy", "Very easy"],
  },
  u3: {
    pertanyaan: "How fast was the service delivered?",
    pilihan: ["Not fast", "Less fast", "Fast", "Very fast"],
  },
  u4: {
    pertanyaan: "How reasonable is the cost/fee of the service?",
    pilihan: ["Very expensive", "Rather expensive", "Cheap", "Free"],
  },
  u5: {
    pertanyaan: "How well does the service product match what the service standard states?",
    pilihan: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  },
  u6: {
    pertanyaan: "How competent were the staff in delivering the service?",
    pilihan: ["Not competent", "Less competent", "Competent", "Very competent"],
  },
  u7: {
    pertanyaan: "How polite and friendly were the staff?",
    pilihan: ["Not polite and friendly", "Less polite and friendly", "Polite and friendly", "Very polite and friendly"],
  },
  u8: {
    pertanyaan: "How good are the facilities and infrastructure?",
    pilihan: ["Poor", "Fair", "Good", "Very good"],
  },
  u9: {
    pertanyaan: "How are complaints from service users handled?",
    pilihan: ["None", "Exists but does not work", "Works, not optimally", "Well managed"],
  },
};

/** The standard questionnaire, Indonesian (14/2017) + English. */
export function kuesionerBawaan(): ButirKuesioner[] {
  return KUESIONER_14_2017.map((q) => ({
    unsur: q.unsur,
    pertanyaan: q.pertanyaan,
    pertanyaanEn: INGGRIS[q.unsur].pertanyaan,
    pilihan: [...q.pilihan],
    pilihanEn: [...INGGRIS[q.unsur].pilihan],
  }));
}

export const MAKS_TEKS_BUTIR = 400;

function teks(v: unknown, field: string): string {
  if (typeof v !== "string" || v.trim() === "") {
    throw new DomainError("kuesioner_tidak_valid", `${field}: teks wajib diisi`, { field });
  }
  const t = v.trim();
  if (t.length > MAKS_TEKS_BUTIR) {
    throw new DomainError("kuesioner_tidak_valid", `${field}: maksimal ${MAKS_TEKS_BUTIR} karakter`, { field });
  }
  return t;
}

function empat(v: unknown, field: string): [string, string, string, string] {
  if (!Array.isArray(v) || v.length !== 4) {
    throw new DomainError("kuesioner_tidak_valid", `${field}: harus tepat 4 pilihan jawaban (nilai 1–4)`, { field });
  }
  return [teks(v[0], `${field}[1]`), teks(v[1], `${field}[2]`), teks(v[2], `${field}[3]`), teks(v[3], `${field}[4]`)];
}

/**
 * Checks a questionnaire: exactly the nine unsur u1..u9, each once; texts non-empty. Returns the butir in unsur order.
 */
export function periksaKuesioner(butir: readonly Partial<Record<keyof ButirKuesioner, unknown>>[]): ButirKuesioner[] {
  const perUnsur = new Map<string, ButirKuesioner>();
  butir.forEach((b, i) => {
    const u = String(b.unsur ?? "");
    if (!(KODE_UNSUR as readonly string[]).includes(u)) {
      throw new DomainError("kuesioner_tidak_valid", `butir ${i + 1}: unsur "${u}" tidak dikenal (u1..u9)`, {
        field: `butir.${i}.unsur`,
      });
    }
    if (perUnsur.has(u)) {
      throw new DomainError("kuesioner_tidak_valid", `butir ${i + 1}: unsur ${u} muncul dua kali`, {
        field: `butir.${i}.unsur`,
      });
    }
    const kode = u as KodeUnsur;
    perUnsur.set(u, {
      unsur: kode,
      pertanyaan: teks(b.pertanyaan, `butir ${i + 1} (${kode}) pertanyaan`),
      pertanyaanEn: teks(b.pertanyaanEn, `butir ${i + 1} (${kode}) pertanyaanEn`),
      pilihan: empat(b.pilihan, `butir ${i + 1} (${kode}) pilihan`),
      pilihanEn: empat(b.pilihanEn, `butir ${i + 1} (${kode}) pilihanEn`),
    });
  });
  return KODE_UNSUR.map((k) => {
    const b = perUnsur.get(k);
    if (!b) {
      throw new DomainError("kuesioner_tidak_valid", `unsur ${labelUnsur(k)} tidak ada di kuesioner`, {
        field: "butir",
      });
    }
    return b;
  });
}
