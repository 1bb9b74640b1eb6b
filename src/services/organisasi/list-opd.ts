import {
  listOpd as listOpdRows,
  listPemda,
  type OpdRow,
  type PemdaRow,
} from "../../storage/repositories/organisasi-repository";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

export interface PemdaWithOpd extends PemdaRow {
  opd: OpdRow[];
}

export async function listPemdaWithOpd(ctx: ServiceContext): Promise<PemdaWithOpd[]> {
  const all = await listPemda(ctx.db);
  return Promise.all(all.map(async (p) => ({ ...p, opd: await listOpdRows(ctx.db, p.id) })));
}

export async function listOpdOfPemda(ctx: ServiceContext, pemdaSlug: string): Promise<OpdRow[]> {
  const found = (await listPemda(ctx.db)).find((p) => p.slug === pemdaSlug);
  if (!found) throw new NotFoundError(`Pemda "${pemdaSlug}" tidak ditemukan`);
  return listOpdRows(ctx.db, found.id);
}
