/**
 * Predikat of a nilai evaluasi AKIP (0–100), as versioned data (rule area "predikat-akip").
 *
 * Bounds are lower-exclusive: >90 AA, >80 A, >70 BB, >60 B, >50 CC, >30 C, 0–30 D; so 90,00 is A and 70,00 is B,
 * 70,01 is BB. The same intervals apply under 12/2015, with older wording.
 * NOTE: regulations.md §2.5 (88/2021, Pemda interpretation texts), §2.6 (12/2015 wording); SEED 652-662 (Tabel 3.6
 * writes D as ">0-30"; 0 is D here), SEED 1896-1937.
 */
import { type Dec, type DecimalInput, dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";

export const KODE_PREDIKAT = ["AA", "A", "BB", "B", "CC", "C", "D"] as const;
export type KodePredikat = (typeof KODE_PREDIKAT)[number];

export interface PitaPredikat {
  kode: KodePredikat;
  label: string;
  /** Lower bound (decimal text); exclusive unless `bawahInklusif`. */
  batasBawah: string;
  bawahInklusif: boolean;
  /** Upper bound (decimal text), inclusive. */
  batasAtas: string;
  interpretasi: string;
}

export interface TabelPredikat {
  /** Bands from the highest (AA) down to D. */
  pita: readonly PitaPredikat[];
}

type Teks = Record<KodePredikat, { label: string; interpretasi: string }>;

const BATAS: Record<KodePredikat, [bawah: string, atas: string]> = {
  AA: ["90", "100"],
  A: ["80", "90"],
  BB: ["70", "80"],
  B: ["60", "70"],
  CC: ["50", "60"],
  C: ["30", "50"],
  D: ["0", "30"],
};

function tabel(teks: Teks): TabelPredikat {
  return {
    pita: KODE_PREDIKAT.map((kode) => ({
      kode,
      label: teks[kode].label,
      batasBawah: BATAS[kode][0],
      bawahInklusif: kode === "D",
      batasAtas: BATAS[kode][1],
      interpretasi: teks[kode].interpretasi,
    })),
  };
}

export const PREDIKAT_AKIP_88_2021: RuleVersion<TabelPredikat> = {
  id: "predikat-akip-88-2021",
  area: "predikat-akip",
  label: "Predikat AKIP Permenpan RB 88/2021",
  source: {
    regulasi: "Permenpan RB Nomor 88 Tahun 2021",
    pasal: "Lampiran, Predikat Nilai Hasil Evaluasi (versi Pemda)",
    catatan: "Batas bawah eksklusif (>90 AA … >30 C, 0–30 D); SEED Tabel 3.6.",
  },
  berlakuMulai: 2022,
  value: tabel({
    AA: {
      label: "Sangat Memuaskan",
      interpretasi:
        "Telah terwujud Good Governance. Seluruh kinerja dikelola dengan sangat memuaskan di seluruh unit kerja. Telah terbentuk pemerintah yang dinamis, adaptif, dan efisien (Reform). Pengukuran kinerja telah dilakukan sampai ke level individu.",
    },
    A: {
      label: "Memuaskan",
      interpretasi:
        "Terdapat gambaran bahwa instansi pemerintah/unit kerja dapat memimpin perubahan dalam mewujudkan pemerintahan berorientasi hasil, karena pengukuran kinerja telah dilakukan sampai ke level eselon 4/Pengawas/Subkoordinator.",
    },
    BB: {
      label: "Sangat Baik",
      interpretasi:
        "Terdapat gambaran bahwa AKIP sangat baik pada 2/3 unit kerja, baik itu unit kerja utama, maupun unit kerja pendukung. Akuntabilitas yang sangat baik ditandai dengan mulai terwujudnya efisiensi penggunaan anggaran dalam mencapai kinerja, memiliki sistem manajemen kinerja yang andal dan berbasis teknologi informasi, serta pengukuran kinerja telah dilakukan sampai ke level eselon 3/koordinator.",
    },
    B: {
      label: "Baik",
      interpretasi:
        "Terdapat gambaran bahwa AKIP sudah baik pada 1/3 unit kerja, khususnya pada unit kerja utama. Terlihat masih perlu adanya sedikit perbaikan pada unit kerja, serta komitmen dalam manajemen kinerja. Pengukuran kinerja baru dilaksanakan sampai dengan level eselon 2/unit kerja.",
    },
    CC: {
      label: "Cukup (Memadai)",
      interpretasi:
        "Terdapat gambaran bahwa AKIP cukup baik. Namun demikian, masih perlu banyak perbaikan walaupun tidak mendasar khususnya akuntabilitas kinerja pada unit kerja.",
    },
    C: {
      label: "Kurang",
      interpretasi:
        "Sistem dan tatanan dalam AKIP kurang dapat diandalkan. Belum terimplementasi sistem manajemen kinerja sehingga masih perlu banyak perbaikan mendasar di level pusat.",
    },
    D: {
      label: "Sangat Kurang",
      interpretasi:
        "Sistem dan tatanan dalam AKIP sama sekali tidak dapat diandalkan. Sama sekali belum terdapat penerapan manajemen kinerja sehingga masih perlu banyak perbaikan/perubahan yang sifatnya sangat mendasar, khususnya dalam implementasi SAKIP.",
    },
  }),
};

export const PREDIKAT_AKIP_12_2015: RuleVersion<TabelPredikat> = {
  id: "predikat-akip-12-2015",
  area: "predikat-akip",
  label: "Predikat AKIP Permenpan RB 12/2015",
  source: {
    regulasi: "Permenpan RB Nomor 12 Tahun 2015",
    pasal: "Lampiran, Kategori Nilai Hasil Evaluasi",
    catatan:
      "Interval sama dengan 88/2021; rumusan lama dari satu aplikasi publik [S] (gh-id:14979128637), yang untuk AA hanya memuat label. SEED: 65,00 dan 67,25 → B, 70,07 → BB.",
  },
  berlakuSampai: 2021,
  value: tabel({
    AA: { label: "Sangat Memuaskan", interpretasi: "Sangat Memuaskan" },
    A: { label: "Memuaskan", interpretasi: "Memuaskan, Memimpin perubahan, berkinerja tinggi, dan sangat akuntabel" },
    BB: {
      label: "Sangat Baik",
      interpretasi: "Sangat Baik, Akuntabel, berkinerja baik, memiliki sistem manajemen Kinerja yang andal.",
    },
    B: {
      label: "Baik",
      interpretasi:
        "Baik, Akuntabilitas Kinerjanya sudah baik, memiliki sistem yang dapat digunakan untuk manajemen Kinerja, dan perlu sedikit perbaikan.",
    },
    CC: {
      label: "Cukup (Memadai)",
      interpretasi:
        "Cukup (Memadai), Akuntabilitas Kinerjanya cukup baik, taat kebijakan, memiliki sistem yang dapat digunakan untuk memproduksi informasi Kinerja untuk pertanggung jawaban, perlu banyak perbaikan tidak mendasar.",
    },
    C: {
      label: "Kurang",
      interpretasi:
        "Kurang, Sistem dan tatanan kurang dapat diandalkan, memiliki sistem untuk manajemen Kinerja tapi perlu banyak perbaikan minor dan perbaikan yang mendasar.",
    },
    D: {
      label: "Sangat Kurang",
      interpretasi:
        "Sangat Kurang, Sistem dan tatanan tidak dapat diandalkan untuk penerapan manajemen Kinerja, perlu banyak perbaikan, sebagian perubahan yang sangat mendasar.",
    },
  }),
};

export const VERSI_PREDIKAT_AKIP: readonly RuleVersion<TabelPredikat>[] = [
  PREDIKAT_AKIP_88_2021,
  PREDIKAT_AKIP_12_2015,
];

export interface HasilPredikat {
  nilai: Dec;
  kode: KodePredikat;
  label: string;
  interpretasi: string;
  versiId: string;
}

/** True when `nilai` lies in the band: bawah < nilai ≤ atas (bawah ≤ nilai for the inclusive D band). */
export function dalamPita(pita: PitaPredikat, nilai: DecimalInput): boolean {
  const x = dec(nilai);
  const bawahOk = pita.bawahInklusif ? x.gte(pita.batasBawah) : x.gt(pita.batasBawah);
  return bawahOk && x.lte(pita.batasAtas);
}

/**
 * Predikat of a nilai AKIP (0–100 points) as given, without rounding: the band with bawah < nilai ≤ atas.
 * Scoring functions pass the 2-dp total they display.
 */
export function tentukanPredikat(
  nilai: DecimalInput,
  versi: RuleVersion<TabelPredikat> = PREDIKAT_AKIP_88_2021,
): HasilPredikat {
  const x = dec(nilai);
  const pita = versi.value.pita.find((p) => dalamPita(p, x));
  if (!pita) {
    throw new DomainError(
      "nilai_akip_di_luar_rentang",
      `nilai AKIP ${x.toString().replace(".", ",")} di luar rentang 0–100`,
      {
        field: "nilai",
        value: x.toString(),
      },
    );
  }
  return { nilai: x, kode: pita.kode, label: pita.label, interpretasi: pita.interpretasi, versiId: versi.id };
}
