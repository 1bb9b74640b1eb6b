/**
 * SumberLkjip from the demo dataset (src/demo/data): Kecamatan Sei Balai 2023 with every raw input of the
 * seed, and the other 37 OPD of the Inspektorat's recap with only their AKIP 2023 scores (the rest is missing and
 * shows as placeholders). Derived numbers the dataset keeps as `dicetak` are never passed on.
 * The reference the database path (kumpulkan-lkjip.ts) is compared with for Sei Balai 2023
 * (tests/integration/laporan-db.test.ts); `sakip lkjip --sumber demo`, the unit tests, the docs suite and the bench
 * build from it.
 */
import { demoDataset, type DemoDataset, type Pejabat, type PejabatPemda, type PerjanjianKinerja } from "../data";
import type {
  BarisAnggaranPkSumber,
  BarisKinerjaPkSumber,
  PejabatSumber,
  PkSumber,
  SumberLkjip,
} from "../../reports/model/sumber";
import { anggaranDemo } from "./anggaran-demo";
import { teksDemo } from "./teks-demo";
import { kodeKanonik } from "../../services/laporan/kode-anggaran";
import { urutkanPk } from "../../services/laporan/urutan-pk";

export const TAHUN_DEMO = 2023;
export const OPD_DEMO = "kecamatan-sei-balai";

/** Slugs of every OPD the demo can build a report for (the 38 OPD of the AKIP recap). */
export function daftarOpdDemo(data: DemoDataset = demoDataset): string[] {
  return data.opd.map((o) => o.slug);
}

function pejabatPemda(p: PejabatPemda): PejabatSumber {
  return {
    kode: p.kode,
    nama: p.nama,
    ...(p.gelarDepan ? { gelarDepan: p.gelarDepan } : {}),
    ...(p.gelarBelakang ? { gelarBelakang: p.gelarBelakang } : {}),
    jabatan: p.jabatan,
    ...(p.pangkat ? { pangkat: p.pangkat } : {}),
    ...(p.nip ? { nip: p.nip } : {}),
  };
}

function pejabatOpd(p: Pejabat): PejabatSumber {
  return {
    kode: p.kode,
    nama: p.nama,
    ...(p.gelarDepan ? { gelarDepan: p.gelarDepan } : {}),
    ...(p.gelarBelakang ? { gelarBelakang: p.gelarBelakang } : {}),
    jabatan: p.jabatan,
    pangkat: p.pangkat,
    nip: p.nip,
    eselon: p.eselon,
  };
}

function pk(p: PerjanjianKinerja): PkSumber {
  const kinerja = (r: PerjanjianKinerja["kinerja"][number]): BarisKinerjaPkSumber => ({
    sasaran: r.sasaran,
    indikator: r.indikator,
    satuan: r.satuan,
    target: r.target.nilai,
    ...(r.target.hurufDicetak ? { predikat: true } : {}),
    ...(r.indikatorRenstraKode ? { indikatorKode: r.indikatorRenstraKode } : {}),
    anak: r.anak.map(kinerja),
  });
  const anggaran = (r: PerjanjianKinerja["anggaran"][number]): BarisAnggaranPkSumber => ({
    uraian: r.uraian,
    anggaran: r.anggaran,
    keterangan: r.keterangan,
    ...(r.kodeDppa ? { kode: r.kodeDppa } : {}),
    anak: r.anak.map(anggaran),
  });
  return {
    kode: p.kode,
    tahun: p.tahun,
    versi: p.jenis,
    level: p.level,
    pihakPertamaKode: p.pihakPertama.pejabatKode,
    pihakKeduaKode: p.pihakKedua.pejabatKode,
    tempat: p.tempat,
    tanggal: p.tanggal,
    kolomSasaran: p.kolomDicetak.sasaran,
    kolomAnggaran: p.kolomDicetak.anggaran,
    kinerja: p.kinerja.map(kinerja),
    anggaran: p.anggaran.map(anggaran),
  };
}

