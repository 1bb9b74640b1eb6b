/**
 * Kategori capaian: the 5-band scale of Permendagri 86/2017 as versioned data (regulations.md §4, SEED Tabel 3.1).
 * Distinct from IKM mutu (A–D) and AKIP predikat (AA–D).
 */
import { type Dec, type DecimalInput, dec, roundHalfUp } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";

export interface KategoriBand {
  /** Inclusive lower bound in percent as a decimal string; null = no lower bound (the last band). */
  batasBawah: string | null;
  label: string;
  /** Interval as printed in the source table, for report legends, e.g. "91% ≤ 100%". */
  intervalTertulis: string;
}

export interface SkalaKategoriCapaian {
  /** Bands from the highest lower bound down; the last one has batasBawah null. */
  bands: readonly KategoriBand[];
  /** Decimals the capaian is rounded to (half-up) before it is classified. */
  dibulatkanKe: number;
}

/*
 * NOTE: SEED Tabel 3.1 (lines 450-460) prints "91% ≤ 100%", "76% ≤ 90%", "66% ≤ 75%", "51% ≤ 65%", "≤ 50%": integer
 * upper bounds leave gaps (90–91, 75–76, 65–66, 50–51) and nothing above 100 %. Decision (regulations.md §4 spec):
 * only the lower bounds count, each inclusive, so a value belongs to the band with the greatest lower bound ≤ value.
 * Values in a gap go down to the lower band (90,50 → Tinggi, 90,99 → Tinggi, 75,99 → Sedang, 50,99 → Sangat Rendah)
 * and > 100 % is Sangat Tinggi. This keeps every whole-number value in its printed band and covers every value.
 */
const BATAS = [
  { batasBawah: "91", intervalTertulis: "91% ≤ 100%" },
  { batasBawah: "76", intervalTertulis: "76% ≤ 90%" },
  { batasBawah: "66", intervalTertulis: "66% ≤ 75%" },
  { batasBawah: "51", intervalTertulis: "51% ≤ 65%" },
  { batasBawah: null, intervalTertulis: "≤ 50%" },
] as const;

function skala(labels: readonly [string, string, string, string, string]): SkalaKategoriCapaian {
  return { bands: BATAS.map((b, i) => ({ ...b, label: labels[i] ?? "" })), dibulatkanKe: 2 };
}

export const KATEGORI_PERMENDAGRI_86_2017: RuleVersion<SkalaKategoriCapaian> = {
  id: "kategori-capaian-permendagri-86-2017",
  area: "kategori-capaian",
  label: "Permendagri 86/2017 (Sangat Tinggi – Sangat Rendah)",
  source: {
    regulasi: "Permendagri Nomor 86 Tahun 2017",
    pasal: "Lampiran, skala nilai peringkat kinerja (evaluasi hasil RKPD/Renja)",
    catatan: "seperti dikutip LKjIP Kec. Sei Balai 2023 Tabel 3.1; celah antarinterval masuk ke kategori di bawahnya",
  },
  value: skala(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]),
};

export const KATEGORI_SAMPANG: RuleVersion<SkalaKategoriCapaian> = {
  id: "kategori-capaian-sampang",
  area: "kategori-capaian",
  label: "Interval Permendagri 86/2017, label Sangat Baik – Sangat Kurang (LKjIP Kab. Sampang)",
  source: {
    regulasi: "Permendagri Nomor 86 Tahun 2017",
    catatan: "interval sama; label seperti LKjIP Kabupaten Sampang (regulations.md §4)",
  },
  value: skala(["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]),
};

/** All published versions of the "kategori-capaian" area; the first is the default. */
export const VERSI_KATEGORI_CAPAIAN: readonly RuleVersion<SkalaKategoriCapaian>[] = [
  KATEGORI_PERMENDAGRI_86_2017,
  KATEGORI_SAMPANG,
];

/** Looks a version up by id; DomainError `versi_tidak_dikenal` naming the id and the known ones. */
export function versiKategoriCapaian(id: string): RuleVersion<SkalaKategoriCapaian> {
  const versi = VERSI_KATEGORI_CAPAIAN.find((v) => v.id === id);
  if (!versi) {
    const dikenal = VERSI_KATEGORI_CAPAIAN.map((v) => v.id).join(", ");
    throw new DomainError("versi_tidak_dikenal", `skala kategori capaian "${id}" tidak dikenal (pilihan: ${dikenal})`, {
      field: "skala",
      value: id,
    });
  }
  return versi;
}

/** Checks a scale covers every value: lower bounds strictly descending and only the last band unbounded. */
export function validasiSkala(s: SkalaKategoriCapaian): void {
  const { bands } = s;
  if (bands.length === 0) throw new DomainError("skala_kosong", "skala kategori capaian tanpa kategori");
  bands.forEach((band, i) => {
    const terakhir = i === bands.length - 1;
    if ((band.batasBawah === null) !== terakhir) {
      throw new DomainError(
        "skala_tidak_lengkap",
        `kategori "${band.label}": hanya kategori terakhir tanpa batas bawah`,
      );
    }
    const berikut = bands[i + 1]?.batasBawah;
    if (band.batasBawah !== null && berikut != null && !dec(band.batasBawah).greaterThan(dec(berikut))) {
      throw new DomainError("skala_tidak_urut", `kategori "${band.label}": batas bawah harus menurun`);
    }
  });
}

export interface HasilKategori {
  label: string;
  /** Position in the scale: 0 = highest band. */
  peringkat: number;
  /** The value actually classified (capaian rounded half-up to `dibulatkanKe`). */
  nilai: Dec;
  versiId: string;
}

/**
 * Kategori of a capaian (%): round half-up to 2 dp, then the first band whose lower bound ≤ value (≥ 91 Sangat Tinggi,
 * ≥ 76 Tinggi, ≥ 66 Sedang, ≥ 51 Rendah, else Sangat Rendah for the default version).
 */
export function kategoriCapaian(
  capaian: DecimalInput,
  versi: RuleVersion<SkalaKategoriCapaian> = KATEGORI_PERMENDAGRI_86_2017,
): HasilKategori {
  const nilai = roundHalfUp(capaian, versi.value.dibulatkanKe);
  const peringkat = versi.value.bands.findIndex(
    (b) => b.batasBawah === null || nilai.greaterThanOrEqualTo(b.batasBawah),
  );
  const band = versi.value.bands[peringkat];
  if (!band)
    throw new DomainError("skala_tidak_lengkap", `skala "${versi.id}" tidak mencakup nilai ${nilai.toString()}`);
  return { label: band.label, peringkat, nilai, versiId: versi.id };
}
