/**
 * The validator over our data (issue 14, ADR 0027): completeness, plausibility and consistency of one OPD-year's
 * snapshot, findings sorted galat → peringatan → info. Pure: src/services/reviu/periksa-data.ts gathers the snapshot.
 */
import { periksaKelengkapan } from "./data-kelengkapan";
import { periksaKewajaran } from "./data-kewajaran";
import { periksaKonsistensi } from "./data-konsistensi";
import { type HasilPeriksaData, OPSI_PERIKSA_DATA, type OpsiPeriksaData, type SnapshotOpdTahun } from "./data-jenis";
import type { Keparahan, ModulData, Temuan } from "./jenis";

const URUT: Record<Keparahan, number> = { galat: 0, peringatan: 1, info: 2 };

export function periksaDataOpd(s: SnapshotOpdTahun, opsi: Partial<OpsiPeriksaData> = {}): HasilPeriksaData {
  const o = { ...OPSI_PERIKSA_DATA, ...opsi };
  const temuan = [...periksaKelengkapan(s), ...periksaKewajaran(s, o), ...periksaKonsistensi(s)];
  temuan.sort((a, b) => URUT[a.keparahan] - URUT[b.keparahan]);
  const ringkasan: Record<Keparahan, number> = { galat: 0, peringatan: 0, info: 0 };
  for (const t of temuan) ringkasan[t.keparahan]++;
  return {
    opd: s.opdSlug,
    tahun: s.tahun,
    temuan,
    ringkasan,
    diperiksa: {
      sasaran: s.sasaran.length,
      indikator: s.indikator.length,
      pk: s.pk.length,
      subKegiatan: s.anggaran?.subKegiatan.length ?? 0,
      desa: s.desa.length,
    },
  };
}

/**
 * The galat that block submitting a module (workflow "ajukan"): the module's own, and for the report (laporan)
 * every galat, since the report states all modules.
 */
export function galatPenghalang(temuan: readonly Temuan[], modul: ModulData): Temuan[] {
  return temuan.filter((t) => t.keparahan === "galat" && (modul === "laporan" || t.lokasi.modul === modul));
}
