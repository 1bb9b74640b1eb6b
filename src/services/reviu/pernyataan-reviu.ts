/**
 * The APIP's "Pernyataan Telah Direviu" of an OPD's LKjIP for a year (issue 14) as DOCX or PDF: the data validator
 * (periksa-data.ts, ADR 0027) runs over the OPD-year and its counts go into the statement (reports/model/
 * pernyataan-reviu.ts), signed by the head of the Pemda's Inspektorat in office that year (a placeholder when none
 * is recorded). Authorised with "reviu.periksa" on the OPD (evaluator, admin); reads only, nothing audited.
 */
import type { HasilPeriksaData } from "../../domain/reviu";
import { bangunPernyataanReviu } from "../../reports/model/pernyataan-reviu";
import type { PenandatanganEvaluasi } from "../../reports/model/lhe";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { jabatanBertindakPada } from "../organisasi/jabatan-bertindak";
import { kepalaInspektorat } from "../laporan/penandatangan-laporan";
import { JENIS_MIME, penyajiDokumen } from "../laporan/penyaji";
import { hariIniPemda } from "../pengaturan/pengaturan-pemda";
import { periksaDataOpdTahun } from "./periksa-data";

export interface BerkasPernyataan {
  isi: Buffer;
  namaBerkas: string;
  jenisMime: string;
  /** The validator's result the statement was built from. */
  hasil: HasilPeriksaData;
}

export interface OpsiPernyataan {
  tempat?: string | undefined;
  /** ISO date; default today. */
  tanggal?: string | undefined;
}

export async function unduhPernyataanReviu(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  format: "docx" | "pdf",
  opsi: OpsiPernyataan = {},
): Promise<BerkasPernyataan> {
  const o = await otorisasiOpd(ctx, lingkup, "reviu.periksa");
  const hasil = await periksaDataOpdTahun(ctx, lingkup, tahun);
  const k = await kepalaInspektorat(ctx.db, o.pemdaId, tahun);
  // today on the Pemda's calendar (WIB/WITA/WIT, its settings; ADR 0019)
  const tanggal = opsi.tanggal ?? (await hariIniPemda(ctx, o.pemdaId));
  // "Plt. Inspektur" when he acts in the post on the statement's date (issue 17, ADR 0039)
  const bertindak = k ? await jabatanBertindakPada(ctx.db, k.id, tanggal) : undefined;
  const penandatangan: PenandatanganEvaluasi | null = k
    ? {
        jabatan: [bertindak ?? k.jabatan],
        nama: `${k.gelarDepan ? `${k.gelarDepan} ` : ""}${k.nama}${k.gelarBelakang ? `, ${k.gelarBelakang}` : ""}`,
        pangkat: k.pangkat ?? null,
        nip: k.nip ?? null,
      }
    : null;
  const dokumen = bangunPernyataanReviu({
    pemda: { nama: o.pemda.nama },
    opd: { nama: o.opd.nama, slug: o.opd.slug },
    tahun,
    hasil,
    penandatangan,
    tempat: opsi.tempat ?? null,
    tanggal,
  });
  const isi = await penyajiDokumen()(dokumen, format);
  return {
    isi,
    namaBerkas: `Pernyataan-Telah-Direviu-${tahun}-${o.opd.slug}.${format}`,
    jenisMime: JENIS_MIME[format],
    hasil,
  };
}
