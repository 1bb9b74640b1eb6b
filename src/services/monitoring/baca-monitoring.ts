/**
 * Monitoring of every OPD of a Pemda for one year (issue 15, ADR 0030): per OPD the state of each module, the mean
 * capaian of its IKU, serapan anggaran, IKM and Nilai AKIP, and a ranking. A constant number of queries whatever the
 * number of OPDs (the states in one statement, the IKU in one, the survey results in one, the AKIP recap in four).
 * Permission: monitoring.baca on the whole Pemda (an OPD-bound account is refused).
 */
import {
  type KunciPeringkat,
  LABEL_TAHAP,
  MODUL_MONITORING,
  type ModulMonitoring,
  peringkatMonitoring,
  rataCapaian,
  type Tahap,
  tahapAlur,
  tahapLke,
  tahapSkm,
} from "../../domain/monitoring";
import { hitungCapaian } from "../../domain/capaian";
import { formatAngka } from "../../domain/format/angka";
import { opsiIkmPemda } from "../../domain/pengaturan/aturan-pemda";
import { serapanTampil } from "../../domain/anggaran/serapan";
import { type Dec, dec, toFixed } from "../../domain/shared/decimal";
import {
  listHasilSurveiPemda,
  listIkuMonitoring,
  listMonitoringOpd,
  listTahunBerdata,
} from "../../storage/repositories/monitoring-repository";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ForbiddenError } from "../errors";
import { ikmDariSurvei } from "../hasil/nilai-tertaut";
import { rekapLke } from "../lke/rekap";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";

export interface Angka {
  nilai: string;
  tampil: string;
}

const angka = (d: Dec): Angka => ({ nilai: toFixed(d, 2), tampil: formatAngka(toFixed(d, 2), { desimal: 2 }) });

export interface FilterMonitoring {
  /** Rank by this value (default Nilai AKIP). */
  urut?: KunciPeringkat;
  /** Only OPDs whose module `modul` is in state `tahap`. */
  modul?: ModulMonitoring;
  tahap?: Tahap;
  jenis?: string;
  /** Part of the OPD name (case-insensitive). */
  cari?: string;
}

export interface SelModul {
  modul: ModulMonitoring;
  tahap: Tahap;
  label: string;
}

export interface BarisMonitoring {
  opd: { slug: string; nama: string; jenis: string };
  urutan: number | null;
  modul: SelModul[];
  iku: { jumlah: number; terukur: number; rataCapaian: Angka | null };
  anggaran: { pagu: Angka | null; realisasi: Angka | null; serapan: Angka | null; bulan: number | null };
  ikm: { nilai: Angka; mutu: string; kode: string } | null;
  akip: { nilai: Angka; predikat: string; status: string | null } | null;
  peringkat: number | null;
}

export interface Monitoring {
  pemda: { slug: string; nama: string };
  tahun: number;
  urut: KunciPeringkat;
  jumlahOpd: number;
  /**
   * Years with data for this Pemda, newest first (the page opens on the newest one instead of an empty working year,
   * and says when the chosen year has none).
   */
  tahunBerdata: number[];
  /** per module, how many OPDs (all, before the filter) are in each state. */
  ringkasan: Array<{ modul: ModulMonitoring; jumlah: Record<Tahap, number> }>;
  baris: BarisMonitoring[];
}

