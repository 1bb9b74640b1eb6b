/**
 * Survey periods of an OPD (skm.baca / skm.ubah, own OPD): save by kode (jenis, mulai, selesai), delete while
 * empty, set the population per layanan, and close. Closing computes Σ per unsur and the respondent count from the
 * stored answers of all layanan and writes them as the OPD's hasil-survei record of that period (the record the IKM
 * indicator is linked to today, services/hasil), with the trace "dari periode SKM <kode>"; the indicator's realisasi,
 * the Pengukuran and the LKjIP then show the IKM computed from the rows.
 */
import { periksaKodePeriode } from "../../domain/skm";
import { parseTanggalIso } from "../../domain/format/tanggal";
import { DomainError } from "../../domain/shared/errors";
import { KODE_UNSUR } from "../../domain/ikm/unsur";
import { listHasilSurvei } from "../../storage/repositories/hasil-tertaut-repository";
import {
  adaResponden,
  deletePeriode,
  deletePopulasi,
  getPeriodeKode,
  jumlahPerLayanan,
  setStatusPeriode,
  upsertPeriode,
  upsertPopulasi,
} from "../../storage/repositories/skm-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { simpanHasilSurvei } from "../hasil/simpan-hasil";
import { periodeDto, type PeriodeSkmDto } from "./layanan";
import { layananOpd, periodeOpd } from "./umum";

export interface MasukanPeriode {
  jenis: "triwulan" | "semester" | "tahun";
  mulai: string;
  selesai: string;
}

export async function bacaPeriodeSkm(ctx: ServiceContext, lingkup: LingkupOpd, kode: string): Promise<PeriodeSkmDto> {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  return periodeDto(await periodeOpd(ctx, opdId, kode));
}

export async function simpanPeriodeSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  kodeMasukan: string,
  m: MasukanPeriode,
): Promise<{ periode: PeriodeSkmDto; diubah: boolean }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const kode = periksaKodePeriode(kodeMasukan);
  parseTanggalIso(m.mulai, "mulai");
  parseTanggalIso(m.selesai, "selesai");
  if (m.selesai < m.mulai) {
    throw new DomainError("periode_terbalik", `tanggal selesai ${m.selesai} sebelum tanggal mulai ${m.mulai}`, {
      field: "selesai",
    });
  }
  const ada = await getPeriodeKode(ctx.db, opdId, kode);
  const baru = { kode, jenis: m.jenis, mulai: m.mulai, selesai: m.selesai };
  const lama = ada ? { kode: ada.kode, jenis: ada.jenis, mulai: ada.mulai, selesai: ada.selesai } : null;
  if (ada && samaData(lama, baru)) return { periode: periodeDto(ada), diubah: false };
  if (ada?.status === "ditutup") {
    throw new ConflictError(`periode SKM "${kode}" sudah ditutup dan tidak dapat diubah`);
  }
  return mutasi(ctx, { entity: "skm_periode", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    const row = await upsertPeriode(tx, { pemdaId, opdId, ...baru }, ctx.now());
    return { entityId: row.id, before: lama, after: baru, result: { periode: periodeDto(row), diubah: true } };
  });
}

export async function hapusPeriodeSkm(ctx: ServiceContext, lingkup: LingkupOpd, kode: string): Promise<void> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const p = await periodeOpd(ctx, opdId, kode);
  if (await adaResponden(ctx.db, "periode", p.id)) {
    throw new ConflictError(`periode "${p.kode}" sudah memiliki jawaban responden dan tidak dapat dihapus`);
  }
  await mutasi(ctx, { entity: "skm_periode", action: "hapus", pemdaId, opdId }, async (tx) => {
    await deletePeriode(tx, p.id);
    return { entityId: p.id, before: periodeDto(p), after: null, result: undefined };
  });
}

/** Population (service users) of a layanan in a period for the minimum sample; null removes it. */
export async function aturPopulasiSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  periodeKode: string,
  layananKode: string,
  populasi: number | null,
): Promise<void> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  if (populasi !== null && (!Number.isInteger(populasi) || populasi < 1)) {
    throw new DomainError("populasi_tidak_valid", `populasi "${populasi}" harus bilangan bulat ≥ 1`, {
      field: "populasi",
    });
  }
  const p = await periodeOpd(ctx, opdId, periodeKode);
  const l = await layananOpd(ctx, pemdaId, opdId, layananKode);
  await mutasi(ctx, { entity: "skm_populasi", action: "ubah", pemdaId, opdId }, async (tx) => {
    if (populasi === null) await deletePopulasi(tx, l.id, p.id);
    else await upsertPopulasi(tx, { pemdaId, opdId, layananId: l.id, periodeId: p.id, populasi });
    return {
      entityId: p.id,
      before: null,
      after: { periode: p.kode, layanan: l.kode, populasi },
      result: undefined,
    };
  });
}