/** The common part: Pemda, the OPD's identity, and the AKIP recap of the year. */
function dasar(data: DemoDataset, slug: string): SumberLkjip {
  const o = data.opd.find((x) => x.slug === slug)!;
  const rekapKomponen = (k: (typeof data.opd)[number]["akip2023"]) => ({
    perencanaan: k.perencanaan,
    pengukuran: k.pengukuran,
    pelaporan: k.pelaporan,
    evaluasi: k.evaluasi,
  });
  return {
    tahun: data.tahun,
    pemda: { nama: data.pemda.nama, jenis: data.pemda.jenis, kepalaDaerah: pejabatPemda(data.pemda.kepalaDaerah) },
    opd: { slug, nama: o.nama, jenis: o.jenis },
    pejabat: [],
    kepalaOpdKode: null,
    penandatangan: null,
    teks: [],
    profil: null,
    organisasi: { tugasFungsi: null, susunan: null, unit: [], dasarHukum: [], inovasi: [] },
    rpjmd: {
      tahunAwal: data.pemda.rpjmd.tahunAwal,
      tahunAkhir: data.pemda.rpjmd.tahunAkhir,
      visi: data.pemda.rpjmd.visi.teks,
      kataKunci: data.pemda.rpjmd.kataKunci.map((x) => ({ kata: x.kata, penjelasan: x.penjelasan })),
      misi: data.pemda.rpjmd.misi.map((m) => ({ nomor: m.nomor, teks: m.teks })),
    },
    renstra: null,
    indikator: [],
    skm: null,
    akip: [{ tahun: data.tahun, kerangka: "88/2021", komponen: rekapKomponen(o.akip2023) }],
    targetKomponenAkip: null,
    rekapAkip: {
      tahun: data.tahun,
      kerangka: "88/2021",
      nomorSurat: data.suratRekapAkip.nomor,
      tanggal: data.suratRekapAkip.tanggal,
      penandatangan: pejabatPemda(data.pemda.inspektur),
      baris: data.opd.map((x) => ({ opdSlug: x.slug, nama: x.nama, komponen: rekapKomponen(x.akip2023) })),
    },
    peer: null,
    analisis: [],
    programKegiatan: [],
    pk: [],
    anggaran: null,
    pemetaanSasaran: [],
    hilang: [],
  };
}

/**
 * SumberLkjip of a demo OPD for the demo year. Returns null for an OPD or year the demo does not have.
 * Sei Balai gets the full seed data; the other OPD only the Pemda data and their AKIP score.
 */
