/**
 * SumberLkjip from the database for one OPD and year, through the repositories of the plan, measurement, PK,
 * organisation and budget modules; authorised once ("laporan.baca"). What no module stores yet (the free texts of
 * the report and its signing place/date, the desa boundaries) is left empty, so the document shows placeholders.
 * TODO(laporan UI): store the report's free texts, narrative overrides and signing place/date, and read them here.
 */
import type { Db } from "../../storage/database";
import { listHasilAkipPemda } from "../../storage/repositories/hasil-tertaut-repository";
import { listOpd, listPemda } from "../../storage/repositories/organisasi-repository";
import { listPejabatUntukOpd } from "../../storage/repositories/pejabat-repository";
import type { RekapAkipSumber, SumberLkjip } from "../../reports/model/sumber";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { kodeKanonik } from "./kode-anggaran";
import {
  bacaAnalisisProgram,
  bacaAnggaran,
  bacaHasil,
  bacaOrganisasi,
  bacaPeer,
  pejabatSumber,
} from "./kumpulkan-data";
import { bacaPkTahun, bacaRencana } from "./kumpulkan-rencana";

function aktifPada(p: { mulai: string | null; selesai: string | null }, tahun: number): boolean {
  return (
    (p.mulai === null || Number(p.mulai.slice(0, 4)) <= tahun) &&
    (p.selesai === null || Number(p.selesai.slice(0, 4)) >= tahun)
  );
}

async function rekapAkip(db: Db, pemdaId: string, tahun: number): Promise<RekapAkipSumber | null> {
  const [rows, opd] = await Promise.all([listHasilAkipPemda(db, pemdaId, tahun), listOpd(db, pemdaId)]);
  const hasil = rows.filter((r) => r.jenis === "hasil");
  if (hasil.length === 0) return null;
  const urut = new Map(opd.map((o) => [o.id, o]));
  return {
    tahun,
    kerangka: hasil[0]!.kerangka === "12/2015" ? "12/2015" : "88/2021",
    nomorSurat: null,
    tanggal: null,
    penandatangan: null,
    baris: hasil
      .filter((r) => urut.has(r.opdId))
      .sort((a, b) => (urut.get(a.opdId)!.urutan ?? 0) - (urut.get(b.opdId)!.urutan ?? 0))
      .map((r) => ({ opdSlug: urut.get(r.opdId)!.slug, nama: urut.get(r.opdId)!.nama, komponen: r.komponen })),
  };
}

export async function kumpulkanLkjip(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<SumberLkjip> {
  const { pemdaId, opdId, opd } = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const db = ctx.db;
  const [pemda, pejabatRows, rencana, org, hasil, peer, anggaran, rekap] = await Promise.all([
    listPemda(db).then((l) => l.find((p) => p.id === pemdaId)!),
    listPejabatUntukOpd(db, pemdaId, opdId),
    bacaRencana(db, pemdaId, opdId, tahun),
    bacaOrganisasi(db, opdId),
    bacaHasil(db, opdId, tahun),
    bacaPeer(db, opdId),
    bacaAnggaran(db, pemdaId, opdId, tahun),
    rekapAkip(db, pemdaId, tahun),
  ]);
  const [pk, extra] = await Promise.all([
    bacaPkTahun(db, opdId, tahun, rencana.kodeIndikator),
    bacaAnalisisProgram(db, opdId, tahun, rencana.kodeSasaran),
  ]);
  const kepalaDaerah = pejabatRows.find((p) => p.peran === "kepala-daerah" && aktifPada(p, tahun)) ?? null;
  const kepalaOpd =
    pejabatRows.find((p) => p.peran === "kepala-opd" && p.opdId === opdId && aktifPada(p, tahun)) ?? null;
  const programKegiatan = extra.program.map((r) => ({
    ...r,
    kode: r.kode ? kodeKanonik(r.kode, anggaran.anggaran) : null,
  }));
  const tautan = anggaran.tautan.length
    ? anggaran.tautan
    : programKegiatan
        .filter((r) => r.tingkat === "program" && r.kode)
        .map((r) => ({ kode: r.kode!, sasaranKode: r.sasaranKode }));
  return {
    tahun,
    pemda: {
      nama: pemda.nama,
      jenis: pemda.jenis === "kota" ? "kota" : "kabupaten",
      kepalaDaerah: kepalaDaerah ? pejabatSumber(kepalaDaerah) : null,
    },
    opd: { slug: opd.slug, nama: opd.nama, jenis: opd.jenis },
    pejabat: pejabatRows.filter((p) => p.peran !== "kepala-daerah").map(pejabatSumber),
    kepalaOpdKode: kepalaOpd?.id ?? null,
    penandatangan: null,
    teks: [],
    profil: org.profil,
    organisasi: org.organisasi,
    rpjmd: rencana.rpjmd,
    renstra: rencana.renstra,
    indikator: rencana.indikator,
    skm: hasil.skm,
    akip: hasil.akip,
    targetKomponenAkip: hasil.targetKomponenAkip,
    rekapAkip: rekap,
    peer,
    analisis: extra.analisis,
    programKegiatan,
    pk,
    anggaran: anggaran.anggaran,
    pemetaanSasaran: [...new Set(tautan.map((t) => t.sasaranKode))].map((sasaranKode) => ({
      sasaranKode,
      kode: tautan.filter((t) => t.sasaranKode === sasaranKode).map((t) => t.kode),
    })),
    hilang: [],
  };
}
