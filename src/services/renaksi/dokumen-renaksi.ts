/**
 * The Rencana Aksi documents as files (issue #19): the quarterly Laporan Capaian Kinerja of an OPD (DOCX/PDF/XLSX)
 * and the Rencana Aksi document of one PK (DOCX/PDF), built by src/reports/model/renaksi.ts from the read model
 * (susunRenaksi) and rendered through the installed renderer. Read with "renaksi.baca".
 */
import { DomainError } from "../../domain/shared/errors";
import type { DataHilang } from "../../reports/model/hilang";
import { bangunDokumenRencanaAksi, bangunLaporanTriwulan, type SumberRenaksi } from "../../reports/model/renaksi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { type FormatLaporan, JENIS_MIME, penyajiDokumen } from "../laporan/penyaji";
import { susunRenaksi } from "./baca-renaksi";

export type FormatDokumenRenaksi = Extract<FormatLaporan, "docx" | "pdf" | "xlsx">;

export interface BerkasRenaksi {
  isi: Buffer;
  namaBerkas: string;
  jenisMime: string;
  hilang: DataHilang[];
}

export interface OpsiDokumenRenaksi {
  /** 1–4: the quarterly report s.d. this quarter. */
  triwulan: number;
  format: FormatDokumenRenaksi;
  /** When given: the Rencana Aksi document of this PK instead of the quarterly report (DOCX/PDF). */
  pkId?: string | undefined;
}

async function sumber(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<SumberRenaksi> {
  const o = await otorisasiOpd(ctx, lingkup, "renaksi.baca");
  const r = await susunRenaksi(ctx.db, o.pemdaId, o.opd, tahun);
  return { ...r, pemda: { nama: o.pemda.nama } };
}

/** The quarterly Laporan Capaian Kinerja, or with `pkId` the Rencana Aksi document of that PK. */
export async function unduhDokumenRenaksi(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  opsi: OpsiDokumenRenaksi,
): Promise<BerkasRenaksi> {
  if (!Number.isInteger(opsi.triwulan) || opsi.triwulan < 1 || opsi.triwulan > 4)
    throw new DomainError("triwulan_tidak_sah", `triwulan: "${opsi.triwulan}" harus 1–4`, { triwulan: opsi.triwulan });
  const s = await sumber(ctx, lingkup, tahun);
  if (opsi.pkId !== undefined) {
    if (opsi.format === "xlsx")
      throw new DomainError("format_tidak_sah", "format: dokumen Rencana Aksi per PK tersedia sebagai docx atau pdf", {
        format: opsi.format,
      });
    const pk = s.pk.find((p) => p.pkId === opsi.pkId);
    if (!pk) throw new NotFoundError(`PK ${opsi.pkId} tidak ada pada Rencana Aksi ${s.opd.nama} tahun ${tahun}`);
    const h = bangunDokumenRencanaAksi(s, pk);
    return {
      isi: await penyajiDokumen()(h.dokumen, opsi.format),
      namaBerkas: `Rencana-Aksi-${tahun}-${s.opd.slug}-${pk.kode}.${opsi.format}`.replace(/[^\w.-]+/g, "-"),
      jenisMime: JENIS_MIME[opsi.format],
      hilang: h.hilang,
    };
  }
  const h = bangunLaporanTriwulan(s, opsi.triwulan);
  return {
    isi: await penyajiDokumen()(h.dokumen, opsi.format),
    namaBerkas: `Laporan-Capaian-Kinerja-TW${opsi.triwulan}-${tahun}-${s.opd.slug}.${opsi.format}`,
    jenisMime: JENIS_MIME[opsi.format],
    hilang: h.hilang,
  };
}
