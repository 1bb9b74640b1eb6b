/**
 * The Pemda and OPD a user may see (organisasi.baca): the system actor sees every Pemda; a user sees only its own
 * Pemda; an OPD-bound user (operator, pimpinan, OPD-bound petugas SKM or viewer) sees only its own OPD in the
 * list, while Pemda-wide users (admin, evaluator, viewer of the Pemda) see every OPD of their Pemda (ADR 0008).
 */
import type { Aktor } from "../../domain/akses/aktor";
import {
  listOpd as listOpdRows,
  listOpdRinci,
  listPemda,
  type OpdRinciRow,
  type OpdRow,
  type PemdaRow,
} from "../../storage/repositories/organisasi-repository";
import { authorize, requireAktor } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { resolvePemda } from "./resolve-opd";

export interface PemdaWithOpd extends PemdaRow {
  opd: OpdRow[];
}

function opdTerlihat<T extends OpdRow>(aktor: Aktor, rows: T[]): T[] {
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

/** The OPDs of one Pemda the actor may see, with their address (opd_profil.alamat). */
export async function listOpdOfPemda(ctx: ServiceContext, pemdaSlug: string): Promise<OpdRinciRow[]> {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  const aktor = authorize(ctx, "organisasi.baca", { pemdaId: pemda.id });
  return opdTerlihat(aktor, await listOpdRinci(ctx.db, pemda.id));
}
