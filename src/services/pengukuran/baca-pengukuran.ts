/**
 * Read model of an OPD's measurement for a year — the IKU table, the dashboard and the trend: per sasaran, each
 * indicator with target (PK/Renstra), realisasi (typed or from a linked result), capaian and kategori computed by
 * the rules core, the trend over the Renstra period, quarterly realisasi, evidence and source notes; capaian
 * sasaran = mean of its indicators (regulations.md §4, SEED 444).
 */
import { capaianSasaran, kategoriCapaian } from "../../domain/capaian";
import type { StatusData } from "../../domain/akses/alur-kerja";
import { formatPersen } from "../../domain/format/persen";
import { listBukti, type BuktiInfo } from "../../storage/repositories/pengukuran-repository";
import { listCatatanSumber } from "../../storage/repositories/pembanding-repository";
import { listRenstra, listSasaranOpd, listTujuan } from "../../storage/repositories/perencanaan-repository";
import type { IndikatorRow } from "../../storage/repositories/indikator-repository";
import { bacaStatusPeriode } from "../alur/status-periode";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { type Capaian, capaianIndikator } from "./hitung-capaian";
import { muatDataPengukuran } from "./muat-data";
import { bacaPerubahanRealisasi, type PerubahanRealisasi } from "./perubahan-realisasi";
import { singkatanZona, type ZonaWaktu } from "../../domain/pengaturan/zona-waktu";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { versiRealisasi } from "./ubah-realisasi";
import {
  type DataPengukuran,
  type NilaiRealisasi,
  type NilaiTarget,
  realisasiTahun,
  targetTahun,
} from "./sumber-nilai";

export interface TitikTren {
  tahun: number;
  target: string | null;
  realisasi: string | null;
  realisasiNilai: string | null;
  capaian: string | null;
  kategori: string | null;
}

export interface CatatanTampil {
  kode: string;
  fakta: string;
  alasan: string;
  dipilih: string | null;
  nilai: Array<{ teks: string; sumber: string }>;
}

export interface BarisIku {
  id: string;
  kode: string;
  nama: string;
  satuan: string;
  iku: boolean;
  polaritas: IndikatorRow["polaritas"];
  sumberRealisasi: IndikatorRow["sumberRealisasi"];
  target: NilaiTarget | null;
  realisasi: NilaiRealisasi | null;
  /** Version of the stored yearly realisasi cell (If-Match of its edit, ADR 0016). */
  versiRealisasi: string;
  capaian: Capaian | null;
  galat: string | null;
  triwulan: Array<{
    periode: "tw1" | "tw2" | "tw3" | "tw4";
    nilai: string | null;
    narasi: string;
    capaian: string | null;
    versi: string;
  }>;
  tren: TitikTren[];
  bukti: BuktiInfo[];
  catatan: CatatanTampil[];
  /** The last change of each realisasi cell of the year written through the app (the audit trail), period order. */
  perubahanRealisasi: PerubahanRealisasi[];
}

export interface SasaranPengukuran {
  id: string;
  kode: string;
  teks: string;
  capaian: string | null;
  capaianTampil: string | null;
  kategori: string | null;
  indikator: BarisIku[];
}

export interface Pengukuran {
  opd: { slug: string; nama: string };
  tahun: number;
  periode: { tahunAwal: number; tahunAkhir: number } | null;
  status: StatusData;
  /** The Pemda's time zone and its name (times, e.g. a realisasi's last change, are shown in it; ADR 0046). */
  zonaWaktu: ZonaWaktu;
  singkatanZona: string;
  /** Years with any plan or measurement data of this OPD (for the year picker), ascending. */
  tahunTersedia: number[];
  sasaran: SasaranPengukuran[];
}

