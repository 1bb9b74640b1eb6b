/**
 * The stored answers of a survey period for the Petugas SKM (issue 12, ADR 0037): a paged list (filter by layanan,
 * channel, date range, status), reading one answer, correcting it (u1..u9 and the profile; reason required) and
 * voiding it (reason required). Both writes are audited with the old and new values and the reason, guarded by the
 * answer's version (If-Match), and allowed only while the period is open (a closed period already fed the IKM
 * indicator: reopen it first). A voided answer stays stored and listed, but counts in no figure: the IKM recomputes
 * from the remaining answers. The raw saran never leaves the service (only the cleaned text).
 */
import { KODE_UNSUR } from "../../domain/ikm/unsur";
import { periksaNilai, periksaProfil } from "../../domain/skm";
import { DomainError } from "../../domain/shared/errors";
import {
  getPeriodeId,
  getResponden,
  halamanResponden,
  listLayanan,
  type SkmRespondenRow,
  ubahResponden,
} from "../../storage/repositories/skm-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { layananOpd, pastikanTerbuka, periodeOpd } from "./umum";

export type SaluranSkm = "online" | "qr" | "kiosk" | "kertas" | "impor";

export interface RespondenSkmDto {
  id: string;
  layanan: string;
  periode: string;
  waktu: string;
  saluran: SaluranSkm;
  jawaban: Record<string, number>;
  responden: {
    umur: number | null;
    jenisKelamin: string | null;
    pendidikan: string | null;
    pekerjaan: string | null;
  };
  /** The saran with personal data replaced (never the raw text). */
  saran: string | null;
  dikoreksiPada: string | null;
  dibatalkanPada: string | null;
  alasanBatal: string | null;
}

export interface HalamanRespondenSkm {
  periode: string;
  total: number;
  halaman: number;
  ukuran: number;
  baris: RespondenSkmDto[];
}

export interface SaringDaftarResponden {
  layanan?: string | undefined;
  saluran?: SaluranSkm | undefined;
  /** yyyy-mm-dd, inclusive, in WIB (UTC+7) like the period's dates. */
  dari?: string | undefined;
  sampai?: string | undefined;
  status?: "aktif" | "batal" | undefined;
  halaman?: number | undefined;
  ukuran?: number | undefined;
}

const MAKS_ALASAN = 500;

function dto(r: SkmRespondenRow, layanan: string, periode: string): RespondenSkmDto {
  return {
    id: r.id,
    layanan,
    periode,
    waktu: r.waktu.toISOString(),
    saluran: r.saluran,
    jawaban: Object.fromEntries(KODE_UNSUR.map((k) => [k, r[k]])),
    responden: { umur: r.umur, jenisKelamin: r.jenisKelamin, pendidikan: r.pendidikan, pekerjaan: r.pekerjaan },
    saran: r.saran === null ? null : r.saranBersih,
    dikoreksiPada: r.dikoreksiPada ? r.dikoreksiPada.toISOString() : null,
    dibatalkanPada: r.dibatalkanPada ? r.dibatalkanPada.toISOString() : null,
    alasanBatal: r.alasanBatal,
  };
}

/** Start of a WIB calendar day as an instant (yyyy-mm-dd 00:00 UTC+7). */
function awalHariWib(tanggal: string, field: string, tambahHari = 0): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  const hari = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  // a real calendar day only (2024-13-45 or 2023-02-30 do not roll over into another date)
  if (!hari || Number.isNaN(hari.getTime()) || hari.toISOString().slice(0, 10) !== tanggal) {
    throw new DomainError("tanggal_tidak_valid", `${field} "${tanggal}" harus tanggal yyyy-mm-dd yang ada`, { field });
  }
  return new Date(hari.getTime() + (tambahHari * 24 - 7) * 3600_000);
}

function periksaAlasan(alasan: unknown): string {
  const teks = typeof alasan === "string" ? alasan.trim() : "";
  if (!teks) throw new DomainError("alasan_kosong", "alasan wajib diisi", { field: "alasan" });
  if ([...teks].length > MAKS_ALASAN) {
    throw new DomainError("alasan_terlalu_panjang", `alasan terlalu panjang (maksimal ${MAKS_ALASAN} karakter)`, {
      field: "alasan",
    });
  }
  return teks;
}

