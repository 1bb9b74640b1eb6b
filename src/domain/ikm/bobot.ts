/**
 * Bobot (weights) per unsur for the IKM, as versioned data (rule area "ikm").
 *
 * Weights are kept as text, either a decimal ("0.111") or a fraction ("1/9"), and handled as exact fractions so
 * that 1/9 stays exact and a custom set can be checked to sum to exactly 1.
 * NOTE: regulations.md §1.5 (bobot = 1/9 = 0,111; custom weights allowed "dengan catatan jumlah bobot seluruh unsur
 * tetap 1"), §0 (the SEED reproduces exactly with 0,111, not 1/9).
 */
import { Dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";
import { isKodeUnsur, KODE_UNSUR, type KodeUnsur, labelUnsur } from "./unsur";

export interface IkmBobot {
  /** Weight per unsur: decimal text ("0.111") or fraction text ("1/9"). */
  perUnsur: Readonly<Record<KodeUnsur, string>>;
}

/** An exact non-negative fraction. */
export interface Pecahan {
  pembilang: bigint;
  penyebut: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function sederhanakan(p: Pecahan): Pecahan {
  const g = gcd(p.pembilang, p.penyebut);
  return { pembilang: p.pembilang / g, penyebut: p.penyebut / g };
}

function desimalKePecahan(teks: string): Pecahan | null {
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(teks);
  if (!m) return null;
  const pecahanDesimal = m[2] ?? "";
  return sederhanakan({
    pembilang: BigInt(`${m[1]}${pecahanDesimal}`),
    penyebut: 10n ** BigInt(pecahanDesimal.length),
  });
}

/** Parses "0.111", "0,111", "1/9", "2/18" or "1" into an exact fraction (non-negative). */
export function parseBobot(teks: string, field = "bobot"): Pecahan {
  const raw = teks.trim();
  const bagian = raw.split("/");
  let hasil: Pecahan | null = null;
  if (bagian.length === 1) hasil = desimalKePecahan(raw);
  else if (bagian.length === 2) {
    const atas = desimalKePecahan(bagian[0]!.trim());
    const bawah = desimalKePecahan(bagian[1]!.trim());
    if (atas && bawah && bawah.pembilang !== 0n) {
      hasil = sederhanakan({ pembilang: atas.pembilang * bawah.penyebut, penyebut: atas.penyebut * bawah.pembilang });
    }
  }
  if (!hasil) {
    throw new DomainError("bobot_tidak_valid", `${field}: "${teks}" bukan bobot yang sah (contoh: 0,111 atau 1/9)`, {
      field,
      value: teks,
    });
  }
  return hasil;
}

/** Fraction as a Dec (40 significant digits; exact for decimal weights). */
export function pecahanKeDec(p: Pecahan): Dec {
  return new Dec(p.pembilang.toString()).div(p.penyebut.toString());
}

/** Exact sum of fractions. */
export function jumlahPecahan(daftar: readonly Pecahan[]): Pecahan {
  return daftar.reduce<Pecahan>(
    (acc, p) =>
      sederhanakan({
        pembilang: acc.pembilang * p.penyebut + p.pembilang * acc.penyebut,
        penyebut: acc.penyebut * p.penyebut,
      }),
    { pembilang: 0n, penyebut: 1n },
  );
}

/** Exact weight of one unsur under a bobot version. */
export function bobotUnsur(versi: RuleVersion<IkmBobot>, kode: KodeUnsur): Pecahan {
  return parseBobot(versi.value.perUnsur[kode], `bobot ${labelUnsur(kode)}`);
}

/** Σ bobot over u1..u9, exact (0,999 for the 0,111 version; 1 for 1/9). */
export function jumlahBobot(versi: RuleVersion<IkmBobot>): Pecahan {
  return jumlahPecahan(KODE_UNSUR.map((k) => bobotUnsur(versi, k)));
}

function seragam(bobot: string): Record<KodeUnsur, string> {
  return Object.fromEntries(KODE_UNSUR.map((k) => [k, bobot])) as Record<KodeUnsur, string>;
}

export const BOBOT_IKM_0111: RuleVersion<IkmBobot> = {
  id: "ikm-14-2017-bobot-0111",
  area: "ikm",
  label: "Bobot 0,111 per unsur (seperti dicetak)",
  source: {
    regulasi: "Permenpan RB Nomor 14 Tahun 2017",
    pasal: "Lampiran, Pengolahan Data (bobot nilai rata-rata tertimbang = 1/9 = 0,111)",
    catatan:
      "Default. Mereproduksi LKjIP Kec. Sei Balai 2023 persis (IKM 80,503906). Karena 9 × 0,111 = 0,999, survei sempurna bernilai 99,90, bukan 100.",
  },
  berlakuMulai: 2017,
  value: { perUnsur: seragam("0.111") },
};

export const BOBOT_IKM_SEPERSEMBILAN: RuleVersion<IkmBobot> = {
  id: "ikm-14-2017-bobot-1-9",
  area: "ikm",
  label: "Bobot 1/9 per unsur (eksak)",
  source: {
    regulasi: "Permenpan RB Nomor 14 Tahun 2017",
    pasal: "Lampiran, Pengolahan Data (Jumlah Bobot / Jumlah Unsur = 1/9)",
    catatan: "Varian eksak; untuk data Sei Balai 2023 menghasilkan 80,5845 → 80,58 (LKjIP mencetak 80,50).",
  },
  berlakuMulai: 2017,
  value: { perUnsur: seragam("1/9") },
};

export const VERSI_BOBOT_IKM: readonly RuleVersion<IkmBobot>[] = [BOBOT_IKM_0111, BOBOT_IKM_SEPERSEMBILAN];

/** Built-in bobot version by CLI key: "0.111" / "0,111" or "1/9" (also accepts the version id). */
export function bobotIkmDariKunci(kunci: string): RuleVersion<IkmBobot> {
  const k = kunci.trim();
  if (k === "0.111" || k === "0,111" || k === BOBOT_IKM_0111.id) return BOBOT_IKM_0111;
  if (k === "1/9" || k === BOBOT_IKM_SEPERSEMBILAN.id) return BOBOT_IKM_SEPERSEMBILAN;
  throw new DomainError("bobot_tidak_dikenal", `bobot "${kunci}" tidak dikenal; pilih 0.111 atau 1/9`, {
    field: "bobot",
    value: kunci,
  });
}

/**
 * Custom weights per unsur (decimal or fraction text, or numbers); every unsur u1..u9 must be present, each ≥ 0,
 * and Σ bobot must be exactly 1 (checked with exact fractions).
 */
export function bobotIkmKustom(
  perUnsur: Readonly<Record<string, string | number>>,
  id = "ikm-bobot-kustom",
  label = "Bobot kustom per unsur",
): RuleVersion<IkmBobot> {
  for (const kode of Object.keys(perUnsur)) {
    if (!isKodeUnsur(kode)) {
      throw new DomainError("unsur_tidak_dikenal", `bobot: kode unsur "${kode}" tidak dikenal (gunakan u1..u9)`, {
        field: "bobot",
        unsur: kode,
      });
    }
  }
  const hasil = {} as Record<KodeUnsur, string>;
  for (const kode of KODE_UNSUR) {
    const nilai = perUnsur[kode];
    if (nilai === undefined || nilai === null || String(nilai).trim() === "") {
      throw new DomainError("bobot_unsur_hilang", `bobot: unsur ${labelUnsur(kode)} tidak memiliki bobot`, {
        field: "bobot",
        unsur: kode,
      });
    }
    const teks = String(nilai).trim();
    parseBobot(teks, `bobot ${labelUnsur(kode)}`);
    hasil[kode] = teks;
  }
  const versi: RuleVersion<IkmBobot> = {
    id,
    area: "ikm",
    label,
    source: {
      regulasi: "Permenpan RB Nomor 14 Tahun 2017",
      pasal: "Lampiran, Pengolahan Data",
      catatan: "Bobot per unsur ditetapkan unit; jumlah bobot seluruh unsur harus tepat 1.",
    },
    value: { perUnsur: hasil },
  };
  const total = jumlahBobot(versi);
  if (total.pembilang !== total.penyebut) {
    throw new DomainError(
      "jumlah_bobot_bukan_satu",
      `bobot: jumlah bobot seluruh unsur harus tepat 1, tetapi ${pecahanKeDec(total).toSignificantDigits(12).toString().replace(".", ",")}`,
      { field: "bobot", value: `${total.pembilang}/${total.penyebut}` },
    );
  }
  return versi;
}
