/**
 * Demo part of the report: Kecamatan Sei Balai's LKjIP 2023 free texts (the seed's, adapted by teks-demo.ts), the
 * report wording of structured data (boundaries, SKM method/labels/explanations, analysis introductions, "Sumber:"
 * lines) and the signatures (kata pengantar, budget appendix, the Inspektorat's recap letter), saved through the same
 * use cases an operator uses, as the system actor. Idempotent: unchanged sections write (and audit) nothing.
 * NOTE: SEED 16-33 (kata pengantar, signature), 146-160 (batas), 487/584-599 (SKM), 864-915 (analisis),
 * 1807-1812 (appendix signature), 1852-1893 (recap letter).
 */
import type { TeksSumber } from "../../reports/model/sumber";
import { listOpd } from "../../storage/repositories/organisasi-repository";
import { listPejabat } from "../../storage/repositories/pejabat-repository";
import type { ServiceContext } from "../../services/context";
import { demoDataset, type DemoDataset } from "../data";
import { resolveOpd } from "../../services/organisasi/resolve-opd";
import { anggaranDemo } from "./anggaran-demo";
import type { DokumenPenandatangan } from "../../services/laporan/penandatangan-laporan";
import { simpanPenandatangan } from "../../services/laporan/penandatangan-laporan";
import { teksDemo } from "./teks-demo";
import { simpanTeksLaporan } from "../../services/laporan/teks-laporan";

export interface PenandatanganDemo {
  dokumen: DokumenPenandatangan;
  tempat: string | null;
  tanggal: string | null;
  nomor: string | null;
  /** Pejabat kode and the slug of its OPD. */
  pejabat: { opdSlug: string; kode: string };
}

/** Every stored section of the demo report (catalogue codes of katalog-teks.ts). */
export function teksLaporanDemo(data: DemoDataset = demoDataset): TeksSumber[] {
  const sb = data.seiBalai;
  const anggaran = anggaranDemo(data);
  const peer = data.peer.find((p) => p.opdSlug === "kecamatan-datuk-tanah-datar");
  const tetap = (kode: string, butir: { label: string; teks: string | null | undefined }[]): TeksSumber => ({
    kode,
    paragraf: [],
    butir: butir.flatMap((b) => (b.teks ? [{ label: b.label, teks: b.teks }] : [])),
  });
  return [
    ...teksDemo(sb.teks),
    tetap(
      "batas-wilayah",
      sb.profilWilayah.batas.map((b) => ({ label: b.arah, teks: b.teks })),
    ),
    { kode: "skm-metode", paragraf: [sb.skm2023.metode.teks] },
    tetap(
      "skm-unsur",
      sb.skm2023.unsur.map((u) => ({ label: u.kode, teks: u.labelLampiran })),
    ),
    tetap(
      "skm-analisis",
      sb.skm2023.unsur.map((u) => ({ label: u.kode, teks: u.analisis?.teks })),
    ),
    ...sb.analisisSasaran.map((a) => ({ kode: `analisis:${a.sasaranKode}:pengantar`, paragraf: a.uraian.pengantar })),
    tetap("sumber-data", [
      { label: "desa", teks: sb.profilWilayah.sumberDataTabel[0]?.teks },
      { label: "anggaran-rencana", teks: anggaran.sumberData.rencana },
      { label: "anggaran-realisasi", teks: anggaran.sumberData.realisasi },
      { label: "skm", teks: sb.skm2023.aplikasi.teks },
      { label: "peer", teks: peer?.sumberData },
    ]),
  ];
}

/** The demo report's signatures (pejabat by kode; the recap letter is signed by the Inspektur). */
export function penandatanganDemo(data: DemoDataset = demoDataset): PenandatanganDemo[] {
  const sb = data.seiBalai;
  const a = anggaranDemo(data).penandatangan!;
  const surat = data.suratRekapAkip;
  return [
    {
      dokumen: "lkjip",
      tempat: sb.penandatangananLkjip.tempat,
      tanggal: sb.penandatangananLkjip.tanggal,
      nomor: null,
      pejabat: { opdSlug: sb.opdSlug, kode: sb.penandatangananLkjip.pejabatKode },
    },
    {
      dokumen: "lampiran-anggaran",
      tempat: a.tempat,
      tanggal: a.tanggal,
      nomor: null,
      pejabat: { opdSlug: sb.opdSlug, kode: a.pejabatKode },
    },
    {
      dokumen: "rekap-akip",
      tempat: surat.tempat,
      tanggal: surat.tanggal,
      nomor: surat.nomor,
      pejabat: { opdSlug: "inspektorat-daerah", kode: surat.penandatanganKode },
    },
  ];
}

/** Saves (or confirms unchanged) the demo report's texts and signatures of Kecamatan Sei Balai 2023. */
export async function muatDemoTeksLaporan(ctx: ServiceContext): Promise<{ teks: number; diubah: number }> {
  const data = demoDataset;
  const lingkup = { pemda: data.pemda.slug, opd: data.seiBalai.opdSlug };
  const { pemda } = await resolveOpd(ctx, lingkup.pemda, lingkup.opd);
  const opd = await listOpd(ctx.db, pemda.id);
  let diubah = 0;
  const teks = teksLaporanDemo(data);
  for (const t of teks) {
    const r = await simpanTeksLaporan(ctx, lingkup, data.tahun, t.kode, {
      paragraf: t.paragraf,
      butir: t.butir ?? [],
      paragrafPenutup: t.paragrafPenutup ?? [],
    });
    if (r.diubah) diubah++;
  }
  for (const p of penandatanganDemo(data)) {
    const opdId = opd.find((o) => o.slug === p.pejabat.opdSlug)?.id;
    const pejabat = opdId ? (await listPejabat(ctx.db, pemda.id, opdId)).find((x) => x.kode === p.pejabat.kode) : null;
    const r = await simpanPenandatangan(ctx, lingkup, data.tahun, p.dokumen, {
      tempat: p.tempat,
      tanggal: p.tanggal,
      nomor: p.nomor,
      pejabatId: pejabat?.id ?? null,
    });
    if (r.diubah) diubah++;
  }
  return { teks: teks.length, diubah };
}
