/**
 * The SKM documents of an OPD and survey period (issue 12): the Laporan SKM (DOCX/PDF) and the one-page Hasil SKM
 * (PDF/PNG), built with the report model (src/reports/model/laporan-skm.ts, hasil-skm.ts) from the stored survey and
 * rendered through the installed renderers (penyaji ports). Read with "skm.baca", own OPD only.
 * Gathers: Σ per unsur per service (the database sums), population, demographics, moderated saran (the cleaned text
 * only, status "tampil"), the period's RTL, the previous period's unfinished RTL items and the IKM of earlier periods.
 */
import { hitungIkm, KODE_UNSUR, type KodeUnsur } from "../../domain/ikm";
import { periksaKodePeriode } from "../../domain/skm";
import { bangunHasilSkm, bangunLaporanSkm } from "../../reports/model";
import type { KelompokDemografi, RtlSumber, SumberSkm } from "../../reports/model/sumber-skm";
import {
  demografi,
  getPeriodeKode,
  jumlahPerLayanan,
  listLayanan,
  listPeriode,
  listPopulasi,
  listRtl,
  listSaran,
  type SkmPeriodeRow,
  type SkmRtlRow,
} from "../../storage/repositories/skm-repository";
import { jumlahPerSaluran } from "../../storage/repositories/skm-dokumen-repository";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { JENIS_MIME, penyajiDokumen } from "../laporan/penyaji";
import type { BerkasLaporan } from "../laporan/unduh-laporan";
import { opsiIkmPemda } from "./opsi-ikm";
import { penyajiGambar } from "./penyaji-gambar";
import { hariIniPemda } from "../pengaturan/pengaturan-pemda";

const LABEL_JK: Record<string, string> = { L: "Laki-laki", P: "Perempuan" };
const LABEL_UMUR: Record<string, string> = {
  "<20": "Di bawah 20 tahun",
  "20-29": "20–29 tahun",
  "30-39": "30–39 tahun",
  "40-49": "40–49 tahun",
  "50-59": "50–59 tahun",
  "60+": "60 tahun ke atas",
};

/** "Tahun 2023", "Semester 1 2024" … from the period's kind and dates; the kode when nothing fits. */
export function namaPeriode(p: Pick<SkmPeriodeRow, "kode" | "jenis" | "mulai" | "selesai">): string {
  const tahun = p.mulai.slice(0, 4);
  const bulan = Number(p.mulai.slice(5, 7));
  if (p.jenis === "tahun") return `Tahun ${tahun}`;
  if (p.jenis === "semester") return `Semester ${bulan <= 6 ? 1 : 2} Tahun ${tahun}`;
  if (p.jenis === "triwulan") return `Triwulan ${Math.ceil(bulan / 3)} Tahun ${tahun}`;
  return p.kode;
}

function kelompok(
  rows: { nilai: string | null; jumlah: number }[],
  label: Record<string, string> = {},
): KelompokDemografi[] {
  return rows.map((r) => ({ label: r.nilai === null ? "Tidak diisi" : (label[r.nilai] ?? r.nilai), jumlah: r.jumlah }));
}

function rtlSumber(r: SkmRtlRow): RtlSumber {
  return {
    unsur: (KODE_UNSUR as readonly string[]).includes(r.unsur) ? (r.unsur as KodeUnsur) : null,
    item: r.item,
    penanggungJawab: r.penanggungJawab,
    tenggat: r.tenggat,
    status: r.status,
    bukti: r.bukti,
  };
}

function jumlahUnsur(xs: number[]): Record<KodeUnsur, number> {
  return Object.fromEntries(KODE_UNSUR.map((k, i) => [k, xs[i] ?? 0])) as Record<KodeUnsur, number>;
}