export async function daftarRespondenSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  periodeKode: string,
  s: SaringDaftarResponden = {},
): Promise<HalamanRespondenSkm> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const p = await periodeOpd(ctx, opdId, periodeKode);
  const satu = s.layanan ? await layananOpd(ctx, pemdaId, opdId, s.layanan) : null;
  const dari = s.dari ? awalHariWib(s.dari, "dari") : undefined;
  const sampai = s.sampai ? awalHariWib(s.sampai, "sampai", 1) : undefined;
  if (dari && sampai && sampai <= dari) {
    throw new DomainError("rentang_tidak_valid", `tanggal "sampai" (${s.sampai}) sebelum "dari" (${s.dari})`, {
      field: "sampai",
    });
  }
  const ukuran = Math.min(Math.max(s.ukuran ?? 50, 1), 200);
  const halaman = Math.max(s.halaman ?? 1, 1);
  const kode = new Map((await listLayanan(ctx.db, opdId)).map((l) => [l.id, l.kode]));
  const { total, baris } = await halamanResponden(
    ctx.db,
    opdId,
    { periodeId: p.id, layananId: satu?.id, saluran: s.saluran, dari, sampai, status: s.status },
    ukuran,
    (halaman - 1) * ukuran,
  );
  return {
    periode: p.kode,
    total,
    halaman,
    ukuran,
    baris: baris.map((r) => dto(r, kode.get(r.layananId) ?? "", p.kode)),
  };
}

async function cari(ctx: ServiceContext, opdId: string, id: string) {
  const r = await getResponden(ctx.db, opdId, id);
  if (!r) throw new NotFoundError(`jawaban responden "${id}" tidak ada di perangkat daerah ini`);
  const layanan = (await listLayanan(ctx.db, opdId)).find((l) => l.id === r.layananId)?.kode ?? "";
  const p = await getPeriodeId(ctx.db, r.periodeId);
  if (!p) throw new NotFoundError(`periode jawaban responden "${id}" tidak ditemukan`);
  return { r, layanan, p };
}

export async function bacaRespondenSkm(ctx: ServiceContext, lingkup: LingkupOpd, id: string): Promise<RespondenSkmDto> {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const { r, layanan, p } = await cari(ctx, opdId, id);
  return dto(r, layanan, p.kode);
}

export interface KoreksiResponden {
  jawaban: Record<string, unknown>;
  responden?: Record<string, unknown> | null | undefined;
  alasan: string;
}

/** Corrects the answers and profile of one stored answer (a typing error on paper, a mis-scanned row). */
export async function koreksiRespondenSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  id: string,
  m: KoreksiResponden,
): Promise<RespondenSkmDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const alasan = periksaAlasan(m.alasan);
  const nilai = periksaNilai(m.jawaban);
  const profil = periksaProfil(m.responden);
  const { r, layanan, p } = await cari(ctx, opdId, id);
  pastikanTerbuka(p);
  if (r.dibatalkanPada) throw new ConflictError("jawaban ini sudah dibatalkan dan tidak dapat dikoreksi");
  const lama = { ...dto(r, layanan, p.kode).jawaban, ...dto(r, layanan, p.kode).responden };
  const baru = { ...nilai, ...profil };
  if (Object.entries(baru).every(([k, v]) => lama[k as keyof typeof lama] === v)) return dto(r, layanan, p.kode);
  return mutasi(ctx, { entity: "skm_responden", action: "koreksi", pemdaId, opdId, alasan }, async (tx) => {
    const row = await ubahResponden(tx, r.id, { ...baru, dikoreksiPada: ctx.now() });
    return { entityId: r.id, before: lama, after: baru, result: dto(row, layanan, p.kode) };
  });
}

/** Voids one stored answer (a test entry, a duplicate): it stays stored and in the audit trail, counted nowhere. */
export async function batalkanRespondenSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  id: string,
  m: { alasan: string },
): Promise<RespondenSkmDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const alasan = periksaAlasan(m.alasan);
  const { r, layanan, p } = await cari(ctx, opdId, id);
  pastikanTerbuka(p);
  if (r.dibatalkanPada) throw new ConflictError("jawaban ini sudah dibatalkan");
  return mutasi(ctx, { entity: "skm_responden", action: "batal", pemdaId, opdId, alasan }, async (tx) => {
    const row = await ubahResponden(tx, r.id, { dibatalkanPada: ctx.now(), alasanBatal: alasan });
    return {
      entityId: r.id,
      before: dto(r, layanan, p.kode),
      after: { dibatalkanPada: row.dibatalkanPada, alasanBatal: alasan },
      result: dto(row, layanan, p.kode),
    };
  });
}
