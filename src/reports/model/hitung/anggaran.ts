/**
 * Budget figures of the report from the sub-kegiatan rows: the tree (domain roll-up), the by-class and by-program
 * summaries, and the serapan of the programs that serve each sasaran (the basis of the efisiensi analysis).
 * NOTE: regulations.md §4 (serapan = realisasi / anggaran × 100); SEED Tabel 2.3/2.4/3.17/3.18, 1709-1807.
 */
import {
  type AnggaranAkun,
  bangunPohon,
  type BarisRingkasan,
  type PohonAnggaran,
  parseAkun,
  ringkasanPerKelas,
  ringkasanPerProgram,
  type SerapanSasaran,
  serapanPerSasaran,
} from "../../../domain/anggaran";
import { DomainError } from "../../../domain/shared/errors";
import type { AnggaranSumber, PemetaanSasaranSumber } from "../sumber";

export interface HitungAnggaran {
  pohon: PohonAnggaran;
  kelas: BarisRingkasan[];
  /** Σ DPA detail − Σ tree; non-zero means the two sources disagree. */
  selisihRincian: string | null;
  program: BarisRingkasan[];
  serapanSasaran: Map<string, SerapanSasaran>;
  /** Codes of a sasaran mapping that are not in the tree (reported, not fatal). */
  kodeTakDikenal: { sasaranKode: string; pesan: string }[];
}

export function hitungAnggaran(a: AnggaranSumber, pemetaan: readonly PemetaanSasaranSumber[]): HitungAnggaran {
  const pohon = bangunPohon(
    a.subKegiatan.map((s) => ({
      kode: s.kode,
      uraian: s.uraian,
      anggaranPerubahan: s.anggaran,
      realisasi: { pegawai: s.realisasi.pegawai, barangJasa: s.realisasi.barangJasa, modal: s.realisasi.modal },
    })),
    a.label,
  );
  const rincian = lengkapiRealisasiModal(a.rincianAkun, pohon);
  const { baris: kelas, selisihAnggaran } = ringkasanPerKelas(pohon, rincian);
  const serapanSasaran = new Map<string, SerapanSasaran>();
  const kodeTakDikenal: HitungAnggaran["kodeTakDikenal"] = [];
  for (const p of pemetaan) {
    try {
      const [hasil] = serapanPerSasaran(pohon, [{ sasaran: p.sasaranKode, kode: p.kode }]);
      if (hasil) serapanSasaran.set(p.sasaranKode, hasil);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      kodeTakDikenal.push({ sasaranKode: p.sasaranKode, pesan: e.message });
    }
  }
  return {
    pohon,
    kelas,
    selisihRincian: selisihAnggaran === null ? null : selisihAnggaran.toString(),
    program: ringkasanPerProgram(pohon),
    serapanSasaran,
    kodeTakDikenal,
  };
}

/**
 * The report's MODAL column is the realisasi of every modal sub-class together; when the DPA has a single modal
 * sub-class (5.2.02 in the seed) its realisasi is that column. With several, it stays unknown (null in the table).
 */
function lengkapiRealisasiModal(rincian: AnggaranSumber["rincianAkun"], pohon: PohonAnggaran): AnggaranAkun[] {
  const modal = rincian.filter((r) => parseAkun(r.akun).kelompok === "modal");
  if (modal.length !== 1 || modal[0]?.realisasi !== undefined) return [...rincian];
  return rincian.map((r) => (r === modal[0] ? { ...r, realisasi: pohon.realisasi.modal.toString() } : r));
}
