/**
 * Nilai evaluasi AKIP from the component scores directly (what an Inspektorat recap gives), and the check of a
 * printed total/kategori against them.
 *
 * total = Σ nilai komponen (points 0–100), each 0 ≤ nilai ≤ bobot; predikat from the total rounded half-up to 2 dp.
 * NOTE: regulations.md §2.4 (seed check 22,02 + 20,64 + 11,62 + 15,87 = 70,15 → BB), §2.6 (12/2015: 5 komponen);
 * SEED 1896-1937 (Batu Bara recap: some printed totals differ from the sum of their components).
 */
import { type Dec, type DecimalInput, dec, parseDecimal, roundHalfUp, sum, toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";
import type { HasilAkip, HasilKomponen } from "./hasil";
import { predikatUntukKerangka } from "./kerangka";
import type { KerangkaLke } from "./kerangka-tipe";
import { KERANGKA_LKE_88_2021 } from "./lke-88-2021";
import type { KodePredikat, TabelPredikat } from "./predikat";
import { tentukanPredikat } from "./predikat";

export interface OpsiNilaiKomponen {
  kerangka?: RuleVersion<KerangkaLke>;
  predikat?: RuleVersion<TabelPredikat>;
}

export type NilaiKomponenMasukan = Readonly<Record<string, DecimalInput | null | undefined>>;

function angka(v: DecimalInput, field: string): Dec {
  if (typeof v === "string") return parseDecimal(v, field);
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw new DomainError("bukan_angka", `${field}: "${v}" bukan angka`, { field, value: String(v) });
  }
  return dec(v);
}

/** Total and predikat from {perencanaan, pengukuran, pelaporan, evaluasi[, pencapaian]} scores (points). */
export function hitungNilaiKomponen(nilai: NilaiKomponenMasukan, opsi: OpsiNilaiKomponen = {}): HasilAkip {
  const kerangka = opsi.kerangka ?? KERANGKA_LKE_88_2021;
  const kunci = kerangka.value.komponen.map((k) => k.kunci);
  for (const k of Object.keys(nilai)) {
    if (!kunci.includes(k)) {
      throw new DomainError(
        "komponen_tidak_dikenal",
        `komponen "${k}" tidak dikenal dalam kerangka ${kerangka.value.kerangka} (gunakan ${kunci.join(", ")})`,
        { field: "komponen", komponen: k },
      );
    }
  }
  const komponen = kerangka.value.komponen.map((k): HasilKomponen => {
    const v = nilai[k.kunci];
    const field = `komponen ${k.kunci} (${k.nama})`;
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
      throw new DomainError("komponen_hilang", `${field}: nilai belum diisi`, { field: "komponen", komponen: k.kunci });
    }
    const x = angka(v, field);
    if (x.lt(0) || x.gt(k.bobot)) {
      throw new DomainError(
        "nilai_komponen_di_luar_rentang",
        `${field}: nilai ${x.toString().replace(".", ",")} di luar rentang 0–${k.bobot.replace(".", ",")} (bobot)`,
        { field: "komponen", komponen: k.kunci, value: x.toString() },
      );
    }
    return {
      kode: k.kode,
      kunci: k.kunci,
      nama: k.nama,
      bobot: dec(k.bobot),
      nilai: x,
      nilaiTampil: toFixed(x, 2),
      persenBobot: toFixed(x.div(k.bobot).times(100), 2),
      subKomponen: [],
    };
  });
  const total = sum(komponen.map((k) => k.nilai));
  return {
    kerangkaId: kerangka.id,
    kerangka: kerangka.value.kerangka,
    sumber: "komponen",
    pembulatanSubKomponenDp: null,
    komponen,
    total,
    totalTampil: toFixed(total, 2),
    predikat: tentukanPredikat(roundHalfUp(total, 2), opsi.predikat ?? predikatUntukKerangka(kerangka)),
  };
}

export interface HasilPeriksaRekap {
  hasil: HasilAkip;
  totalTercetak: Dec;
  predikatTercetak: KodePredikat | null;
  /** totalTercetak − computed total (2 dp). */
  selisihTotal: Dec;
  totalCocok: boolean;
  predikatCocok: boolean | null;
}

/**
 * Recomputes a recap row and compares it with the printed total and kategori; the product's validator surfaces the
 * disagreements (e.g. SEED 1899: 23,5 + 24,4 + 10,6 + 14,5 = 73,00, printed 72,97).
 */
export function periksaRekap(
  nilai: NilaiKomponenMasukan,
  totalTercetak: DecimalInput,
  predikatTercetak: KodePredikat | null = null,
  opsi: OpsiNilaiKomponen = {},
): HasilPeriksaRekap {
  const hasil = hitungNilaiKomponen(nilai, opsi);
  const cetak = angka(totalTercetak, "total tercetak");
  const dihitung = roundHalfUp(hasil.total, 2);
  return {
    hasil,
    totalTercetak: cetak,
    predikatTercetak,
    selisihTotal: cetak.minus(dihitung),
    totalCocok: cetak.eq(dihitung),
    predikatCocok: predikatTercetak === null ? null : predikatTercetak === hasil.predikat.kode,
  };
}