/** The SKM document source of a period (authorised: "skm.baca" on the OPD). */
export async function kumpulkanSumberSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  periodeKode: string,
): Promise<{ sumber: SumberSkm; opdSlug: string }> {
  const o = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const periode = await getPeriodeKode(ctx.db, o.opdId, periksaKodePeriode(periodeKode));
  if (!periode) throw new NotFoundError(`Periode SKM "${periodeKode}" tidak ditemukan di ${o.opd.nama}`);
  const semua = await listPeriode(ctx.db, o.opdId);
  const lebihAwal = semua.filter((p) => p.selesai < periode.mulai);
  const sebelumnya = lebihAwal.at(-1) ?? null;
  const [layanan, jumlah, populasi, demo, saran, rtl, opsi, kanal] = await Promise.all([
    listLayanan(ctx.db, o.opdId),
    jumlahPerLayanan(ctx.db, [periode.id, ...lebihAwal.map((p) => p.id)]),
    listPopulasi(ctx.db, [periode.id]),
    demografi(ctx.db, [periode.id], null),
    listSaran(ctx.db, [periode.id], "tampil"),
    listRtl(ctx.db, o.opdId),
    opsiIkmPemda(ctx.db, o.pemdaId, periode.mulai),
    jumlahPerSaluran(ctx.db, periode.id),
  ]);
  const ini = jumlah.filter((j) => j.periodeId === periode.id);
  const namaLayanan = new Map(layanan.map((l) => [l.id, l.nama]));
  const aturan = {
    bobot: opsi.bobot?.id ?? "0.111",
    pembulatan: opsi.pembulatan?.id ?? "seed",
    mutu: opsi.mutu?.id ?? "14-2017",
  };

  const tren = lebihAwal.flatMap((p) => {
    const baris = jumlah.filter((j) => j.periodeId === p.id);
    const n = baris.reduce((a, j) => a + j.responden, 0);
    if (n === 0) return [];
    const total = KODE_UNSUR.map((_, i) => baris.reduce((a, j) => a + (j.jumlah[i] ?? 0), 0));
    const ikm = hitungIkm({ jenis: "jumlah", responden: n, jumlah: jumlahUnsur(total) }, opsi);
    return [{ periode: namaPeriode(p), ikm: ikm.ikmTampil }];
  });

  const sumber: SumberSkm = {
    pemda: { nama: o.pemda.nama },
    opd: { nama: o.opd.nama, slug: o.opd.slug },
    periode: { kode: periode.kode, nama: namaPeriode(periode), mulai: periode.mulai, selesai: periode.selesai },
    aturan,
    layanan: layanan
      .filter((l) => l.aktif || ini.some((j) => j.layananId === l.id))
      .map((l) => {
        const j = ini.find((x) => x.layananId === l.id);
        return {
          kode: l.kode,
          nama: l.nama,
          populasi: populasi.find((p) => p.layananId === l.id)?.populasi ?? null,
          responden: j?.responden ?? 0,
          jumlah: jumlahUnsur(j?.jumlah ?? []),
        };
      }),
    demografi: {
      jenisKelamin: kelompok(demo.jenisKelamin, LABEL_JK),
      umur: kelompok(demo.umur, LABEL_UMUR),
      pendidikan: kelompok(demo.pendidikan),
      pekerjaan: kelompok(demo.pekerjaan),
    },
    kanal: kanal.map((k) => ({ label: k.saluran, jumlah: k.jumlah })),
    saran: saran.flatMap((r) =>
      r.saranBersih ? [{ layanan: namaLayanan.get(r.layananId) ?? "", teks: r.saranBersih }] : [],
    ),
    rtl: rtl.filter((r) => r.periodeId === periode.id).map(rtlSumber),
    rtlSebelumnya: sebelumnya
      ? {
          periode: namaPeriode(sebelumnya),
          butir: rtl.filter((r) => r.periodeId === sebelumnya.id && r.status !== "selesai").map(rtlSumber),
        }
      : null,
    tren,
    tempat: o.opd.nama,
    // today on the Pemda's calendar (WIB/WITA/WIT, its settings; ADR 0019)
    tanggal: await hariIniPemda(ctx, o.pemdaId),
    penandatangan: null,
  };
  return { sumber, opdSlug: o.opd.slug };
}

export type JenisDokumenSkm = "laporan" | "hasil";
export type FormatDokumenSkm = "docx" | "pdf" | "png";

/** The Laporan SKM (docx/pdf) or the Hasil SKM (pdf/png) of a period as a file. */
export async function unduhDokumenSkm(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  periodeKode: string,
  jenis: JenisDokumenSkm,
  format: FormatDokumenSkm,
): Promise<BerkasLaporan> {
  const { sumber, opdSlug } = await kumpulkanSumberSkm(ctx, lingkup, periodeKode);
  const dokumen = jenis === "laporan" ? bangunLaporanSkm(sumber).dokumen : bangunHasilSkm(sumber).dokumen;
  const isi = format === "png" ? await penyajiGambar()(dokumen) : await penyajiDokumen()(dokumen, format);
  const nama = `${jenis === "laporan" ? "Laporan-SKM" : "Hasil-SKM"}-${periodeKode}-${opdSlug}.${format}`;
  return { isi, namaBerkas: nama, jenisMime: format === "png" ? "image/png" : JENIS_MIME[format] };
}
