/**
 * Browsing the audit trail (audit.baca). Pemda-wide users see the whole Pemda's trail; an OPD-bound user sees only
 * its own OPD's entries (asking for another OPD is 403, another Pemda 404). Dates are calendar days in the Pemda's
 * time zone (WIB, WITA or WIT: its settings, ADR 0019); the answer names the zone so times are shown in it.
 */
import { parseTanggalIso } from "../../domain/format/tanggal";
import {
  type BarisAudit,
  jelajahiAudit as jelajahiRows,
  opsiFilterAudit,
} from "../../storage/repositories/audit-jelajah-repository";
import { authorize } from "../akses/authorize";
import { awalHariDiZona, singkatanZona, type ZonaWaktu } from "../../domain/pengaturan/zona-waktu";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import type { ServiceContext } from "../context";
import { resolveOpd, resolvePemda } from "../organisasi/resolve-opd";

export interface FilterAudit {
  opd?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  aktor?: string | undefined;
  aksi?: string | undefined;
  /** YYYY-MM-DD (the Pemda's zone), inclusive. */
  dari?: string | undefined;
  /** YYYY-MM-DD (the Pemda's zone), inclusive. */
  sampai?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface EntriAudit extends Omit<BarisAudit, "at"> {
  at: string;
}

export interface HalamanAudit {
  entri: EntriAudit[];
  total: number;
  limit: number;
  offset: number;
  /** The Pemda's time zone (IANA) and its abbreviation, in which `dari`/`sampai` were read and times are shown. */
  zonaWaktu: ZonaWaktu;
  singkatanZona: string;
}

function tanggal(field: string, value: string, zona: ZonaWaktu, tambahHari = 0): Date {
  const t = parseTanggalIso(value, field);
  const iso = `${String(t.year).padStart(4, "0")}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
  return awalHariDiZona(iso, zona, tambahHari);
}

async function lingkup(ctx: ServiceContext, pemdaSlug: string, opdSlug: string | undefined) {
  const pemda = await resolvePemda(ctx, pemdaSlug);
  const aktor = authorize(ctx, "audit.baca", { pemdaId: pemda.id });
  let opdId = aktor.opdId ?? undefined;
  if (opdSlug) {
    const { opd } = await resolveOpd(ctx, pemdaSlug, opdSlug);
    authorize(ctx, "audit.baca", { pemdaId: pemda.id, opdId: opd.id });
    opdId = opd.id;
  }
  return { pemdaId: pemda.id, opdId };
}

export async function jelajahiAudit(ctx: ServiceContext, pemdaSlug: string, f: FilterAudit): Promise<HalamanAudit> {
  const { pemdaId, opdId } = await lingkup(ctx, pemdaSlug, f.opd);
  const { zonaWaktu } = await bacaPengaturanPemda(ctx.db, pemdaId);
  const limit = Math.max(1, Math.min(f.limit ?? 50, 10_000));
  const offset = Math.max(0, f.offset ?? 0);
  const { baris, total } = await jelajahiRows(ctx.db, {
    pemdaId,
    opdId,
    entity: f.entity || undefined,
    entityId: f.entityId || undefined,
    actorUserId: f.aktor || undefined,
    action: f.aksi || undefined,
    dari: f.dari ? tanggal("dari", f.dari, zonaWaktu) : undefined,
    sebelum: f.sampai ? tanggal("sampai", f.sampai, zonaWaktu, 1) : undefined,
    limit,
    offset,
  });
  return {
    entri: baris.map((b) => ({ ...b, at: b.at.toISOString() })),
    total,
    limit,
    offset,
    zonaWaktu,
    singkatanZona: singkatanZona(zonaWaktu),
  };
}

export async function opsiFilter(ctx: ServiceContext, pemdaSlug: string) {
  const { pemdaId, opdId } = await lingkup(ctx, pemdaSlug, undefined);
  return opsiFilterAudit(ctx.db, pemdaId, opdId);
}
