/**
 * Early warning of the Rencana Aksi: an indicator is flagged when its cumulative capaian falls below a threshold,
 * or when the budget absorption of its actions runs ahead of its cumulative capaian by more than a margin.
 * The thresholds are versioned data chosen per Pemda (area "peringatan-renaksi", ADR 0028), never an `if`.
 */
import { type Dec, type DecimalInput, dec } from "../shared/decimal";
import type { RuleVersion } from "../shared/rule-version";

export interface AmbangPeringatan {
  /** Cumulative capaian (%) below this value is flagged. */
  batasCapaianKumulatif: string;
  /** Serapan (%) minus cumulative capaian (%), in points, above this value is flagged. */
  selisihSerapanCapaian: string;
}

/*
 * NOTE: no regulation fixes these numbers. Default: the lower bound of "Tinggi" in the Permendagri 86/2017 scale
 * (76 %, regulations.md §4, SEED Tabel 3.1) — below it an indicator is "Sedang" or worse — and a 20-point margin
 * between serapan and capaian (a negative Tingkat Efisiensi, regulations.md §4, of more than 20 points).
 */
export const AMBANG_PERINGATAN_BAWAAN: RuleVersion<AmbangPeringatan> = {
  id: "peringatan-renaksi-76-20",
  area: "peringatan-renaksi",
  label: "Capaian kumulatif < 76% (di bawah Tinggi) atau serapan > capaian + 20 poin",
  source: {
    regulasi: "Kebijakan bawaan aplikasi (regulasi tidak menetapkan ambang)",
    pasal: "Permendagri 86/2017 skala nilai peringkat kinerja (batas bawah Tinggi 76 %); Tingkat Efisiensi",
    catatan: "Pemda dapat memilih versi lain di Pengaturan",
  },
  value: { batasCapaianKumulatif: "76", selisihSerapanCapaian: "20" },
};

export const AMBANG_PERINGATAN_KETAT: RuleVersion<AmbangPeringatan> = {
  id: "peringatan-renaksi-91-10",
  area: "peringatan-renaksi",
  label: "Capaian kumulatif < 91% (di bawah Sangat Tinggi) atau serapan > capaian + 10 poin",
  source: {
    regulasi: "Kebijakan bawaan aplikasi (regulasi tidak menetapkan ambang)",
    pasal: "Permendagri 86/2017 skala nilai peringkat kinerja (batas bawah Sangat Tinggi 91 %)",
  },
  value: { batasCapaianKumulatif: "91", selisihSerapanCapaian: "10" },
};

export const VERSI_AMBANG_PERINGATAN: readonly RuleVersion<AmbangPeringatan>[] = [
  AMBANG_PERINGATAN_BAWAAN,
  AMBANG_PERINGATAN_KETAT,
];

export type JenisPeringatan = "capaian-rendah" | "serapan-mendahului";

export interface Peringatan {
  jenis: JenisPeringatan;
  pesan: string;
}

/** Flags of one indicator s.d. a quarter; inputs are percentages (already rounded as reported). */
export function periksaPeringatan(
  input: { indikator: string; capaianKumulatif: DecimalInput | null; serapanKumulatif: DecimalInput | null },
  ambang: AmbangPeringatan,
): Peringatan[] {
  const hasil: Peringatan[] = [];
  if (input.capaianKumulatif === null) return hasil;
  const capaian: Dec = dec(input.capaianKumulatif);
  const batas = dec(ambang.batasCapaianKumulatif);
  if (capaian.lessThan(batas)) {
    hasil.push({
      jenis: "capaian-rendah",
      pesan: `Indikator "${input.indikator}": capaian kumulatif ${fmt(capaian)}% di bawah ambang ${fmt(batas)}%`,
    });
  }
  if (input.serapanKumulatif !== null) {
    const serapan = dec(input.serapanKumulatif);
    const selisih = serapan.minus(capaian);
    if (selisih.greaterThan(dec(ambang.selisihSerapanCapaian))) {
      hasil.push({
        jenis: "serapan-mendahului",
        pesan:
          `Indikator "${input.indikator}": serapan anggaran ${fmt(serapan)}% mendahului capaian ` +
          `${fmt(capaian)}% sebesar ${fmt(selisih)} poin (ambang ${fmt(dec(ambang.selisihSerapanCapaian))})`,
      });
    }
  }
  return hasil;
}

/** id-ID percent figure as the web's shared formatter writes it ("50,00%", no space; src/web/features/anggaran). */
function fmt(d: Dec): string {
  return d.toFixed(2).replace(".", ",");
}
