/**
 * Scope of an OPD use case: the slugs of the URL resolved to ids, then authorised (resolve → authorize, before any
 * read or write of the OPD's data).
 */
import type { Aktor } from "../../domain/akses/aktor";
import type { Izin } from "../../domain/akses/izin";
import type { OpdRow, PemdaRow } from "../../storage/repositories/organisasi-repository";
import { authorize } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { resolveOpd, resolvePemda } from "../organisasi/resolve-opd";

export interface LingkupOpd {
  pemda: string;
  opd: string;
}

export interface OpdTerotorisasi {
  pemda: PemdaRow;
  opd: OpdRow;
  pemdaId: string;
  opdId: string;
  aktor: Aktor;
}

export async function otorisasiOpd(ctx: ServiceContext, lingkup: LingkupOpd, izin: Izin): Promise<OpdTerotorisasi> {
  const { pemda, opd } = await resolveOpd(ctx, lingkup.pemda, lingkup.opd);
  const aktor = authorize(ctx, izin, { pemdaId: pemda.id, opdId: opd.id });
  return { pemda, opd, pemdaId: pemda.id, opdId: opd.id, aktor };
}

export async function otorisasiPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  izin: Izin,
): Promise<{ pemda: PemdaRow; pemdaId: string; aktor: Aktor }> {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  const aktor = authorize(ctx, izin, { pemdaId: pemda.id });
  return { pemda, pemdaId: pemda.id, aktor };
}
