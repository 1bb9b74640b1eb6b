/**
 * The three ways IKM data comes in, validated and normalised to NRR per unsur:
 * - "responden": raw answers, one record per respondent {u1..u9: 1–4 integer};
 * - "jumlah": Σ nilai per unsur with the number of respondents (what SKM recaps print);
 * - "nrr": published NRR per unsur (1–4), e.g. the 2-dp table of an LKjIP.
 * Errors are Indonesian and name respondent row, unsur and value.
 * NOTE: regulations.md §1.3 (nilai 1–4), §1.5 (NRR = Σ nilai / jumlah kuesioner terisi); SEED 568-576.
 */
import { type Dec, dec, parseDecimal } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { isKodeUnsur, KODE_UNSUR, type KodeUnsur, labelUnsur } from "./unsur";

export type NilaiMasukan = string | number | Dec | null | undefined;

export type IkmMasukan =
  | {
      jenis: "responden";
      /** One record per respondent, keyed by unsur code. */
      responden: readonly Readonly<Record<string, NilaiMasukan>>[];
      /** Line number of each respondent in the source file (e.g. 2, 3, … for a CSV with a header), for messages. */
      barisBerkas?: readonly number[];
    }
  | { jenis: "jumlah"; responden: NilaiMasukan; jumlah: Readonly<Record<string, NilaiMasukan>> }
  | { jenis: "nrr"; nrr: Readonly<Record<string, NilaiMasukan>>; responden?: NilaiMasukan };

export interface IkmDataNormal {
  jenis: IkmMasukan["jenis"];
  /** Number of respondents (null when NRR values were given without it). */
  responden: number | null;
  /** Σ nilai per unsur (null for the NRR path). */
  jumlah: Readonly<Record<KodeUnsur, Dec>> | null;
  /** NRR per unsur, exact (Σ/n) or as given. */
  nrr: Readonly<Record<KodeUnsur, Dec>>;
}

function kosong(v: NilaiMasukan): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Parses a number typed the Indonesian or machine way; throws with `konteks` in the message. */
function angka(v: NilaiMasukan, konteks: string, code = "bukan_angka"): Dec {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new DomainError(code, `${konteks}: nilai "${v}" bukan angka`, { value: String(v) });
    return dec(v);
  }
  if (typeof v === "string") {
    try {
      return parseDecimal(v, konteks);
    } catch {
      throw new DomainError(code, `${konteks}: nilai "${v}" bukan angka`, { value: v });
    }
  }
  if (v !== null && v !== undefined && typeof v === "object") return dec(v);
  throw new DomainError(code, `${konteks}: nilai "${String(v)}" bukan angka`, { value: String(v) });
}

function tolakKodeAsing(data: Readonly<Record<string, unknown>>, konteks: string, details: Record<string, unknown>) {
  for (const kode of Object.keys(data)) {
    if (!isKodeUnsur(kode)) {
      throw new DomainError("unsur_tidak_dikenal", `${konteks}: kode unsur "${kode}" tidak dikenal (gunakan u1..u9)`, {
        ...details,
        unsur: kode,
      });
    }
  }
}

function jumlahResponden(v: NilaiMasukan): number {
  if (kosong(v)) throw new DomainError("responden_kosong", "jumlah responden tidak diisi", { field: "responden" });
  const n = angka(v, "jumlah responden");
  if (!n.isInteger() || n.lte(0)) {
    const code = n.isZero() ? "responden_nol" : "responden_tidak_valid";
    throw new DomainError(code, `jumlah responden harus bilangan bulat lebih dari 0, tetapi "${String(v)}"`, {
      field: "responden",
      value: String(v),
    });
  }
  return n.toNumber();
}

