/**
 * The Pemda's RPJMD IKU (issue 15, ADR 0036): where an IKU's realisasi for a year comes from, and its capaian.
 * An IKU is either entered directly at Pemda level ("langsung") or linked to one or more OPD measured indicators
 * ("tautan"). How several links combine is data on the IKU (`gabungan`):
 * - "utama": the realisasi of the link designated as source (exactly one link carries `utama`);
 * - "jumlah": the sum of the linked realisasi (counts, e.g. kunjungan, desa);
 * - "rata": the arithmetic mean of the linked realisasi (indices, e.g. IKM of several OPDs).
 * A sum or mean needs every link measured that year: one missing link leaves the IKU unmeasured (never a partial
 * sum that would look like a fall). Capaian and kategori come from the rules core (src/domain/capaian, regulations.md
 * §4) with the Pemda's kategori-capaian scale; nothing here rounds except the rules core itself.
 */
import {
  hitungCapaian,
  kategoriCapaian,
  parseRealisasi,
  type Polaritas,
  type RumusNegatif,
  type SkalaKategoriCapaian,
} from "../capaian";
import { type Dec, dec, mean, sum } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";

export const SUMBER_IKU = ["langsung", "tautan"] as const;
export type SumberIku = (typeof SUMBER_IKU)[number];
export const GABUNGAN_TAUTAN = ["utama", "jumlah", "rata"] as const;
export type GabunganTautan = (typeof GABUNGAN_TAUTAN)[number];

export const LABEL_GABUNGAN: Record<GabunganTautan, string> = {
  utama: "indikator sumber yang ditetapkan",
  jumlah: "jumlah realisasi indikator tertaut",
  rata: "rata-rata realisasi indikator tertaut",
};

export interface RealisasiTautan {
  /** The linked OPD indicator's realisasi that year as a decimal string, null when not measured. */
  nilai: string | null;
  utama: boolean;
  /** "Kecamatan Sei Balai — Indeks Kepuasan Masyarakat (IKM)", for messages. */
  label: string;
}

export interface HasilRealisasiIku {
  nilai: Dec | null;
  /** Why there is no value (Indonesian), null when there is one. */
  alasan: string | null;
}

/** The IKU's realisasi from its links, combined per `gabungan`. */
export function realisasiDariTautan(
  tautan: readonly RealisasiTautan[],
  gabungan: GabunganTautan,
  iku = "IKU",
): HasilRealisasiIku {
  if (tautan.length === 0) return { nilai: null, alasan: `${iku}: belum ditautkan ke indikator perangkat daerah` };
  if (gabungan === "utama") {
    const utama = tautan.filter((t) => t.utama);
    if (utama.length !== 1) {
      throw new DomainError(
        "tautan_utama",
        `${iku}: gabungan "utama" memerlukan tepat satu indikator sumber (ditandai ${utama.length})`,
        { field: "tautan", value: String(utama.length) },
      );
    }
    const u = utama[0]!;
    return u.nilai === null
      ? { nilai: null, alasan: `${iku}: realisasi ${u.label} belum diisi` }
      : { nilai: parseRealisasi(u.nilai).nilai, alasan: null };
  }
  const kosong = tautan.filter((t) => t.nilai === null);
  if (kosong.length > 0) {
    return { nilai: null, alasan: `${iku}: realisasi ${kosong.map((k) => k.label).join(", ")} belum diisi` };
  }
  const nilai = tautan.map((t) => parseRealisasi(t.nilai).nilai);
  return { nilai: gabungan === "jumlah" ? sum(nilai) : mean(nilai), alasan: null };
}

export interface CapaianIkuInput {
  nama: string;
  /** Target as written ("85,00", "80-90", "BB (75,00)"). */
  target: string | null;
  realisasi: Dec | string | null;
  polaritas: Polaritas;
  rumusNegatif: RumusNegatif;
  skala: RuleVersion<SkalaKategoriCapaian>;
}

export interface CapaianIku {
  /** Capaian %, rounded half-up to 2 dp by the rules core. */
  capaian: Dec;
  kategori: string;
  peringkat: number;
}

/** Capaian of an IKU: null when target or realisasi is missing; a target the rules refuse throws its DomainError. */
export function capaianIku(i: CapaianIkuInput): CapaianIku | null {
  if (i.target === null || i.target.trim() === "" || i.realisasi === null) return null;
  const h = hitungCapaian({
    target: i.target,
    realisasi: typeof i.realisasi === "string" ? i.realisasi : dec(i.realisasi),
    polaritas: i.polaritas,
    rumusNegatif: i.rumusNegatif,
    indikator: i.nama,
  });
  const k = kategoriCapaian(h.capaianDibulatkan, i.skala);
  return { capaian: h.capaianDibulatkan, kategori: k.label, peringkat: k.peringkat };
}

/** Checks the years of a target table against the RPJMD period; the message names the IKU and the year. */
export function periksaTahunTarget(iku: string, tahun: readonly number[], awal: number, akhir: number): void {
  for (const t of tahun) {
    if (t < awal || t > akhir) {
      throw new DomainError(
        "tahun_di_luar_periode",
        `IKU "${iku}": target tahun ${t} di luar periode RPJMD ${awal}–${akhir}`,
        {
          field: "target",
          value: String(t),
        },
      );
    }
  }
}
