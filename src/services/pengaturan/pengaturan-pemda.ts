/**
 * Pemda settings as data (issue 11, ADR 0019): the ONE place every use case reads a Pemda's time zone and its rule
 * version per area and year. Reading needs no permission (the caller has already authorised its own use case and
 * holds the Pemda's id); changing is `pemda.kelola` (admin), audited and versioned (If-Match, ADR 0016).
 */
import type { AreaAturan } from "../../domain/aturan/daftar";
import { AREA_ATURAN } from "../../domain/aturan/daftar";
import type { PilihanAturan } from "../../domain/aturan/profil";
import { type AturanPemda, aturanUntuk, periksaPilihanAturan } from "../../domain/pengaturan/aturan-pemda";
import {
  isZonaWaktu,
  singkatanZona,
  ZONA_WAKTU,
  ZONA_WAKTU_BAWAAN,
  type ZonaWaktu,
} from "../../domain/pengaturan/zona-waktu";
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import { listPemda } from "../../storage/repositories/organisasi-repository";
import { getPemdaPengaturan, upsertPemdaPengaturan } from "../../storage/repositories/pengaturan-pemda-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";

export interface PengaturanPemda {
  /** IANA zone of the Pemda's calendar days and shown times. */
  zonaWaktu: ZonaWaktu;
  /** The stored choice per area (areas not listed use the year's default). */
  pilihanAturan: PilihanAturan;
  /** The rule version of `area` for budget year `tahun` (typed per area). */
  aturan: AturanPemda;
}

/** Reads a Pemda's settings (defaults when none are stored). No authorisation: callers pass an authorised id. */
export async function bacaPengaturanPemda(db: Db, pemdaId: string): Promise<PengaturanPemda> {
  const row = await getPemdaPengaturan(db, pemdaId);
  return bentukPengaturan(row?.zonaWaktu ?? ZONA_WAKTU_BAWAAN, (row?.aturan ?? {}) as PilihanAturan);
}

/**
 * A Pemda's settings by its slug, for the operator's CLI (which holds the database itself, no session): the one read
 * above after resolving the slug. Throws DomainError `pemda_tidak_dikenal` naming the known slugs.
 */
export async function bacaPengaturanPemdaSlug(
  db: Db,
  slug: string,
): Promise<PengaturanPemda & { pemdaId: string; nama: string }> {
  const semua = await listPemda(db);
  const p = semua.find((x) => x.slug === slug);
  if (!p) {
    throw new DomainError(
      "pemda_tidak_dikenal",
      `--pemda: "${slug}" tidak dikenal (${semua.map((x) => x.slug).join(", ") || "belum ada Pemda"})`,
      { field: "pemda", value: slug },
    );
  }
  return { ...(await bacaPengaturanPemda(db, p.id)), pemdaId: p.id, nama: p.nama };
}

/** The settings of a zone and a choice (also for callers that already hold them, e.g. a test or a preview). */
export function bentukPengaturan(zonaWaktu: ZonaWaktu, pilihan: PilihanAturan): PengaturanPemda {
  const pilihanAturan: PilihanAturan = { ...pilihan };
  return {
    zonaWaktu,
    pilihanAturan,
    aturan: (area, tahun) => aturanUntuk(pilihanAturan, area, tahun),
  };
}

/** What the settings API answers (and its version is the hash of). */
export interface PengaturanTampil {
  zonaWaktu: ZonaWaktu;
  singkatanZona: string;
  aturan: Partial<Record<AreaAturan, string>>;
}

export function tampilPengaturan(p: PengaturanPemda): PengaturanTampil {
  const aturan: Partial<Record<AreaAturan, string>> = {};
  for (const a of AREA_ATURAN) if (p.pilihanAturan[a]) aturan[a] = p.pilihanAturan[a];
  return { zonaWaktu: p.zonaWaktu, singkatanZona: singkatanZona(p.zonaWaktu), aturan };
}

/** The settings of a Pemda the actor may see (`organisasi.baca`). */
export async function lihatPengaturanPemda(ctx: ServiceContext, pemdaSlug: string): Promise<PengaturanTampil> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  return tampilPengaturan(await bacaPengaturanPemda(ctx.db, pemdaId));
}

export interface PengaturanMasukan {
  zonaWaktu?: string;
  /** Rule version id per area; null or "" removes the choice (back to the year's default). */
  aturan?: Partial<Record<string, string | null>>;
}

/** Checks a settings input (zone name, areas and versions), for the API, the CLI and Pemda creation. */
export function periksaPengaturan(
  m: PengaturanMasukan,
  lama: { zonaWaktu: ZonaWaktu; aturan: PilihanAturan },
): { zonaWaktu: ZonaWaktu; aturan: PilihanAturan } {
  let zonaWaktu = lama.zonaWaktu;
  if (m.zonaWaktu !== undefined) {
    if (!isZonaWaktu(m.zonaWaktu)) {
      throw new DomainError(
        "zona_waktu_tidak_dikenal",
        `zonaWaktu: "${m.zonaWaktu}" tidak dikenal; pilih ${ZONA_WAKTU.join(", ")} (WIB, WITA, WIT)`,
        { field: "zonaWaktu", value: m.zonaWaktu },
      );
    }
    zonaWaktu = m.zonaWaktu;
  }
  const gabung: Record<string, string | undefined> = { ...lama.aturan };
  for (const [area, id] of Object.entries(m.aturan ?? {})) gabung[area] = id ? id : undefined;
  return { zonaWaktu, aturan: periksaPilihanAturan(gabung) };
}

/** Writes a Pemda's settings inside a caller's transaction (Pemda creation); no audit of its own. */
export async function tulisPengaturanPemda(
  tx: Db,
  pemdaId: string,
  p: { zonaWaktu: ZonaWaktu; aturan: PilihanAturan },
): Promise<void> {
  await upsertPemdaPengaturan(tx, { pemdaId, zonaWaktu: p.zonaWaktu, aturan: p.aturan as Record<string, string> });
}

/** Changes a Pemda's settings (`pemda.kelola`), audited; `ctx.prasyarat` carries the If-Match check. */
export async function ubahPengaturanPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  m: PengaturanMasukan,
): Promise<{ pengaturan: PengaturanTampil; diubah: boolean }> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const lamaP = await bacaPengaturanPemda(ctx.db, pemdaId);
  const lama = { zonaWaktu: lamaP.zonaWaktu, aturan: lamaP.pilihanAturan };
  const baru = periksaPengaturan(m, lama);
  if (samaData(tampilPengaturan(lamaP), tampilPengaturan(bentukPengaturan(baru.zonaWaktu, baru.aturan)))) {
    return { pengaturan: tampilPengaturan(lamaP), diubah: false };
  }
  await mutasi(ctx, { entity: "pemda_pengaturan", action: "ubah", pemdaId }, async (tx) => {
    await tulisPengaturanPemda(tx, pemdaId, baru);
    return { entityId: pemdaId, before: lama, after: baru, result: undefined };
  });
  return { pengaturan: tampilPengaturan(await bacaPengaturanPemda(ctx.db, pemdaId)), diubah: true };
}