function dariResponden(m: Extract<IkmMasukan, { jenis: "responden" }>): IkmDataNormal {
  if (m.responden.length === 0) {
    throw new DomainError("responden_nol", "tidak ada responden: minimal 1 baris jawaban", { field: "responden" });
  }
  const jumlah = Object.fromEntries(KODE_UNSUR.map((k) => [k, dec(0)])) as Record<KodeUnsur, Dec>;
  m.responden.forEach((baris, i) => {
    const nomor = i + 1;
    const barisBerkas = m.barisBerkas?.[i];
    const letak =
      barisBerkas === undefined
        ? `Responden baris ${nomor}`
        : `Responden baris ${nomor} (baris ${barisBerkas} pada berkas)`;
    tolakKodeAsing(baris, letak, { baris: nomor });
    for (const kode of KODE_UNSUR) {
      const v = baris[kode];
      const konteks = `${letak}, unsur ${labelUnsur(kode)}`;
      const details = { baris: nomor, unsur: kode, value: v === undefined ? null : String(v) };
      if (kosong(v)) throw new DomainError("nilai_unsur_hilang", `${konteks}: nilai tidak diisi`, details);
      const n = angka(v, konteks);
      if (!n.isInteger()) {
        throw new DomainError(
          "nilai_bukan_bulat",
          `${konteks}: nilai "${String(v)}" harus bilangan bulat 1–4`,
          details,
        );
      }
      if (n.lt(1) || n.gt(4)) {
        throw new DomainError("nilai_di_luar_rentang", `${konteks}: nilai "${String(v)}" di luar rentang 1–4`, details);
      }
      jumlah[kode] = jumlah[kode].plus(n);
    }
  });
  const n = m.responden.length;
  const nrr = Object.fromEntries(KODE_UNSUR.map((k) => [k, jumlah[k].div(n)])) as Record<KodeUnsur, Dec>;
  return { jenis: "responden", responden: n, jumlah, nrr };
}

function dariJumlah(m: Extract<IkmMasukan, { jenis: "jumlah" }>): IkmDataNormal {
  const n = jumlahResponden(m.responden);
  tolakKodeAsing(m.jumlah, "jumlah nilai", { field: "jumlah" });
  const jumlah = {} as Record<KodeUnsur, Dec>;
  for (const kode of KODE_UNSUR) {
    const v = m.jumlah[kode];
    const konteks = `jumlah nilai unsur ${labelUnsur(kode)}`;
    const details = { field: "jumlah", unsur: kode, value: v === undefined ? null : String(v) };
    if (kosong(v)) throw new DomainError("nilai_unsur_hilang", `${konteks}: tidak diisi`, details);
    const s = angka(v, konteks);
    if (!s.isInteger())
      throw new DomainError("nilai_bukan_bulat", `${konteks}: "${String(v)}" harus bilangan bulat`, details);
    if (s.lt(n) || s.gt(4 * n)) {
      throw new DomainError(
        "nilai_di_luar_rentang",
        `${konteks}: "${String(v)}" di luar rentang ${n}–${4 * n} (${n} responden × nilai 1–4)`,
        details,
      );
    }
    jumlah[kode] = s;
  }
  const nrr = Object.fromEntries(KODE_UNSUR.map((k) => [k, jumlah[k].div(n)])) as Record<KodeUnsur, Dec>;
  return { jenis: "jumlah", responden: n, jumlah, nrr };
}

function dariNrr(m: Extract<IkmMasukan, { jenis: "nrr" }>): IkmDataNormal {
  const responden = kosong(m.responden) ? null : jumlahResponden(m.responden);
  tolakKodeAsing(m.nrr, "NRR", { field: "nrr" });
  const nrr = {} as Record<KodeUnsur, Dec>;
  for (const kode of KODE_UNSUR) {
    const v = m.nrr[kode];
    const konteks = `NRR unsur ${labelUnsur(kode)}`;
    const details = { field: "nrr", unsur: kode, value: v === undefined ? null : String(v) };
    if (kosong(v)) throw new DomainError("nilai_unsur_hilang", `${konteks}: tidak diisi`, details);
    const x = angka(v, konteks);
    if (x.lt(1) || x.gt(4)) {
      throw new DomainError("nilai_di_luar_rentang", `${konteks}: "${String(v)}" di luar rentang 1–4`, details);
    }
    nrr[kode] = x;
  }
  return { jenis: "nrr", responden, jumlah: null, nrr };
}

/** Validates an IKM input and returns NRR per unsur (= Σ nilai / n, exact) with Σ and n where known. */
export function normalisasiMasukanIkm(masukan: IkmMasukan): IkmDataNormal {
  switch (masukan.jenis) {
    case "responden":
      return dariResponden(masukan);
    case "jumlah":
      return dariJumlah(masukan);
    case "nrr":
      return dariNrr(masukan);
  }
}
