/**
 * Publish and withdraw items on the public portal (issue 15, ADR 0029). Permission "publikasi.terbitkan": the Admin
 * Pemda for every OPD, the Pimpinan OPD for their own OPD. A publication freezes the data and the document as they
 * are now (isi-publikasi.ts); publishing again replaces the frozen copy. Both are audited (entity "publikasi").
 */
import { JENIS_PUBLIKASI, type JenisPublikasi } from "../../storage/schema";
import {
  getPublikasi,
  hapusPublikasi,
  listPublikasiOpd,
  simpanPublikasi,
} from "../../storage/repositories/publikasi-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { kumpulkanIsi } from "./isi-publikasi";

/** The kinds of publication, for the routes (the API layer does not import storage). */
export { JENIS_PUBLIKASI, type JenisPublikasi };

export const LABEL_JENIS_PUBLIKASI: Record<JenisPublikasi, { id: string; en: string }> = {
  renstra: { id: "Renstra: indikator dan target", en: "Strategic plan: indicators and targets" },
  pk: { id: "Perjanjian Kinerja", en: "Performance agreements" },
  lkjip: { id: "LKjIP", en: "Performance report (LKjIP)" },
  skm: { id: "Hasil SKM dan rencana tindak lanjut", en: "Satisfaction survey results and follow-up" },
  akip: { id: "Nilai dan predikat AKIP", en: "AKIP score and grade" },
};

export interface StatusPublikasi {
  jenis: JenisPublikasi;
  label: string;
  terbit: null | {
    id: string;
    judul: string;
    diterbitkanPada: string;
    diterbitkanOleh: string;
    namaBerkas: string | null;
    ukuranBerkas: number | null;
    tabel: string[];
  };
}

/** Per kind: published (when, by whom, what) or not, for the OPD and year. */
export async function daftarPublikasi(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
): Promise<{ tahun: number; item: StatusPublikasi[] }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const rows = await listPublikasiOpd(ctx.db, pemdaId, opdId, tahun);
  return {
    tahun,
    item: JENIS_PUBLIKASI.map((jenis) => {
      const r = rows.find((x) => x.jenis === jenis);
      return {
        jenis,
        label: LABEL_JENIS_PUBLIKASI[jenis].id,
        terbit: r
          ? {
              id: r.id,
              judul: r.judul,
              diterbitkanPada: r.diterbitkanPada.toISOString(),
              diterbitkanOleh: r.diterbitkanOleh,
              namaBerkas: r.namaBerkas,
              ukuranBerkas: r.ukuranBerkas,
              tabel: Object.keys((r.data as { tabel?: Record<string, unknown> }).tabel ?? {}),
            }
          : null,
      };
    }),
  };
}

export async function terbitkanPublikasi(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  jenis: JenisPublikasi,
  opsi: { periodeSkm?: string | undefined } = {},
): Promise<StatusPublikasi> {
  const o = await otorisasiOpd(ctx, lingkup, "publikasi.terbitkan");
  // after authorisation, missing data (no Renstra, no PK, no SKM period …) is "nothing to publish": 409 with its reason
  const isi = await kumpulkanIsi(ctx, lingkup, o, tahun, jenis, opsi).catch((e: unknown) => {
    if (e instanceof NotFoundError) throw new ConflictError(`Belum dapat diterbitkan: ${e.message}`);
    throw e;
  });
  const oleh = o.aktor.nama;
  await mutasi(ctx, { entity: "publikasi", action: "terbitkan", pemdaId: o.pemdaId, opdId: o.opdId }, async (tx) => {
    const lama = await getPublikasi(tx, o.pemdaId, o.opdId, tahun, jenis);
    const row = await simpanPublikasi(tx, {
      pemdaId: o.pemdaId,
      opdId: o.opdId,
      tahun,
      jenis,
      judul: isi.judul,
      data: isi.data,
      berkas: isi.berkas ? new Uint8Array(isi.berkas.isi) : null,
      namaBerkas: isi.berkas?.namaBerkas ?? null,
      jenisMime: isi.berkas?.jenisMime ?? null,
      diterbitkanPada: ctx.now(),
      diterbitkanOleh: oleh,
    });
    const ringkas = (r: typeof lama) =>
      r ? { tahun: r.tahun, jenis: r.jenis, judul: r.judul, namaBerkas: r.namaBerkas, pada: r.diterbitkanPada } : null;
    return { entityId: row.id, before: ringkas(lama), after: ringkas(row), result: row };
  });
  const d = await daftarPublikasi(ctx, lingkup, tahun);
  return d.item.find((x) => x.jenis === jenis)!;
}

export async function tarikPublikasi(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  jenis: JenisPublikasi,
): Promise<{ ditarik: boolean }> {
  const o = await otorisasiOpd(ctx, lingkup, "publikasi.terbitkan");
  const ada = await getPublikasi(ctx.db, o.pemdaId, o.opdId, tahun, jenis);
  // withdrawing what is not published changes nothing (and writes no audit entry)
  if (!ada) return { ditarik: false };
  return mutasi(ctx, { entity: "publikasi", action: "tarik", pemdaId: o.pemdaId, opdId: o.opdId }, async (tx) => {
    await hapusPublikasi(tx, o.pemdaId, ada.id);
    return {
      entityId: ada.id,
      before: { tahun, jenis, judul: ada.judul, namaBerkas: ada.namaBerkas, pada: ada.diterbitkanPada },
      after: null,
      result: { ditarik: true },
    };
  });
}
