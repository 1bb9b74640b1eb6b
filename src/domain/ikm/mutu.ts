/**
 * Mutu pelayanan A–D and kinerja unit pelayanan from the IKM (nilai interval konversi, 25–100), as versioned data
 * (rule area "ikm-mutu").
 *
 * Classification: round the value to 2 dp half-up, then take the first band whose upper bound (inclusive) is not
 * below it. For 14/2017: < 65,00 → D; ≤ 76,60 → C; ≤ 88,30 → B; else A.
 * Per-unsur mutu: the Lampiran's NI column (1,00–2,5996 / 2,60–3,064 / 3,0644–3,532 / 3,5324–4,00) has gaps, so an
 * NRR is classified as NRR × 25 with the same conversion bands (no gaps, consistent with the IKM): e.g. NRR 3,064
 * → 76,60 → C; NRR 3,0642 → 76,605 → 76,61 → B.
 * NOTE: regulations.md §1.6; SEED 593-597 (Tabel 3.4). Older KEP/25/M.PAN/2/2004 bands verified in three public
 * apps (NI 1,00–1,75 / 1,76–2,50 / 2,51–3,25 / 3,26–4,00; NIK 25–43,75 / 43,76–62,50 / 62,51–81,25 / 81,26–100).
 */
import { type DecimalInput, type Dec, dec, roundHalfUp } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";

export type MutuPelayanan = "A" | "B" | "C" | "D";

export interface PitaMutu {
  mutu: MutuPelayanan;
  kinerja: string;
  nilaiPersepsi: 1 | 2 | 3 | 4;
  /** Nilai interval (NRR scale 1–4) as printed in the table. */
  nilaiInterval: { dari: string; sampai: string };
  /** Nilai interval konversi (25–100) as printed; `sampai` is the inclusive upper bound used to classify. */
  nilaiKonversi: { dari: string; sampai: string };
}

export interface IkmMutuTabel {
  /** Bands in ascending order (D, C, B, A). */
  pita: readonly PitaMutu[];
  /** Decimal places the value is rounded to (half-up) before classification. */
  dp: number;
}

export const MUTU_IKM_14_2017: RuleVersion<IkmMutuTabel> = {
  id: "ikm-mutu-14-2017",
  area: "ikm-mutu",
  label: "Mutu pelayanan Permenpan RB 14/2017",
  source: {
    regulasi: "Permenpan RB Nomor 14 Tahun 2017",
    pasal: "Lampiran, Tabel Nilai Persepsi, Interval IKM, Interval Konversi IKM, Mutu Pelayanan dan Kinerja Unit",
    catatan:
      "Label kinerja seperti LKjIP Sei Balai 2023 (SEED 593-597). Mutu per unsur: NRR × 25 dengan pita yang sama.",
  },
  berlakuMulai: 2017,
  value: {
    dp: 2,
    pita: [
      {
        mutu: "D",
        kinerja: "Tidak Baik",
        nilaiPersepsi: 1,
        nilaiInterval: { dari: "1.00", sampai: "2.5996" },
        nilaiKonversi: { dari: "25.00", sampai: "64.99" },
      },
      {
        mutu: "C",
        kinerja: "Kurang Baik",
        nilaiPersepsi: 2,
        nilaiInterval: { dari: "2.60", sampai: "3.064" },
        nilaiKonversi: { dari: "65.00", sampai: "76.60" },
      },
      {
        mutu: "B",
        kinerja: "Baik",
        nilaiPersepsi: 3,
        nilaiInterval: { dari: "3.0644", sampai: "3.532" },
        nilaiKonversi: { dari: "76.61", sampai: "88.30" },
      },
      {
        mutu: "A",
        kinerja: "Sangat Baik",
        nilaiPersepsi: 4,
        nilaiInterval: { dari: "3.5324", sampai: "4.00" },
        nilaiKonversi: { dari: "88.31", sampai: "100.00" },
      },
    ],
  },
};

