/**
 * Tingkat efisiensi = % capaian kinerja − % penyerapan anggaran, in percentage points; positive means efficient.
 * NOTE: regulations.md §4 and §0; SEED Tabel 3.15 (lines 932-937): 94,71 − 91,46 = 3,25; 93,53 − 93,45 = 0,08.
 */
import { type Dec, type DecimalInput, dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";
import type { PohonAnggaran } from "./pohon-types";
import { type PemetaanSasaran, serapanPerSasaran } from "./serapan-sasaran";

/** Which serapan the efisiensi of a sasaran uses. */
export type MetodeSerapan = "serapan-program-pendukung" | "serapan-total-opd";

export interface MetodeSerapanEfisiensi {
  metode: MetodeSerapan;
  keterangan: string;
}

const SUMBER = {
  regulasi: "Praktik LKjIP (rumus tidak ditetapkan regulasi)",
  pasal: "regulations.md §4 Tingkat Efisiensi",
};

/** Serapan of the programs/kegiatan mapped to the sasaran. NOTE: SEED 937 — 93,45 % = Program Penunjang (§0). */
export const SERAPAN_PROGRAM_PENDUKUNG: RuleVersion<MetodeSerapanEfisiensi> = {
  id: "efisiensi-serapan-program-pendukung",
  area: "efisiensi",
  label: "Serapan program pendukung sasaran",
  source: { ...SUMBER, catatan: "LKjIP Sei Balai 2023 Tabel 3.15 sasaran 2: 93,45 % = serapan Program Penunjang" },
  value: {
    metode: "serapan-program-pendukung",
    keterangan: "realisasi / anggaran program, kegiatan atau sub-kegiatan yang mendukung sasaran × 100",
  },
};

/** Serapan of the whole OPD (Jumlah of the report). */
export const SERAPAN_TOTAL_OPD: RuleVersion<MetodeSerapanEfisiensi> = {
  id: "efisiensi-serapan-total-opd",
  area: "efisiensi",
  label: "Serapan total OPD",
  source: { ...SUMBER, catatan: "LKjIP Sei Balai 2023: serapan total 93,56 % (Tabel 3.17)" },
  value: { metode: "serapan-total-opd", keterangan: "realisasi total / anggaran total OPD × 100" },
};

export const METODE_SERAPAN_EFISIENSI: readonly RuleVersion<MetodeSerapanEfisiensi>[] = [
  SERAPAN_PROGRAM_PENDUKUNG,
  SERAPAN_TOTAL_OPD,
];

/**
 * Efisiensi (percentage points) = capaian (%) − serapan (%), exact from the given values (the seed passes the
 * displayed 2-dp values); round for display with roundHalfUp(x, 2).
 */
export function hitungEfisiensi(capaian: DecimalInput, serapan: DecimalInput): Dec {
  return dec(capaian).minus(dec(serapan));
}

/**
 * Serapan (%) a sasaran's efisiensi uses under `metode`: the OPD total, or the serapan of the mapped codes
 * (`pemetaan` required for "serapan-program-pendukung", else DomainError). Exact; null when the anggaran is 0.
 */
export function serapanUntukEfisiensi(
  pohon: PohonAnggaran,
  metode: RuleVersion<MetodeSerapanEfisiensi>,
  pemetaan?: PemetaanSasaran,
): Dec | null {
  if (metode.value.metode === "serapan-total-opd") return pohon.serapan;
  if (!pemetaan) {
    throw new DomainError(
      "pemetaan_sasaran_wajib",
      `Metode ${metode.id} memerlukan daftar kode program/kegiatan pendukung sasaran`,
      {
        field: "pemetaan",
        metode: metode.id,
      },
    );
  }
  return serapanPerSasaran(pohon, [pemetaan])[0]?.serapan ?? null;
}
