/**
 * The LKjIP and the Perjanjian Kinerja documents of an OPD and year as files (DOCX, PDF, XLSX, HTML), built from
 * the database with the operators' edits and rendered through the installed renderer (penyaji.ts). Read with
 * "laporan.baca". File names: "LKjIP-2023-kecamatan-sei-balai.docx", "PK-2023-kecamatan-sei-balai.pdf" (plus the
 * NIP and version when one was chosen).
 */
import { bangunDokumenPk } from "../../reports/model";
import { normalisasiNip } from "../../domain/nip";
import { DomainError } from "../../domain/shared/errors";
import type { VersiPk } from "../../reports/model/sumber";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { kumpulkanUntuk } from "./kumpulkan-lkjip";
import { type FormatLaporan, JENIS_MIME, penyajiDokumen } from "./penyaji";
import { susunLaporan } from "./susun-laporan";

export interface BerkasLaporan {
  isi: Buffer;
  namaBerkas: string;
  jenisMime: string;
}

/** The LKjIP in one format. */
export async function unduhLaporan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  format: FormatLaporan,
): Promise<BerkasLaporan> {
  const l = await susunLaporan(ctx, lingkup, tahun);
  const isi = await penyajiDokumen()(l.hasil.dokumen, format);
  return { isi, namaBerkas: `LKjIP-${tahun}-${l.o.opd.slug}.${format}`, jenisMime: JENIS_MIME[format] };
}

/** The HTML preview (one self-contained page: inline CSS and SVG, no script). */
export async function pratinjauLaporan(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<string> {
  return (await unduhLaporan(ctx, lingkup, tahun, "html")).isi.toString("utf8");
}

/** The PK documents of the year (all pejabat, or one by NIP; the latest version, or the one asked). */
export async function unduhPk(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  opsi: { format: "docx" | "pdf"; nip?: string | undefined; versi?: VersiPk | undefined },
): Promise<BerkasLaporan> {
  const o = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const nip = opsi.nip ? normalisasiNip(opsi.nip, "pejabat") : undefined;
  const sumber = await kumpulkanUntuk(ctx.db, o, tahun);
  let pk: ReturnType<typeof bangunDokumenPk>;
  try {
    pk = bangunDokumenPk(sumber, { ...(nip ? { nip } : {}), ...(opsi.versi ? { versi: opsi.versi } : {}) });
  } catch (e) {
    if (e instanceof DomainError && e.code === "pk_tidak_ada") throw new NotFoundError(e.message);
    throw e;
  }
  const isi = await penyajiDokumen()(pk.dokumen, opsi.format);
  const nama = ["PK", String(tahun), o.opd.slug, ...(nip ? [nip] : []), ...(opsi.versi ? [opsi.versi] : [])].join("-");
  return { isi, namaBerkas: `${nama}.${opsi.format}`, jenisMime: JENIS_MIME[opsi.format] };
}
