/**
 * The recap letter's number, place and date, stored with the recap of a year (issue 13; ADR 0033): read with
 * evaluasi.baca, written by whoever finalises (evaluasi.finalkan: the team leader, the admin), audited, versioned
 * (the route's ETag). The DOCX/PDF recap prints the stored fields; a download's own query fields still win.
 */
import { DomainError } from "../../domain/shared/errors";
import { getSuratRekap, simpanSuratRekap } from "../../storage/repositories/lke-surat-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";

export interface SuratRekap {
  tahun: number;
  nomor: string | null;
  tempat: string | null;
  tanggal: string | null;
}

export async function bacaSuratRekap(ctx: ServiceContext, pemdaSlug: string, tahun: number): Promise<SuratRekap> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "evaluasi.baca");
  return suratRekapTersimpan(ctx, pemdaId, tahun);
}

/** Without authorisation: for the recap download, which has authorised already. */
export async function suratRekapTersimpan(ctx: ServiceContext, pemdaId: string, tahun: number): Promise<SuratRekap> {
  const r = await getSuratRekap(ctx.db, pemdaId, tahun);
  return { tahun, nomor: r?.nomor ?? null, tempat: r?.tempat ?? null, tanggal: r?.tanggal ?? null };
}

const bersih = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export async function ubahSuratRekap(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  m: { nomor?: string | null | undefined; tempat?: string | null | undefined; tanggal?: string | null | undefined },
): Promise<SuratRekap> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "evaluasi.finalkan");
  const lama = await suratRekapTersimpan(ctx, pemdaId, tahun);
  const baru: SuratRekap = {
    tahun,
    nomor: m.nomor === undefined ? lama.nomor : bersih(m.nomor),
    tempat: m.tempat === undefined ? lama.tempat : bersih(m.tempat),
    tanggal: m.tanggal === undefined ? lama.tanggal : bersih(m.tanggal),
  };
  if (baru.tanggal && Number.isNaN(Date.parse(`${baru.tanggal}T00:00:00Z`))) {
    throw new DomainError("tanggal_tidak_sah", `tanggal: "${baru.tanggal}" bukan tanggal yang sah (YYYY-MM-DD)`, {
      field: "tanggal",
    });
  }
  await mutasi(ctx, { entity: "lke_surat_rekap", action: "ubah", pemdaId }, async (tx) => {
    await simpanSuratRekap(tx, { pemdaId, ...baru }, ctx.now());
    return { entityId: `${pemdaId}:${tahun}`, before: lama, after: baru, result: undefined };
  });
  return baru;
}