export const MUTU_IKM_KEP25_2004: RuleVersion<IkmMutuTabel> = {
  id: "ikm-mutu-kep25-2004",
  area: "ikm-mutu",
  label: "Mutu pelayanan KEP/25/M.PAN/2/2004 (data lama)",
  source: {
    regulasi: "Keputusan Menpan Nomor KEP/25/M.PAN/2/2004",
    pasal: "Lampiran, Tabel Nilai Persepsi, Interval IKM, Interval Konversi IKM",
    catatan:
      "Hanya untuk data lama (14 unsur, bobot 1/14). Diganti Permenpan RB 16/2014, lalu 14/2017. Pita diverifikasi pada tiga aplikasi publik; teks resmi belum dicocokkan dengan JDIH.",
  },
  berlakuSampai: 2013,
  value: {
    dp: 2,
    pita: [
      {
        mutu: "D",
        kinerja: "Tidak Baik",
        nilaiPersepsi: 1,
        nilaiInterval: { dari: "1.00", sampai: "1.75" },
        nilaiKonversi: { dari: "25.00", sampai: "43.75" },
      },
      {
        mutu: "C",
        kinerja: "Kurang Baik",
        nilaiPersepsi: 2,
        nilaiInterval: { dari: "1.76", sampai: "2.50" },
        nilaiKonversi: { dari: "43.76", sampai: "62.50" },
      },
      {
        mutu: "B",
        kinerja: "Baik",
        nilaiPersepsi: 3,
        nilaiInterval: { dari: "2.51", sampai: "3.25" },
        nilaiKonversi: { dari: "62.51", sampai: "81.25" },
      },
      {
        mutu: "A",
        kinerja: "Sangat Baik",
        nilaiPersepsi: 4,
        nilaiInterval: { dari: "3.26", sampai: "4.00" },
        nilaiKonversi: { dari: "81.26", sampai: "100.00" },
      },
    ],
  },
};

export const VERSI_MUTU_IKM: readonly RuleVersion<IkmMutuTabel>[] = [MUTU_IKM_14_2017, MUTU_IKM_KEP25_2004];

/** Mutu table by CLI key "14-2017" / "kep25-2004" (or version id). */
export function mutuIkmDariKunci(kunci: string): RuleVersion<IkmMutuTabel> {
  const k = kunci.trim();
  if (k === "14-2017" || k === "14/2017" || k === MUTU_IKM_14_2017.id) return MUTU_IKM_14_2017;
  if (k === "kep25-2004" || k === MUTU_IKM_KEP25_2004.id) return MUTU_IKM_KEP25_2004;
  throw new DomainError(
    "tabel_mutu_tidak_dikenal",
    `tabel mutu "${kunci}" tidak dikenal; pilih 14-2017 atau kep25-2004`,
    {
      field: "mutu",
      value: kunci,
    },
  );
}

export interface HasilMutu {
  /** The classified value: rounded half-up to the table's dp (2). */
  nilai: Dec;
  mutu: MutuPelayanan;
  kinerja: string;
  nilaiPersepsi: 1 | 2 | 3 | 4;
  versiId: string;
}

/**
 * Mutu of a value on the conversion scale (IKM, 25–100): round half-up to 2 dp, then the first band with
 * nilaiKonversi.sampai ≥ value. Values below the lowest band (e.g. 24,98 with bobot 0,111) fall in D.
 */
export function klasifikasiMutuIkm(ikm: DecimalInput, versi: RuleVersion<IkmMutuTabel> = MUTU_IKM_14_2017): HasilMutu {
  const nilai = roundHalfUp(ikm, versi.value.dp);
  if (nilai.lt(0) || nilai.gt(100)) {
    throw new DomainError("ikm_di_luar_rentang", `IKM ${nilai.toFixed(versi.value.dp)} di luar rentang 0–100`, {
      field: "ikm",
      value: dec(ikm).toString(),
    });
  }
  const pita = versi.value.pita.find((p) => nilai.lte(p.nilaiKonversi.sampai)) ?? versi.value.pita.at(-1)!;
  return { nilai, mutu: pita.mutu, kinerja: pita.kinerja, nilaiPersepsi: pita.nilaiPersepsi, versiId: versi.id };
}

/** Mutu of one unsur from its NRR (1–4): classifies NRR × 25 with the conversion bands (see file note). */
export function klasifikasiMutuNrr(nrr: DecimalInput, versi: RuleVersion<IkmMutuTabel> = MUTU_IKM_14_2017): HasilMutu {
  return klasifikasiMutuIkm(dec(nrr).times(25), versi);
}
