/**
 * Turns the slugs of a URL (`/api/v1/pemda/{pemda}/opd/{opd}/…`) into ids. Unknown slugs are 404; the caller
 * then authorises on the ids.
 */
import { listOpd, listPemda, type OpdRow, type PemdaRow } from "../../storage/repositories/organisasi-repository";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

export async function resolvePemda(ctx: ServiceContext, pemdaSlug: string): Promise<PemdaRow> {
  const found = (await listPemda(ctx.db)).find((p) => p.slug === pemdaSlug);
  if (!found) throw new NotFoundError(`Pemda "${pemdaSlug}" tidak ditemukan`);
  return found;
}

export async function resolveOpd(
  ctx: ServiceContext,
  pemdaSlug: string,
  opdSlug: string,
): Promise<{ pemda: PemdaRow; opd: OpdRow }> {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  const opd = (await listOpd(ctx.db, pemda.id)).find((o) => o.slug === opdSlug);
  if (!opd) throw new NotFoundError(`Perangkat daerah "${opdSlug}" tidak ditemukan`);
  return { pemda, opd };
}
