/**
 * The validator over our data (issue 14, ADR 0027): gathers the plain snapshot of one OPD and year from the modules'
 * own read models (the measurement read model for indicators, capaian and evidence; the LKjIP assembler for PK,
 * budget, officials and desa; the source notes), then runs the pure rules (domain/reviu/data-periksa.ts).
 * Authorised with "laporan.baca" on the OPD (another Pemda 404, another OPD 403); reads only, nothing audited.
 */
import {
  type HasilPeriksaData,
  type IndikatorData,
  type OpsiPeriksaData,
  periksaDataOpd,
  type PkData,
  type SnapshotOpdTahun,
} from "../../domain/reviu";
import { dec } from "../../domain/shared/decimal";
import type { BarisKinerjaPkSumber, PkSumber } from "../../reports/model/sumber";
import { listCatatanSumber } from "../../storage/repositories/pembanding-repository";
import { DomainError } from "../../domain/shared/errors";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { kumpulkanUntuk } from "../laporan/kumpulkan-lkjip";
import { bacaPengukuran } from "../pengukuran/baca-pengukuran";

function kodeIndikatorPk(rows: BarisKinerjaPkSumber[]): string[] {
  return rows.flatMap((r) => [...(r.indikatorKode ? [r.indikatorKode] : []), ...kodeIndikatorPk(r.anak)]);
}

function jumlahBaris(rows: BarisKinerjaPkSumber[]): number {
  return rows.reduce((a, r) => a + 1 + jumlahBaris(r.anak), 0);
}

function pkData(p: PkSumber): PkData {
  return {
    pihakPertamaKode: p.pihakPertamaKode,
    level: p.level,
    versi: p.versi,
    jumlahAnggaran: p.anggaran.reduce((a, r) => a.add(dec(r.anggaran || "0")), dec(0)).toString(),
    indikatorKode: kodeIndikatorPk(p.kinerja),
    jumlahBarisKinerja: jumlahBaris(p.kinerja),
  };
}

/** The snapshot of an OPD-year, for a use case that has authorised the OPD already. */
export async function kumpulkanSnapshot(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
): Promise<SnapshotOpdTahun> {
  const o = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const [ukur, lkjip, catatan] = await Promise.all([
    bacaPengukuran(ctx, lingkup, tahun),
    kumpulkanUntuk(ctx.db, o, tahun),
    listCatatanSumber(ctx.db, o.pemdaId, o.opdId),
  ]);
  const indikator: IndikatorData[] = ukur.sasaran.flatMap((s) =>
    s.indikator.map((i) => ({
      kode: i.kode,
      nama: i.nama,
      satuan: i.satuan,
      sasaranKode: s.kode,
      iku: i.iku,
      sumberRealisasi: i.sumberRealisasi,
      target: i.target?.teks ?? null,
      realisasi: i.realisasi?.nilai ?? null,
      realisasiLalu: i.tren.find((t) => t.tahun === tahun - 1)?.realisasiNilai ?? null,
      capaian: i.capaian?.nilai ?? null,
      galatHitung: i.galat,
      jumlahBukti: i.bukti.length,
    })),
  );
  const kodeIndikator = new Set(indikator.map((i) => `indikator:${i.kode}`));
  return {
    opdSlug: o.opd.slug,
    opdNama: o.opd.nama,
    tahun,
    sasaran: (lkjip.renstra?.sasaran ?? []).map((s) => ({ kode: s.kode, teks: s.teks })),
    indikator,
    pejabat: lkjip.pejabat.map((p) => ({ kode: p.kode, nama: p.nama, jabatan: p.jabatan, eselon: p.eselon ?? null })),
    kepalaOpdKode: lkjip.kepalaOpdKode,
    pk: lkjip.pk.filter((p) => p.tahun === tahun && p.level !== "kepala-daerah").map(pkData),
    anggaran: lkjip.anggaran
      ? {
          subKegiatan: lkjip.anggaran.subKegiatan.map((x) => ({
            kode: x.kode,
            uraian: x.uraian,
            anggaran: x.anggaran,
            realisasi: dec(x.realisasi.pegawai || "0")
              .add(dec(x.realisasi.barangJasa || "0"))
              .add(dec(x.realisasi.modal || "0"))
              .toString(),
          })),
          rincianAkun: lkjip.anggaran.rincianAkun.map((r) => ({ akun: r.akun, anggaran: r.anggaran })),
          pemetaan: lkjip.pemetaanSasaran.map((m) => ({ sasaranKode: m.sasaranKode, kode: m.kode })),
        }
      : null,
    desa: (lkjip.profil?.desa ?? []).map((d) => ({ nama: d.nama, luasHa: d.luasHa, lahan: d.lahan })),
    angkaTerbit: catatan
      .filter((c) => c.terkait === null || !c.terkait.startsWith("indikator:") || kodeIndikator.has(c.terkait))
      .map((c) => ({
        kode: c.kode,
        fakta: c.fakta,
        tertulis: c.nilai,
        dipilih: c.dipilih,
        alasan: c.alasan,
        terkait: c.terkait,
      })),
  };
}

/** GET …/opd/{opd}/reviu/data/{tahun}, `sakip periksa --opd --tahun`: the findings over an OPD-year's data. */
export async function periksaDataOpdTahun(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  opsi: Partial<OpsiPeriksaData> = {},
): Promise<HasilPeriksaData> {
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) {
    throw new DomainError("tahun_tidak_valid", `tahun: "${tahun}" harus tahun 2000–2100`, { field: "tahun" });
  }
  return periksaDataOpd(await kumpulkanSnapshot(ctx, lingkup, tahun), opsi);
}
