/**
 * Saran of a period (skm.baca) and their moderation (skm.ubah): only the cleaned text (personal data replaced,
 * domain/skm/saran.ts) ever leaves the service; the raw text stays stored. Status: menunggu → tampil | disembunyikan.
 * `saranPublik` lists the shown ones for the public "Hasil SKM" page and reports.
 */
import { bersihkanSaran } from "../../domain/skm";
import { getResponden, listSaran, setSaranStatus } from "../../storage/repositories/skm-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { layananOpd, periodeOpd } from "./umum";
import { listLayanan } from "../../storage/repositories/skm-repository";

export type StatusSaran = "menunggu" | "tampil" | "disembunyikan";

export interface SaranDto {
  id: string;
  layanan: string;
  waktu: string;
  saluran: string;
  teks: string;
  status: StatusSaran;
}

export async function daftarSaranSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  periodeKode: string,
  opsi: { status?: StatusSaran | undefined; layanan?: string | undefined } = {},
): Promise<SaranDto[]> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const p = await periodeOpd(ctx, opdId, periodeKode);
  const satu = opsi.layanan ? await layananOpd(ctx, pemdaId, opdId, opsi.layanan) : null;
  const layanan = new Map((await listLayanan(ctx.db, opdId)).map((l) => [l.id, l.kode]));
  return (await listSaran(ctx.db, [p.id], opsi.status ?? null))
    .filter((r) => !satu || r.layananId === satu.id)
    .map((r) => ({
      id: r.id,
      layanan: layanan.get(r.layananId) ?? "",
      waktu: r.waktu.toISOString(),
      saluran: r.saluran,
      teks: r.saranBersih ?? bersihkanSaran(r.saran ?? ""),
      status: r.saranStatus ?? "menunggu",
    }));
}

/** Shown saran of a period (moderated), for the publication and the report. */
export async function saranPublikSkm(ctx: ServiceContext, lingkup: LingkupOpd, periodeKode: string) {
  return daftarSaranSkm(ctx, lingkup, periodeKode, { status: "tampil" });
}

/** Moderation: status and, optionally, a further-edited cleaned text (it is cleaned again). */
export async function moderasiSaranSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  id: string,
  m: { status: StatusSaran; teks?: string | undefined },
): Promise<SaranDto> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  const r = await getResponden(ctx.db, opdId, id);
  if (!r || r.saran === null) throw new NotFoundError("saran tidak ditemukan di perangkat daerah ini");
  const teks = bersihkanSaran(m.teks?.trim() || r.saranBersih || r.saran);
  await mutasi(ctx, { entity: "skm_saran", action: "moderasi", pemdaId, opdId }, async (tx) => {
    await setSaranStatus(tx, r.id, m.status, teks);
    return {
      entityId: r.id,
      before: { status: r.saranStatus, teks: r.saranBersih },
      after: { status: m.status, teks },
      result: undefined,
    };
  });
  const layanan = (await listLayanan(ctx.db, opdId)).find((l) => l.id === r.layananId)?.kode ?? "";
  return { id: r.id, layanan, waktu: r.waktu.toISOString(), saluran: r.saluran, teks, status: m.status };
}
