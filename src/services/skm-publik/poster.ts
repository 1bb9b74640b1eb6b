/**
 * The QR poster of a service (issue 12, ADR 0021): A4 PDF with the Pemda logo, the service's name, a QR code and the
 * short link, through the report renderer port (PDF by Typst). The QR opens `{SAKIP_URL_PUBLIK}/s/{kode}?sumber=qr`
 * (channel "qr"); the printed link is the same without the query. `/s/{pemda}/{kode}` when the server hosts several
 * Pemda and the kode is not unique among them.
 */
import { dokumenKodeSekali } from "../../reports/model/kode-sekali-skm";
import { dokumenPosterSkm, type GambarPoster } from "../../reports/model/poster-skm";
import { getPemdaProfil } from "../../storage/repositories/organisasi-profil-repository";
import { otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { penyajiDokumen } from "../laporan/penyaji";
import { periksaGambarLogo, ukuranGambarTersimpan } from "../organisasi/gambar-logo";
import type { LingkupLayanan } from "./kode-sekali";
import { pastikanLayananOpd } from "./layanan";
import { pemdaUntukKodeLayanan } from "./pemda-layanan";

export interface HasilPoster {
  pdf: Buffer;
  namaBerkas: string;
  /** The link the QR opens. */
  tautanQr: string;
  tautan: string;
}

/** The short link of a service: `/s/{kode}` when the kode resolves to this Pemda on its own, else `/s/{pemda}/{kode}`. */
export async function tautanLayanan(
  ctx: ServiceContext,
  pemdaSlug: string,
  kode: string,
  urlPublik: string,
): Promise<string> {
  const pendek = (await pemdaUntukKodeLayanan(ctx, kode)) === pemdaSlug;
  const jalur = pendek
    ? `/s/${encodeURIComponent(kode)}`
    : `/s/${encodeURIComponent(pemdaSlug)}/${encodeURIComponent(kode)}`;
  return `${urlPublik.replace(/\/+$/, "")}${jalur}`;
}

export async function buatPosterSkm(
  ctx: ServiceContext,
  m: LingkupLayanan & { urlPublik: string },
): Promise<HasilPoster> {
  const o = await otorisasiOpd(ctx, m, "skm.baca");
  const layanan = await pastikanLayananOpd(ctx, o.pemdaId, o.opdId, m.layanan);
  const tautan = await tautanLayanan(ctx, o.pemda.slug, layanan.kode, m.urlPublik);
  const tautanQr = `${tautan}?sumber=qr`;
  const { default: QRCode } = await import("qrcode"); // loaded on first use, not at server start-up (issue 16)
  const png = await QRCode.toBuffer(tautanQr, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 720 });
  const qrInfo = periksaGambarLogo(png);
  const qr: GambarPoster = { mime: "image/png", data: new Uint8Array(png), lebar: qrInfo.lebar, tinggi: qrInfo.tinggi };
  const profil = await getPemdaProfil(ctx.db, o.pemdaId);
  let logo: GambarPoster | null = null;
  if (profil?.logo && profil.logoMime) {
    const ukuran = ukuranGambarTersimpan(profil.logo);
    if (ukuran && (profil.logoMime === "image/png" || profil.logoMime === "image/jpeg"))
      logo = { mime: profil.logoMime, data: profil.logo, ...ukuran };
  }
  const dok = dokumenPosterSkm({
    namaPemda: o.pemda.nama,
    namaOpd: o.opd.nama,
    namaLayanan: layanan.nama,
    tautan: tautan.replace(/^https?:\/\//, ""),
    qr,
    logo,
  });
  const pdf = await penyajiDokumen()(dok, "pdf");
  return { pdf, namaBerkas: `poster-skm-${o.opd.slug}-${layanan.kode}.pdf`, tautanQr, tautan };
}

/** The printable sheet of freshly generated one-time codes (PDF). */
export async function pdfKodeSekali(
  ctx: ServiceContext,
  m: LingkupLayanan & { urlPublik: string; kode: string[]; namaLayanan: string },
): Promise<{ pdf: Buffer; namaBerkas: string }> {
  const o = await otorisasiOpd(ctx, m, "skm.ubah");
  const tautan = await tautanLayanan(ctx, o.pemda.slug, m.layanan, m.urlPublik);
  const pdf = await penyajiDokumen()(
    dokumenKodeSekali({
      namaOpd: o.opd.nama,
      namaLayanan: m.namaLayanan,
      tautan: tautan.replace(/^https?:\/\//, ""),
      kode: m.kode,
    }),
    "pdf",
  );
  return { pdf, namaBerkas: `kode-skm-${o.opd.slug}-${m.layanan}.pdf` };
}
