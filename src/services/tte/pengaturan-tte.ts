/**
 * The TTE provider per Pemda as data (issue 17/11, ADR 0039): `register` (works offline) or `bsre` (the Pemda's
 * Esign Client Service), and that gateway's address when it differs from the server's `TTE_URL`. Read by anyone who
 * may see the Pemda; changed by its admin (`pemda.kelola`), audited, versioned (If-Match) by the route.
 */
import type { PenyediaTte } from "../../domain/tte";
import { DomainError } from "../../domain/shared/errors";
import { getTtePengaturan, upsertTtePengaturan } from "../../storage/repositories/tte-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";

export interface PengaturanTte {
  penyedia: PenyediaTte;
  /** The Pemda's own gateway address; null → the server's TTE_URL. */
  alamat: string | null;
}

export async function lihatPengaturanTte(ctx: ServiceContext, pemdaSlug: string): Promise<PengaturanTte> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  const r = await getTtePengaturan(ctx.db, pemdaId);
  return { penyedia: r?.penyedia ?? "register", alamat: r?.alamat ?? null };
}

function periksaAlamat(a: string | null | undefined): string | null {
  const s = a?.trim() ?? "";
  if (s === "") return null;
  let u: URL | null = null;
  try {
    u = new URL(s);
  } catch {
    u = null;
  }
  if (!u || (u.protocol !== "http:" && u.protocol !== "https:") || s.length > 500)
    throw new DomainError(
      "alamat_tte_tidak_sah",
      `alamat: "${s.slice(0, 80)}" bukan alamat http(s) yang sah (contoh http://10.0.0.5:8080)`,
      { field: "alamat" },
    );
  return s.replace(/\/+$/, "");
}

export async function ubahPengaturanTte(
  ctx: ServiceContext,
  pemdaSlug: string,
  m: { penyedia: PenyediaTte; alamat?: string | null | undefined },
): Promise<{ pengaturan: PengaturanTte; diubah: boolean }> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const r = await getTtePengaturan(ctx.db, pemdaId);
  const lama: PengaturanTte = { penyedia: r?.penyedia ?? "register", alamat: r?.alamat ?? null };
  const baru: PengaturanTte = { penyedia: m.penyedia, alamat: periksaAlamat(m.alamat) };
  if (lama.penyedia === baru.penyedia && lama.alamat === baru.alamat) return { pengaturan: lama, diubah: false };
  await mutasi(ctx, { entity: "tte_pengaturan", action: "ubah", pemdaId }, async (tx) => {
    await upsertTtePengaturan(tx, { pemdaId, ...baru });
    return { entityId: pemdaId, before: lama, after: baru, result: undefined };
  });
  return { pengaturan: baru, diubah: true };
}