export function sumberDariDemo(slug: string, tahun: number, data: DemoDataset = demoDataset): SumberLkjip | null {
  if (tahun !== data.tahun || !data.opd.some((o) => o.slug === slug)) return null;
  const s = dasar(data, slug);
  if (slug !== data.seiBalai.opdSlug) return s;
  const sb = data.seiBalai;
  const anggaran = anggaranDemo(data);
  const kode = (k: string) => kodeKanonik(k, anggaran);
  const programKegiatan = sb.indikatorProgramKegiatan.map((r) => ({
    sasaranKode: r.sasaranKode,
    tingkat: r.tingkat,
    uraian: r.programKegiatan,
    kode: kode(r.kodeDppa),
    indikator: r.indikator,
    target: null,
    realisasi: null,
    menunjang: r.menunjang,
  }));
  const peer = data.peer.find((p) => p.opdSlug === "kecamatan-datuk-tanah-datar");
  return {
    ...s,
    pejabat: sb.pejabat.map(pejabatOpd),
    kepalaOpdKode: "camat",
    penandatangan: {
      tempat: sb.penandatangananLkjip.tempat,
      tanggal: sb.penandatangananLkjip.tanggal,
      pejabatKode: sb.penandatangananLkjip.pejabatKode,
    },
    teks: teksDemo(sb.teks),
    profil: {
      batas: sb.profilWilayah.batas.map((b) => ({ arah: b.arah, teks: b.teks })),
      desa: sb.profilWilayah.desa.map((d) => ({
        nama: d.nama,
        luasHa: d.luasHa,
        dusun: d.dusun,
        kk: d.kk,
        pendudukL: d.pendudukL,
        pendudukP: d.pendudukP,
        lahan: {
          perkebunanHa: d.lahan.perkebunanHa,
          pertanianHa: d.lahan.pertanianHa,
          perumahanHa: d.lahan.perumahanHa,
        },
      })),
      sumberData: sb.profilWilayah.sumberDataTabel[0]?.teks ?? null,
    },
    organisasi: {
      tugasFungsi: {
        dasarHukum: sb.tugasFungsi.dasarHukum,
        tugas: sb.tugasFungsi.tugas,
        fungsi: sb.tugasFungsi.fungsi.map((f) => f.teks),
      },
      susunan: { dasarHukum: sb.susunanOrganisasi.dasarHukum, uraian: sb.susunanOrganisasi.uraian },
      unit: sb.unitKerja.map((u) => ({ kode: u.kode, nama: u.nama, indukKode: u.indukKode })),
      dasarHukum: sb.dasarHukum.map((d) => d.teks),
      inovasi: sb.inovasi.map((i) => ({ nama: i.nama, deskripsi: i.deskripsi })),
    },
    renstra: {
      tahunAwal: sb.renstra.tahunAwal,
      tahunAkhir: sb.renstra.tahunAkhir,
      misiDidukung: sb.renstra.misiRpjmdNomor,
      tujuan: sb.renstra.tujuan.map((t) => ({ kode: t.kode, teks: t.teks })),
      sasaran: sb.renstra.sasaran.map((x) => ({ kode: x.kode, tujuanKode: x.tujuanKode, teks: x.teks })),
      strategi: sb.renstra.strategi.map((x) => ({ kode: x.kode, sasaranKode: x.sasaranKode, teks: x.teks })),
      kebijakan: [],
    },
    indikator: sb.renstra.indikator.map((i) => ({
      kode: i.kode,
      sasaranKode: i.sasaranKode,
      nama: i.nama,
      satuan: i.satuan,
      polaritas: i.polaritas,
      sumberRealisasi: i.sumberRealisasi,
      tampilan: Object.values(i.target).some((t) => t.hurufDicetak) ? "predikat-akip" : "angka",
      target: Object.entries(i.target).map(([t, n]) => ({ tahun: Number(t), nilai: n.nilai })),
      targetAkhir: i.targetAkhirPeriode.nilai,
      // Only published values: the year with raw data (SKM sums, LKE components) is computed by the report.
      realisasi: i.realisasi.flatMap((r) => (r.jenis === "nilai-terbit" ? [{ tahun: r.tahun, nilai: r.nilai }] : [])),
      sumberData: i.sumberDataDicetak[0]?.teks ?? null,
    })),
    skm: {
      tahun: data.tahun,
      responden: sb.skm2023.jumlahResponden,
      periodeMulai: sb.skm2023.periodeMulai,
      periodeSelesai: sb.skm2023.periodeSelesai,
      jumlah: Object.fromEntries(sb.skm2023.unsur.map((u) => [u.kode, String(u.jumlahNilai)])),
      label: Object.fromEntries(sb.skm2023.unsur.map((u) => [u.kode, u.labelLampiran])),
      analisis: Object.fromEntries(sb.skm2023.unsur.flatMap((u) => (u.analisis ? [[u.kode, u.analisis.teks]] : []))),
      metode: sb.skm2023.metode.teks,
      aplikasi: sb.skm2023.aplikasi.teks,
    },
    akip: sb.evaluasiAkip.map((e) => {
      const { kerangka, ...komponen } = e.komponen;
      return { tahun: e.tahun, kerangka, komponen };
    }),
    targetKomponenAkip: (() => {
      const { tahun, kerangka, perencanaan, pengukuran, pelaporan, evaluasi } = sb.targetKomponenAkip2023;
      return { tahun, kerangka, komponen: { perencanaan, pengukuran, pelaporan, evaluasi } };
    })(),
    peer: peer
      ? {
          opdNama: data.opd.find((o) => o.slug === peer.opdSlug)?.nama ?? peer.namaDicetak,
          sumberData: peer.sumberData,
          nilai: peer.nilai.map((n) => ({
            indikatorKode: n.indikator,
            tahun: n.tahun,
            target: n.target.nilai,
            realisasi: n.realisasi.nilai,
          })),
        }
      : null,
    analisis: sb.analisisSasaran.map((a) => ({
      sasaranKode: a.sasaranKode,
      pengantar: a.uraian.pengantar,
      faktorPendukung: a.uraian.faktorPendukung,
      faktorPenghambat: a.uraian.faktorPenghambat,
      // Solutions done (Tabel 3.14) then the recommendations of the narrative (Bab III.5), as the module stores them.
      solusi: [...a.tabel314.solusi, ...a.uraian.solusi],
    })),
    programKegiatan,
    pk: urutkanPk(sb.pk2023.map(pk), (kode) => {
      const unit = sb.pejabat.find((p) => p.kode === kode)?.unitKode;
      const i = sb.unitKerja.findIndex((u) => u.kode === unit);
      return i < 0 ? undefined : i;
    }),
    anggaran,
    pemetaanSasaran: [...new Set(programKegiatan.map((r) => r.sasaranKode))].map((sasaranKode) => ({
      sasaranKode,
      kode: programKegiatan
        .filter((r) => r.sasaranKode === sasaranKode && r.tingkat === "program" && r.kode)
        .map((r) => r.kode!),
    })),
    hilang: [],
  };
}