export async function bacaMonitoring(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  filter: FilterMonitoring = {},
): Promise<Monitoring> {
  const { pemda, pemdaId, aktor } = await otorisasiPemda(ctx, pemdaSlug, "monitoring.baca");
  if (aktor.opdId !== null) {
    throw new ForbiddenError("Monitoring seluruh perangkat daerah hanya untuk akun tingkat Pemda");
  }
  const [opd, iku, survei, rekap, pengaturan, tahunBerdata] = await Promise.all([
    listMonitoringOpd(ctx.db, pemdaId, tahun),
    listIkuMonitoring(ctx.db, pemdaId, tahun),
    listHasilSurveiPemda(ctx.db, pemdaId, tahun),
    rekapLke(ctx, pemdaSlug, tahun),
    bacaPengaturanPemda(ctx.db, pemdaId),
    listTahunBerdata(ctx.db, pemdaId),
  ]);
  const opsiIkm = opsiIkmPemda(pengaturan.pilihanAturan, tahun);
  // the latest survey result of the year per OPD (rows come ordered by period end)
  const surveiPer = new Map(survei.map((s) => [s.opdId, s]));
  const ikmPer = new Map<string, { nilai: Dec; mutu: string; kode: string }>();
  for (const [opdId, s] of surveiPer) {
    const h = ikmDariSurvei(s, opsiIkm).hasil;
    ikmPer.set(opdId, { nilai: dec(h.ikmTampil), mutu: h.mutu.mutu, kode: s.kode });
  }
  const akipPer = new Map(rekap.baris.map((b) => [b.opd.slug, b]));
  const ikuPer = new Map<string, typeof iku>();
  for (const i of iku) ikuPer.set(i.opdId, [...(ikuPer.get(i.opdId) ?? []), i]);

  const semua = opd.map((o) => {
    const a = akipPer.get(o.slug);
    const nilaiAkip = a ? dec(a.total.nilai) : null;
    const ikm = ikmPer.get(o.id) ?? null;
    const capaian: Dec[] = [];
    const daftarIku = ikuPer.get(o.id) ?? [];
    for (const i of daftarIku) {
      const realisasi =
        i.sumberRealisasi === "skm" ? (ikm?.nilai ?? null) : i.sumberRealisasi === "akip" ? nilaiAkip : i.realisasi;
      if (realisasi === null) continue;
      try {
        capaian.push(
          hitungCapaian({
            target: i.targetTeks,
            realisasi,
            polaritas: i.polaritas,
            rumusNegatif: i.rumusNegatif,
            indikator: i.nama,
          }).capaianDibulatkan,
        );
      } catch {
        // a target written as text only (no number) has no capaian; the indicator counts as not measured
      }
    }
    const rata = rataCapaian(capaian);
    const serapan =
      o.anggaran !== null && o.realisasiAnggaran !== null ? serapanTampil(o.realisasiAnggaran, o.anggaran) : null;
    const tahap: Record<ModulMonitoring, Tahap> = {
      perencanaan: tahapAlur(o.status.perencanaan),
      pk: tahapAlur(o.status.pk),
      pengukuran: tahapAlur(o.status.pengukuran),
      anggaran: o.anggaran === null && !o.status.anggaran ? "belum" : tahapAlur(o.status.anggaran),
      skm: tahapSkm(o.skmTerbuka, o.skmDitutup),
      evaluasi: tahapLke(o.lkeStatus, o.adaNilaiKomponen),
      laporan: tahapAlur(o.status.laporan),
    };
    const nilaiUrut: Record<KunciPeringkat, Dec | null> = {
      akip: nilaiAkip,
      capaian: rata,
      serapan,
      ikm: ikm?.nilai ?? null,
    };
    return {
      o,
      nama: o.nama,
      urutan: o.urutan,
      tahap,
      nilaiUrut,
      baris: {
        opd: { slug: o.slug, nama: o.nama, jenis: o.jenis },
        urutan: o.urutan,
        modul: MODUL_MONITORING.map((m) => ({ modul: m, tahap: tahap[m], label: LABEL_TAHAP[tahap[m]] })),
        iku: { jumlah: daftarIku.length, terukur: capaian.length, rataCapaian: rata ? angka(rata) : null },
        anggaran: {
          pagu: o.anggaran === null ? null : angka(dec(o.anggaran)),
          realisasi: o.realisasiAnggaran === null ? null : angka(dec(o.realisasiAnggaran)),
          serapan: serapan ? angka(serapan) : null,
          bulan: o.bulanRealisasi,
        },
        ikm: ikm ? { nilai: angka(ikm.nilai), mutu: ikm.mutu, kode: ikm.kode } : null,
        akip: a ? { nilai: a.total, predikat: a.predikat.kode, status: a.status } : null,
      },
    };
  });

  const urut = filter.urut ?? "akip";
  const berperingkat = peringkatMonitoring(semua.map((s) => ({ ...s, nilai: s.nilaiUrut[urut] })));
  const cari = filter.cari?.trim().toLowerCase();
  const tersaring = berperingkat.filter(
    (s) =>
      (!filter.modul || !filter.tahap || s.tahap[filter.modul] === filter.tahap) &&
      (!filter.jenis || s.o.jenis === filter.jenis) &&
      (!cari || s.o.nama.toLowerCase().includes(cari)),
  );
  const ringkasan = MODUL_MONITORING.map((m) => {
    const jumlah = { belum: 0, draft: 0, diajukan: 0, disetujui: 0, terkunci: 0, terbit: 0 } as Record<Tahap, number>;
    for (const s of semua) jumlah[s.tahap[m]] += 1;
    return { modul: m, jumlah };
  });
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    tahun,
    urut,
    jumlahOpd: semua.length,
    tahunBerdata,
    ringkasan,
    baris: tersaring.map((s) => ({ ...s.baris, peringkat: s.peringkat })),
  };
}
