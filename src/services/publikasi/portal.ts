/**
 * Reads of the public portal (no sign-in; ADR 0029). They read the `publikasi` table only — never the live data of
 * the modules — so nothing unpublished can leak: an unknown Pemda/OPD, or an OPD/year/table/document with nothing
 * published, is a NotFoundError (the portal answers its 404 page).
 */
import { type JenisPublikasi } from "../../storage/schema";
import { listOpd, listPemda, type PemdaRow } from "../../storage/repositories/organisasi-repository";
import {
  getPublikasi,
  listPublikasiOpd,
  ringkasPublikasiPemda,
  type PublikasiRingkas,
} from "../../storage/repositories/publikasi-repository";
import type { ServiceContext } from "../context";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { NotFoundError } from "../errors";
import type { DataPublikasi, TabelTerbit } from "./isi-publikasi";

const tidakAda = () => new NotFoundError("Halaman tidak ditemukan");

async function pemdaPortal(ctx: ServiceContext, slug: string): Promise<PemdaRow> {
  const p = (await listPemda(ctx.db)).find((x) => x.slug === slug);
  if (!p) throw tidakAda();
  return p;
}

export interface OpdPortal {
  slug: string;
  nama: string;
  tahun: number[];
  jumlah: number;
}

/** The Pemda and every OPD with the years that have something published. */
export async function portalPemda(ctx: ServiceContext, pemdaSlug: string) {
  const pemda = await pemdaPortal(ctx, pemdaSlug);
  const [opd, ringkas] = await Promise.all([listOpd(ctx.db, pemda.id), ringkasPublikasiPemda(ctx.db, pemda.id)]);
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama, provinsi: pemda.provinsi },
    opd: opd.map((o): OpdPortal => {
      const r = ringkas.filter((x) => x.opdId === o.id);
      return { slug: o.slug, nama: o.nama, tahun: r.map((x) => x.tahun), jumlah: r.reduce((a, x) => a + x.jumlah, 0) };
    }),
  };
}

async function opdPortal(ctx: ServiceContext, pemdaSlug: string, opdSlug: string) {
  const pemda = await pemdaPortal(ctx, pemdaSlug);
  const opd = (await listOpd(ctx.db, pemda.id)).find((o) => o.slug === opdSlug);
  if (!opd) throw tidakAda();
  return { pemda, opd };
}

/** One OPD: the years with something published (none → 404). */
export async function portalOpd(ctx: ServiceContext, pemdaSlug: string, opdSlug: string) {
  const { pemda, opd } = await opdPortal(ctx, pemdaSlug, opdSlug);
  const rows = await listPublikasiOpd(ctx.db, pemda.id, opd.id);
  if (!rows.length) throw tidakAda();
  const tahun = [...new Set(rows.map((r) => r.tahun))].sort((a, b) => b - a);
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    opd: { slug: opd.slug, nama: opd.nama },
    tahun: tahun.map((t) => ({ tahun: t, jenis: rows.filter((r) => r.tahun === t).map((r) => r.jenis) })),
  };
}

export interface ItemPortal {
  jenis: JenisPublikasi;
  judul: string;
  diterbitkanPada: Date;
  berkas: { nama: string; jenisMime: string; ukuran: number } | null;
  data: DataPublikasi;
}

function item(r: PublikasiRingkas): ItemPortal {
  return {
    jenis: r.jenis,
    judul: r.judul,
    diterbitkanPada: r.diterbitkanPada,
    berkas:
      r.namaBerkas && r.jenisMime && r.ukuranBerkas !== null
        ? { nama: r.namaBerkas, jenisMime: r.jenisMime, ukuran: r.ukuranBerkas }
        : null,
    data: r.data as DataPublikasi,
  };
}

/** One OPD and year: the published items only (none → 404). */
export async function portalTahun(ctx: ServiceContext, pemdaSlug: string, opdSlug: string, tahun: number) {
  const { pemda, opd } = await opdPortal(ctx, pemdaSlug, opdSlug);
  const rows = await listPublikasiOpd(ctx.db, pemda.id, opd.id, tahun);
  if (!rows.length) throw tidakAda();
  // publication dates are shown on the Pemda's calendar (WIB/WITA/WIT, its settings; ADR 0019)
  const { zonaWaktu } = await bacaPengaturanPemda(ctx.db, pemda.id);
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama, zonaWaktu },
    opd: { slug: opd.slug, nama: opd.nama },
    tahun,
    item: rows.map(item),
  };
}

/** The document frozen at publication (not published or without a file → 404). */
export async function portalBerkas(
  ctx: ServiceContext,
  pemdaSlug: string,
  opdSlug: string,
  tahun: number,
  jenis: JenisPublikasi,
): Promise<{ isi: Uint8Array; namaBerkas: string; jenisMime: string }> {
  const { pemda, opd } = await opdPortal(ctx, pemdaSlug, opdSlug);
  const r = await getPublikasi(ctx.db, pemda.id, opd.id, tahun, jenis);
  if (!r?.berkas || !r.namaBerkas || !r.jenisMime) throw tidakAda();
  return { isi: r.berkas, namaBerkas: r.namaBerkas, jenisMime: r.jenisMime };
}

/** One open-data table of a published item (unknown or unpublished → 404). */
export async function portalTabel(
  ctx: ServiceContext,
  pemdaSlug: string,
  opdSlug: string,
  tahun: number,
  tabel: string,
): Promise<TabelTerbit & { jenis: JenisPublikasi; diterbitkanPada: Date }> {
  const t = await portalTahun(ctx, pemdaSlug, opdSlug, tahun);
  for (const i of t.item) {
    const isi = Object.hasOwn(i.data.tabel, tabel) ? i.data.tabel[tabel] : undefined;
    if (isi) return { ...isi, jenis: i.jenis, diterbitkanPada: i.diterbitkanPada };
  }
  throw tidakAda();
}