export interface HasilTutup {
  periode: PeriodeSkmDto;
  responden: number;
  hasilSurvei: { kode: string; diubah: boolean };
}

/**
 * Closes a period: no more answers; Σ per unsur of all its answers → the OPD's hasil-survei record (kode reused when
 * one with the same dates exists, else "skm-<periode>"), sumber "dari periode SKM <kode> …". Closing again refreshes
 * the record (idempotent). A period without answers cannot be closed (409).
 */
export async function tutupPeriodeSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  kode: string,
  /** Appended to the trace (the demo says its rows were built from published sums). */
  catatan?: string,
): Promise<HasilTutup> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const p = await periodeOpd(ctx, opdId, kode);
  const baris = await jumlahPerLayanan(ctx.db, [p.id]);
  const responden = baris.reduce((a, b) => a + b.responden, 0);
  if (responden === 0) {
    throw new ConflictError(`periode SKM "${p.kode}" belum memiliki responden; tidak dapat ditutup`);
  }
  const jumlah = Object.fromEntries(
    KODE_UNSUR.map((k, i) => [k, String(baris.reduce((a, b) => a + (b.jumlah[i] ?? 0), 0))]),
  );
  const tahun = Number(p.selesai.slice(0, 4));
  const sama = (await listHasilSurvei(ctx.db, [opdId])).find(
    (h) => h.tahun === tahun && h.periodeMulai === p.mulai && h.periodeSelesai === p.selesai,
  );
  const kodeHasil = p.hasilSurveiKode ?? sama?.kode ?? `skm-${p.kode.toLowerCase()}`;
  const hasil = await simpanHasilSurvei(ctx, lingkup, {
    kode: kodeHasil,
    tahun,
    periodeMulai: p.mulai,
    periodeSelesai: p.selesai,
    responden,
    jenisMasukan: "jumlah",
    nilai: jumlah,
    sumber: `dari periode SKM ${p.kode} (${p.mulai} s.d. ${p.selesai}): ${responden} responden dari ${baris.length} layanan, Σ nilai per unsur dihitung dari jawaban tersimpan${catatan ? `. ${catatan}` : ""}`,
  });
  if (p.status === "ditutup" && p.hasilSurveiKode === kodeHasil) {
    return { periode: periodeDto(p), responden, hasilSurvei: { kode: kodeHasil, diubah: hasil.diubah } };
  }
  const now = ctx.now();
  await mutasi(ctx, { entity: "skm_periode", action: "tutup", pemdaId, opdId }, async (tx) => {
    await setStatusPeriode(tx, p.id, "ditutup", now, kodeHasil);
    return {
      entityId: p.id,
      before: { status: p.status },
      after: { status: "ditutup", responden, hasilSurvei: kodeHasil },
      result: undefined,
    };
  });
  return {
    periode: periodeDto({ ...p, status: "ditutup", ditutupPada: now, hasilSurveiKode: kodeHasil }),
    responden,
    hasilSurvei: { kode: kodeHasil, diubah: hasil.diubah },
  };
}

/** Reopens a closed period (answers may be added again; close it again to refresh the indicator). */
export async function bukaPeriodeSkm(ctx: ServiceContext, lingkup: LingkupOpd, kode: string): Promise<PeriodeSkmDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const p = await periodeOpd(ctx, opdId, kode);
  if (p.status === "terbuka") return periodeDto(p);
  await mutasi(ctx, { entity: "skm_periode", action: "buka", pemdaId, opdId }, async (tx) => {
    await setStatusPeriode(tx, p.id, "terbuka", ctx.now(), p.hasilSurveiKode);
    return { entityId: p.id, before: { status: p.status }, after: { status: "terbuka" }, result: undefined };
  });
  return periodeDto({ ...p, status: "terbuka", ditutupPada: null });
}
