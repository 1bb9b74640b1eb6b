/**
 * The Pemda's logo (pemda_profil.logo, bytea): upload (PNG/JPEG, ≤ 1 MB, checked by gambar-logo.ts), download,
 * delete. Writes need "pemda.kelola" and are audited with the logo's type, size, dimensions and SHA-256 (never the
 * bytes); the same bytes uploaded again change nothing and write no audit entry.
 */
import { createHash } from "node:crypto";
import { getPemdaProfil, upsertPemdaProfil } from "../../storage/repositories/organisasi-profil-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { periksaGambarLogo } from "./gambar-logo";

export const BATAS_LOGO_BYTE = 1024 * 1024;

/** A body over the logo limit: the API answers 413 (problem.ts maps an error's `status` below 500). */
export class LogoTerlaluBesarError extends Error {
  readonly status = 413;
  constructor(ukuran: number) {
    super(`Logo ${(ukuran / 1048576).toFixed(2).replace(".", ",")} MB melebihi batas 1 MB`);
    this.name = "LogoTerlaluBesarError";
  }
}

export interface RingkasanLogo {
  mime: string;
  ukuran: number;
  sha256: string;
}

function ringkas(mime: string | null, isi: Uint8Array | null): RingkasanLogo | null {
  if (!mime || !isi) return null;
  return { mime, ukuran: isi.byteLength, sha256: createHash("sha256").update(isi).digest("hex") };
}

/** Stores the Pemda's logo; refuses > 1 MB (413) and anything that is not a readable PNG/JPEG (400). */
export async function unggahLogoPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  isi: Uint8Array,
): Promise<RingkasanLogo & { lebar: number; tinggi: number; diubah: boolean }> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  if (isi.byteLength > BATAS_LOGO_BYTE) throw new LogoTerlaluBesarError(isi.byteLength);
  const info = periksaGambarLogo(isi);
  const profil = await getPemdaProfil(ctx.db, pemdaId);
  const before = ringkas(profil?.logoMime ?? null, profil?.logo ?? null);
  const after = { ...ringkas(info.mime, isi)!, lebar: info.lebar, tinggi: info.tinggi };
  if (before?.sha256 === after.sha256 && before.mime === after.mime) return { ...after, diubah: false };
  return mutasi(ctx, { entity: "pemda-logo", action: "unggah", pemdaId }, async (tx) => {
    await upsertPemdaProfil(tx, {
      pemdaId,
      ibuKota: profil?.ibuKota ?? null,
      alamat: profil?.alamat ?? null,
      logoMime: info.mime,
      logo: isi,
    });
    return { entityId: pemdaId, before, after, result: { ...after, diubah: true } };
  });
}

/** The stored logo's bytes and type ("organisasi.baca"); 404 when the Pemda has none. */
export async function unduhLogoPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
): Promise<{ mime: string; isi: Uint8Array }> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  const profil = await getPemdaProfil(ctx.db, pemdaId);
  if (!profil?.logo || !profil.logoMime) throw new NotFoundError("Pemda ini belum memiliki logo");
  return { mime: profil.logoMime, isi: profil.logo };
}

/** Removes the logo; without a logo nothing changes (no audit entry). */
export async function hapusLogoPemda(ctx: ServiceContext, pemdaSlug: string): Promise<{ dihapus: boolean }> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const profil = await getPemdaProfil(ctx.db, pemdaId);
  const before = ringkas(profil?.logoMime ?? null, profil?.logo ?? null);
  if (!profil || !before) return { dihapus: false };
  return mutasi(ctx, { entity: "pemda-logo", action: "hapus", pemdaId }, async (tx) => {
    await upsertPemdaProfil(tx, { ...profil, logoMime: null, logo: null });
    return { entityId: pemdaId, before, after: null, result: { dihapus: true } };
  });
}
