/**
 * Unit layanan of an OPD (skm.baca / skm.ubah, own OPD): list with the periods, read one, save by kode (create or
 * update; the kode is the public link /s/{kode}, unique in the Pemda), delete (only while it has no answer; else
 * deactivate it). Writes are audited.
 */
import { periksaKodeLayanan } from "../../domain/skm";
import { DomainError } from "../../domain/shared/errors";
import {
  adaResponden,
  deleteLayanan,
  getLayananKode,
  listLayanan,
  listPeriode,
  type SkmLayananRow,
  type SkmPeriodeRow,
  upsertLayanan,
} from "../../storage/repositories/skm-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { layananOpd } from "./umum";

export interface LayananSkmDto {
  kode: string;
  nama: string;
  namaEn: string | null;
  aktif: boolean;
  urutan: number;
  /** Public short link path. */
  tautan: string;
}

export interface PeriodeSkmDto {
  kode: string;
  jenis: "triwulan" | "semester" | "tahun";
  mulai: string;
  selesai: string;
  status: "terbuka" | "ditutup";
  ditutupPada: string | null;
  hasilSurveiKode: string | null;
}

export const layananDto = (l: SkmLayananRow): LayananSkmDto => ({
  kode: l.kode,
  nama: l.nama,
  namaEn: l.namaEn,
  aktif: l.aktif,
  urutan: l.urutan,
  tautan: `/s/${l.kode}`,
});

export const periodeDto = (p: SkmPeriodeRow): PeriodeSkmDto => ({
  kode: p.kode,
  jenis: p.jenis,
  mulai: p.mulai,
  selesai: p.selesai,
  status: p.status,
  ditutupPada: p.ditutupPada ? p.ditutupPada.toISOString() : null,
  hasilSurveiKode: p.hasilSurveiKode,
});

/** Layanan and periods of the OPD (what `sakip skm layanan` prints). */
export async function daftarLayananSkm(ctx: ServiceContext, lingkup: LingkupOpd) {
  const { pemda, opd, opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const [layanan, periode] = await Promise.all([listLayanan(ctx.db, opdId), listPeriode(ctx.db, opdId)]);
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    opd: { slug: opd.slug, nama: opd.nama },
    layanan: layanan.map(layananDto),
    periode: periode.map(periodeDto),
  };
}

export async function bacaLayananSkm(ctx: ServiceContext, lingkup: LingkupOpd, kode: string): Promise<LayananSkmDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  return layananDto(await layananOpd(ctx, pemdaId, opdId, kode));
}

export interface MasukanLayanan {
  nama: string;
  namaEn?: string | null | undefined;
  aktif?: boolean | undefined;
  urutan?: number | undefined;
}

export async function simpanLayananSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  kodeMasukan: string,
  m: MasukanLayanan,
): Promise<{ layanan: LayananSkmDto; diubah: boolean }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const kode = periksaKodeLayanan(kodeMasukan);
  const nama = m.nama.trim();
  if (!nama) throw new DomainError("nama_kosong", "nama layanan wajib diisi", { field: "nama" });
  const ada = await getLayananKode(ctx.db, pemdaId, kode);
  if (ada && ada.opdId !== opdId) {
    throw new ConflictError(`kode layanan "${kode}" sudah dipakai perangkat daerah lain di Pemda ini; pilih kode lain`);
  }
  const baru = {
    kode,
    nama,
    namaEn: m.namaEn?.trim() || null,
    aktif: m.aktif ?? ada?.aktif ?? true,
    urutan: m.urutan ?? ada?.urutan ?? 0,
  };
  const lama = ada
    ? { kode: ada.kode, nama: ada.nama, namaEn: ada.namaEn, aktif: ada.aktif, urutan: ada.urutan }
    : null;
  if (ada && samaData(lama, baru)) return { layanan: layananDto(ada), diubah: false };
  return mutasi(ctx, { entity: "skm_layanan", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    const row = await upsertLayanan(tx, { pemdaId, opdId, ...baru }, ctx.now());
    if (row.opdId !== opdId) throw new ConflictError(`kode layanan "${kode}" sudah dipakai perangkat daerah lain`);
    return { entityId: row.id, before: lama, after: baru, result: { layanan: layananDto(row), diubah: true } };
  });
}

export async function hapusLayananSkm(ctx: ServiceContext, lingkup: LingkupOpd, kode: string): Promise<void> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const l = await layananOpd(ctx, pemdaId, opdId, kode);
  if (await adaResponden(ctx.db, "layanan", l.id)) {
    throw new ConflictError(
      `layanan "${l.kode}" sudah memiliki jawaban responden dan tidak dapat dihapus; nonaktifkan saja (aktif: false)`,
    );
  }
  await mutasi(ctx, { entity: "skm_layanan", action: "hapus", pemdaId, opdId }, async (tx) => {
    await deleteLayanan(tx, l.id);
    return { entityId: l.id, before: layananDto(l), after: null, result: undefined };
  });
}
