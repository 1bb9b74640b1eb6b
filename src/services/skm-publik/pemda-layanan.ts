/**
 * Which Pemda a short link `/s/{kode}` belongs to (ADR 0021): the server's only Pemda when it hosts one, otherwise
 * the one Pemda whose service has that kode (null when none or several do: then `/s/{pemda}/{kode}` is needed).
 * Public: answers a Pemda slug only.
 */
import { listPemda } from "../../storage/repositories/organisasi-repository";
import { pemdaDenganKodeLayanan } from "../../storage/repositories/skm-publik-repository";
import type { ServiceContext } from "../context";

export async function pemdaUntukKodeLayanan(ctx: ServiceContext, kode: string): Promise<string | null> {
  const semua = await listPemda(ctx.db);
  if (semua.length === 1) return semua[0]?.slug ?? null;
  const punya = await pemdaDenganKodeLayanan(ctx.db, kode.trim().toLowerCase());
  return punya.length === 1 ? (punya[0] ?? null) : null;
}
