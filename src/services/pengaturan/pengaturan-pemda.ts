/**
 * Pemda settings as data (issue 11, ADR 0019): the ONE place every use case reads a Pemda's time zone and its rule
 * version per area and year. Reading needs no permission (the caller has already authorised its own use case and
 * holds the Pemda's id); changing is `pemda.kelola` (admin), audited and versioned (If-Match, ADR 0016).
 */
import type { AreaAturan } from "../../domain/aturan/daftar";
import { AREA_ATURAN, DAFTAR_ATURAN } from "../../domain/aturan/daftar";
import type { PilihanAturan } from "../../domain/aturan/profil";
import { type AturanPemda, aturanUntuk, periksaPilihanAturan } from "../../domain/pengaturan/aturan-pemda";
import {
  isZonaWaktu,
  singkatanZona,
  ZONA_WAKTU,
  tanggalDiZona,
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

/** "Today" ("yyyy-mm-dd", shifted by `hari` days) on the Pemda's calendar: the date a document it prints carries. */
export async function hariIniPemda(ctx: ServiceContext, pemdaId: string, hari = 0): Promise<string> {
  return tanggalDiZona(ctx.now(), (await bacaPengaturanPemda(ctx.db, pemdaId)).zonaWaktu, hari);
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

/** One version a Pemda may choose in an area (for the admin screen's pickers). */
export interface VersiPilihan {
  id: string;
  label: string;
  regulasi: string;
  berlakuMulai: number | null;
  berlakuSampai: number | null;
}

/** What the settings API answers (and its version is the hash of). */
export interface PengaturanTampil {
  zonaWaktu: ZonaWaktu;
  singkatanZona: string;
  aturan: Partial<Record<AreaAturan, string>>;
  /** The versions of every area, in order of preference (the first in force in a year is that year's default). */
  pilihan: Array<{ area: AreaAturan; versi: VersiPilihan[] }>;
  /** The version each area uses in the years around `tahunIni` (the Pemda's calendar), after the choice. */
  berlaku: Array<{ tahun: number; aturan: Record<AreaAturan, string> }>;
}

const PILIHAN: PengaturanTampil["pilihan"] = AREA_ATURAN.map((area) => ({
  area,
  versi: DAFTAR_ATURAN[area].map((v) => ({
    id: v.id,
    label: v.label,
    regulasi: v.source.regulasi,
    berlakuMulai: v.berlakuMulai ?? null,
    berlakuSampai: v.berlakuSampai ?? null,
  })),
}));

/** `tahunIni`: the current budget year on the Pemda's calendar; the answer shows it, the three before and the next. */
export function tampilPengaturan(p: PengaturanPemda, tahunIni: number): PengaturanTampil {
  const aturan: Partial<Record<AreaAturan, string>> = {};
  for (const a of AREA_ATURAN) if (p.pilihanAturan[a]) aturan[a] = p.pilihanAturan[a];
  const berlaku: PengaturanTampil["berlaku"] = [];
  for (let tahun = tahunIni - 3; tahun <= tahunIni + 1; tahun++) {
    const per = {} as Record<AreaAturan, string>;
    for (const a of AREA_ATURAN) per[a] = p.aturan(a, tahun).id;
    berlaku.push({ tahun, aturan: per });
  }
  return { zonaWaktu: p.zonaWaktu, singkatanZona: singkatanZona(p.zonaWaktu), aturan, pilihan: PILIHAN, berlaku };
}

function tahunIni(ctx: ServiceContext, zona: ZonaWaktu): number {
  return Number(tanggalDiZona(ctx.now(), zona).slice(0, 4));
}

/** The settings of a Pemda the actor may see (`organisasi.baca`). */
export async function lihatPengaturanPemda(ctx: ServiceContext, pemdaSlug: string): Promise<PengaturanTampil> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  const p = await bacaPengaturanPemda(ctx.db, pemdaId);
  return tampilPengaturan(p, tahunIni(ctx, p.zonaWaktu));
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
  const tahun = tahunIni(ctx, lamaP.zonaWaktu);
  if (
    samaData(tampilPengaturan(lamaP, tahun), tampilPengaturan(bentukPengaturan(baru.zonaWaktu, baru.aturan), tahun))
  ) {
    return { pengaturan: tampilPengaturan(lamaP, tahun), diubah: false };
  }
  await mutasi(ctx, { entity: "pemda_pengaturan", action: "ubah", pemdaId }, async (tx) => {
    await tulisPengaturanPemda(tx, pemdaId, baru);
    return { entityId: pemdaId, before: lama, after: baru, result: undefined };
  });
  const kini = await bacaPengaturanPemda(ctx.db, pemdaId);
  return { pengaturan: tampilPengaturan(kini, tahunIni(ctx, kini.zonaWaktu)), diubah: true };
}
