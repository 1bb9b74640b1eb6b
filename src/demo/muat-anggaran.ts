/**
 * Demo budget of Kecamatan Sei Balai 2023 through the SAME public use cases an operator uses (as the system actor):
 * the appendix "Laporan Pengawasan Anggaran" (SEED 1709-1807) through konfirmasiImpor, the DPPA breakdown by class
 * of Tabel 2.3 (SEED 399-410) through simpanKelasOpd, and the sasaran ↔ program links of Tabel 3.16 (SEED 957-986)
 * through aturSasaranAnggaran. Idempotent: a second run finds nothing to change and writes nothing.
 */
import type { ServiceContext } from "../services/context";
import { seiBalai } from "./data/sei-balai";
import { PENGAWASAN_ANGGARAN_SEI_BALAI_2023_TSV } from "./data/sei-balai/pengawasan-anggaran-2023";
import { konfirmasiImpor } from "../services/anggaran/impor";
import { simpanKelasOpd } from "../services/anggaran/kelas-opd";
import { aturSasaranAnggaran } from "../services/anggaran/sasaran-anggaran";

const LINGKUP = { pemda: "batu-bara", opd: seiBalai.opdSlug, tahun: 2023 } as const;

/**
 * Tabel 2.3 "Rencana Anggaran Kecamatan Sei Balai Tahun 2023" by kode rekening (SEED 404-407); the realisasi of the
 * only modal sub-class, Peralatan dan Mesin, is Tabel 3.17's 11.000.000 (SEED 1004).
 */
export const KELAS_DPPA_SEI_BALAI_2023 = [
  { akun: "5.1.01", anggaran: "2013689173.00" }, // - Belanja Pegawai (SEED 404)
  { akun: "5.1.02", anggaran: "1079737146.00" }, // - Belanja Barang dan Jasa (SEED 405)
  { akun: "5.2.02", anggaran: "42500000.00", realisasi: "11000000.00" }, // - Modal Peralatan dan Mesin (SEED 407, 1004)
] as const;

export interface RingkasanDemoAnggaran {
  impor: string;
  kelasOpd: string;
  sasaran: string[];
}

/** Loads (or confirms unchanged) the Sei Balai 2023 budget demo. */
export async function muatDemoAnggaran(ctx: ServiceContext): Promise<RingkasanDemoAnggaran> {
  const impor = await konfirmasiImpor(ctx, {
    ...LINGKUP,
    berkas: {
      nama: "laporan-pengawasan-anggaran-sei-balai-2023.tsv",
      isi: new TextEncoder().encode(PENGAWASAN_ANGGARAN_SEI_BALAI_2023_TSV),
    },
    format: "pengawasan",
  });
  const kelas = await simpanKelasOpd(ctx, {
    ...LINGKUP,
    baris: KELAS_DPPA_SEI_BALAI_2023,
    sumber: "DPPA Kecamatan Sei Balai Tahun Anggaran 2023 (Tabel 2.3); realisasi modal: Tabel 3.17",
  });
  // Tabel 3.16: which program supports which sasaran (S2 = akuntabilitas: Program Penunjang; S1 = IKM: the others).
  const perSasaran = new Map<string, string[]>();
  for (const r of seiBalai.indikatorProgramKegiatan) {
    if (r.tingkat !== "program") continue;
    perSasaran.set(r.sasaranKode, [...(perSasaran.get(r.sasaranKode) ?? []), r.kodeDppa]);
  }
  const sasaran: string[] = [];
  for (const [sasaranKode, kode] of [...perSasaran].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const h = await aturSasaranAnggaran(ctx, { ...LINGKUP, sasaranKode, kode });
    sasaran.push(`${sasaranKode}: ${h.kode.join(", ")}${h.tanpaPerubahan ? " (tetap)" : ""}`);
  }
  return { impor: impor.pesan, kelasOpd: kelas.tanpaPerubahan ? "tetap" : "disimpan", sasaran };
}