export function barisIndikator(
  d: DataPengukuran,
  ind: IndikatorRow,
  tahun: number,
  tahunTren: number[],
): Omit<BarisIku, "bukti" | "catatan" | "perubahanRealisasi"> {
  const target = targetTahun(d, ind, tahun);
  const { realisasi, galat: galatRealisasi } = realisasiTahun(d, ind, tahun);
  const hasil =
    target && realisasi
      ? capaianIndikator(target.teks, realisasi.nilai, ind.polaritas, ind.rumusNegatif, ind.nama)
      : { capaian: null, galat: null };
  const triwulan = (["tw1", "tw2", "tw3", "tw4"] as const).map((periode) => {
    const r = d.realisasi.find((x) => x.indikatorId === ind.id && x.tahun === tahun && x.periode === periode);
    const c =
      target && r?.nilai
        ? capaianIndikator(target.teks, r.nilai, ind.polaritas, ind.rumusNegatif, ind.nama).capaian
        : null;
    return {
      periode,
      nilai: r?.nilai ?? null,
      narasi: r?.narasi ?? "",
      capaian: c?.nilai ?? null,
      versi: versiRealisasi(r),
    };
  });
  const tren = tahunTren.map((t): TitikTren => {
    const tg = targetTahun(d, ind, t);
    const { realisasi: re } = realisasiTahun(d, ind, t);
    const c = tg && re ? capaianIndikator(tg.teks, re.nilai, ind.polaritas, ind.rumusNegatif, ind.nama).capaian : null;
    return {
      tahun: t,
      target: tg?.teks ?? null,
      realisasi: re?.tampil ?? null,
      realisasiNilai: re?.nilai ?? null,
      capaian: c?.nilai ?? null,
      kategori: c?.kategori ?? null,
    };
  });
  return {
    id: ind.id,
    kode: ind.kode,
    nama: ind.nama,
    satuan: ind.satuan,
    iku: ind.iku,
    polaritas: ind.polaritas,
    sumberRealisasi: ind.sumberRealisasi,
    target,
    realisasi,
    versiRealisasi: versiRealisasi(
      d.realisasi.find((x) => x.indikatorId === ind.id && x.tahun === tahun && x.periode === "tahunan"),
    ),
    capaian: hasil.capaian,
    galat: galatRealisasi ?? hasil.galat,
    triwulan,
    tren,
  };
}

export async function bacaPengukuran(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<Pengukuran> {
  const { pemdaId, opdId, opd } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
  const [data, sasaran, renstra, bukti, catatan, status, perubahan, pengaturan] = await Promise.all([
    muatDataPengukuran(ctx.db, opdId, pemdaId),
    listSasaranOpd(ctx.db, opdId),
    listRenstra(ctx.db, opdId),
    listBukti(ctx.db, opdId, tahun),
    listCatatanSumber(ctx.db, pemdaId, opdId),
    bacaStatusPeriode(ctx, { pemdaId, opdId, tahun, modul: "pengukuran" }),
    bacaPerubahanRealisasi(ctx.db, opdId, tahun),
    bacaPengaturanPemda(ctx.db, pemdaId),
  ]);
  const periode = renstra.find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir) ?? null;
  const tahunTren = periode
    ? Array.from({ length: periode.tahunAkhir - periode.tahunAwal + 1 }, (_, i) => periode.tahunAwal + i)
    : [tahun];
  const tujuan = periode ? new Set((await listTujuan(ctx.db, periode.id)).map((t) => t.id)) : null;
  const daftar = sasaran
    .filter((s) => !tujuan || tujuan.has(s.tujuanId))
    .map((s): SasaranPengukuran => {
      const indikator = data.indikator
        .filter((i) => i.sasaranId === s.id)
        .map((i) => ({
          ...barisIndikator(data, i, tahun, tahunTren),
          bukti: bukti.filter((b) => b.indikatorId === i.id),
          catatan: catatan
            .filter((c) => c.terkait === `indikator:${i.kode}`)
            .map((c) => ({ kode: c.kode, fakta: c.fakta, alasan: c.alasan, dipilih: c.dipilih, nilai: c.nilai })),
          perubahanRealisasi: (["tahunan", "tw1", "tw2", "tw3", "tw4"] as const).flatMap((p) => {
            const x = perubahan.get(`${i.id}/${p}`);
            return x ? [x] : [];
          }),
        }));
      const nilai = indikator.map((i) => i.capaian?.nilai).filter((x): x is string => Boolean(x));
      const cs = nilai.length ? capaianSasaran(nilai).capaianDibulatkan : null;
      return {
        id: s.id,
        kode: s.kode,
        teks: s.teks,
        capaian: cs?.toFixed(2) ?? null,
        capaianTampil: cs ? formatPersen(cs) : null,
        kategori: cs ? kategoriCapaian(cs).label : null,
        indikator,
      };
    })
    .filter((s) => s.indikator.length > 0);
  return {
    opd: { slug: opd.slug, nama: opd.nama },
    tahun,
    periode: periode ? { tahunAwal: periode.tahunAwal, tahunAkhir: periode.tahunAkhir } : null,
    status,
    zonaWaktu: pengaturan.zonaWaktu,
    singkatanZona: singkatanZona(pengaturan.zonaWaktu),
    tahunTersedia: [
      ...new Set([
        ...data.target.map((x) => x.tahun),
        ...data.realisasi.map((x) => x.tahun),
        ...data.pk.map((x) => x.tahun),
        ...data.survei.map((x) => x.tahun),
        ...data.akip.map((x) => x.tahun),
      ]),
    ].sort((a, b) => a - b),
    sasaran: daftar,
  };
}
