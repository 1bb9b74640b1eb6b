/**
 * The Pemda and OPD a user may see (organisasi.baca): the system actor sees every Pemda; a user sees only its own
 * Pemda; an OPD-bound user (operator, pimpinan, OPD-bound petugas SKM or viewer) sees only its own OPD in the
 * list, while Pemda-wide users (admin, evaluator, viewer of the Pemda) see every OPD of their Pemda (ADR 0008).
 */
import type { Aktor } from "../../domain/akses/aktor";
import {
  listOpd as listOpdRows,
  listPemda,
  type OpdRow,
  type PemdaRow,
} from "../../storage/repositories/organisasi-repository";
import { authorize, requireAktor } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { resolvePemda } from "./resolve-opd";

export interface PemdaWithOpd extends PemdaRow {
  opd: OpdRow[];
}

function opdTerlihat(aktor: Aktor, rows: OpdRow[]): OpdRow[] {
  return aktor.opdId === null ? rows : rows.filter((o) => o.id === aktor.opdId);
}

export async function listPemdaWithOpd(ctx: ServiceContext): Promise<PemdaWithOpd[]> {
  const aktor = requireAktor(ctx);
  const all = await listPemda(ctx.db);
  const visible = aktor.pemdaId === null ? all : all.filter((p) => p.id === aktor.pemdaId);
  return Promise.all(
    visible.map(async (p) => {
      authorize(ctx, "organisasi.baca", { pemdaId: p.id });
      return { ...p, opd: opdTerlihat(aktor, await listOpdRows(ctx.db, p.id)) };
    }),
  );
}

export async function listOpdOfPemda(ctx: ServiceContext, pemdaSlug: string): Promise<OpdRow[]> {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  const aktor = authorize(ctx, "organisasi.baca", { pemdaId: pemda.id });
  return opdTerlihat(aktor, await listOpdRows(ctx.db, pemda.id));
}
