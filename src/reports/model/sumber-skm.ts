/**
 * Input of the SKM documents (Laporan SKM per Permenpan RB 14/2017 and the one-page "Hasil SKM"): plain data gathered
 * by src/services/skm/kumpulkan-dokumen-skm.ts from the stored survey. Raw sums only; every derived figure (NRR,
 * IKM, mutu, sample size, weakest unsur, percentages) is computed by the model with src/domain/ikm.
 */
import type { KodeUnsur } from "../../domain/ikm";

export interface LayananSkmSumber {
  kode: string;
  nama: string;
  /** Service recipients in the period (for the Krejcie–Morgan minimum); null when not entered. */
  populasi: number | null;
  /** Respondents counted in the period. */
  responden: number;
  /** Σ nilai (1–4) per unsur over those respondents. */
  jumlah: Record<KodeUnsur, number>;
}

export interface KelompokDemografi {
  label: string;
  jumlah: number;
}

export type KategoriDemografi = "jenisKelamin" | "umur" | "pendidikan" | "pekerjaan";

export type StatusRtl = "rencana" | "berjalan" | "selesai";

export interface RtlSumber {
  /** The unsur the action addresses (null: general). */
  unsur: KodeUnsur | null;
  item: string;
  penanggungJawab: string;
  /** ISO date. */
  tenggat: string | null;
  status: StatusRtl;
  bukti: string | null;
}

export interface SumberSkm {
  pemda: { nama: string };
  opd: { nama: string; slug: string };
  periode: { kode: string; nama: string; mulai: string; selesai: string };
  /**
   * Rule keys (or version ids) of the Pemda for the period's year: bobot "0.111" | "1/9", pembulatan "seed" |
   * "nrr-2dp", mutu "14-2017" | "kep25-2004" (absent: 14-2017).
   */
  aturan: { bobot: string; pembulatan: string; mutu?: string };
  layanan: LayananSkmSumber[];
  demografi: Record<KategoriDemografi, KelompokDemografi[]>;
  /** Respondents per channel (online, qr, kiosk, kertas, impor). */
  kanal: KelompokDemografi[];
  /** Moderated suggestions, personal data already removed. */
  saran: { layanan: string; teks: string }[];
  rtl: RtlSumber[];
  /** Items of the previous period's RTL that are not finished, with that period's name. */
  rtlSebelumnya: { periode: string; butir: RtlSumber[] } | null;
  /** IKM (2 dp, machine text "80.50") of earlier periods, oldest first. */
  tren: { periode: string; ikm: string }[];
  /** Place and ISO date of the report. */
  tempat: string;
  tanggal: string;
  penandatangan: { nama: string; jabatan: string; nip: string | null } | null;
}
