/**
 * SumberLkjip from the database for one OPD and year, through the repositories of the plan, measurement, PK,
 * organisation and budget modules and the report's own storage (free texts, signatures: teks-laporan.ts,
 * penandatangan-laporan.ts); authorised once ("laporan.baca"). What nothing stores stays empty, so the document
 * shows placeholders. The operators' edited paragraphs are applied when the model is built (susun-laporan.ts).
 */
import type { Db } from "../../storage/database";
import { listHasilAkipPemda } from "../../storage/repositories/hasil-tertaut-repository";
import { listPenandatanganLaporan, listTeksLaporan } from "../../storage/repositories/laporan-repository";
import { getPemdaProfil } from "../../storage/repositories/organisasi-profil-repository";
import { listOpd, listPemda } from "../../storage/repositories/organisasi-repository";
import { getPejabat, listPejabatUntukOpd, type PejabatRow } from "../../storage/repositories/pejabat-repository";
import type { LogoSumber, PejabatSumber, RekapAkipSumber, SumberLkjip } from "../../reports/model/sumber";
import { type LingkupOpd, type OpdTerotorisasi, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { periksaGambarLogo } from "../organisasi/gambar-logo";
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
import { menjabatPadaTahun, terakhirMenjabat } from "../organisasi/masa-jabatan";
import { kepalaInspektorat, kepalaOpd } from "./penandatangan-laporan";
import { teksDariBaris } from "./teks-laporan";
import { terapkanTeks } from "./terapkan-teks";
import { urutkanPk } from "./urutan-pk";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
// M2-08 open recommendations of the AKIP evaluation
import { jabatanBertindakPada } from "../organisasi/jabatan-bertindak";
import { rekomendasiAkipTerbuka } from "../lke/rekomendasi-lkjip";

/** The recap of the year's AKIP evaluations of every OPD of the Pemda (signature and letter applied later). */
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

/** The Pemda's logo for the cover (null when none is stored or it no longer reads as a PNG/JPEG). */
async function logoPemda(db: Db, pemdaId: string): Promise<LogoSumber | null> {
  const logo = (await getPemdaProfil(db, pemdaId))?.logo;
  try {
    return logo ? { ...periksaGambarLogo(logo), data: logo } : null;
  } catch {
    return null;
  }
}

/** The pejabat of a stored signature: from the OPD's list, else looked up in the Pemda (e.g. the Inspektur). */
async function pejabatTtd(db: Db, pemdaId: string, daftar: PejabatRow[], id: string | null) {
  if (!id) return null;
  return daftar.find((p) => p.id === id) ?? (await getPejabat(db, pemdaId, id)) ?? null;
}

/** SumberLkjip of an OPD and year from the database; authorised with "laporan.baca". */
export async function kumpulkanLkjip(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<SumberLkjip> {
  return kumpulkanUntuk(ctx.db, await otorisasiOpd(ctx, lingkup, "laporan.baca"), tahun);
}

/** The assembly itself, for a use case that has already authorised the OPD. */
export async function kumpulkanUntuk(
  db: Db,
  { pemdaId, opdId, opd }: Pick<OpdTerotorisasi, "pemdaId" | "opdId" | "opd">,
  tahun: number,
): Promise<SumberLkjip> {
  // the Pemda's rule choice (its settings, ADR 0019): IKM bobot/rounding/mutu and the predikat table per year
  const pilihanAturan = (await bacaPengaturanPemda(db, pemdaId)).pilihanAturan;
  const [pemda, pejabatRows, rencana, org, hasil, peer, anggaran, rekap, teksRows, ttdRows, logo] = await Promise.all([
    listPemda(db).then((l) => l.find((p) => p.id === pemdaId)!),
    listPejabatUntukOpd(db, pemdaId, opdId),
    bacaRencana(db, pemdaId, opdId, tahun),
    bacaOrganisasi(db, opdId),
    bacaHasil(db, opdId, tahun),
    bacaPeer(db, opdId, pilihanAturan),
    bacaAnggaran(db, pemdaId, opdId, tahun),
    rekapAkip(db, pemdaId, tahun),
    listTeksLaporan(db, { opdId, tahun }),
    listPenandatanganLaporan(db, { opdId, tahun }),
    logoPemda(db, pemdaId),
  ]);
  const [pk, extra] = await Promise.all([
    bacaPkTahun(db, opdId, tahun, rencana.kodeIndikator),
    bacaAnalisisProgram(db, opdId, tahun, rencana.kodeSasaran, pemdaId),
  ]);
  // In a year with a change of Kepala Daerah both serve part of it: the report names the one in office last.
  const kepalaDaerah =
    terakhirMenjabat(pejabatRows.filter((p) => p.peran === "kepala-daerah" && menjabatPadaTahun(p, tahun))) ?? null;
  const kepala = kepalaOpd(pejabatRows, opdId, tahun);
  const programKegiatan = extra.program.map((r) => ({
    ...r,
    kode: r.kode ? kodeKanonik(r.kode, anggaran.anggaran) : null,
  }));
  const tautan = anggaran.tautan.length
    ? anggaran.tautan
    : programKegiatan
        .filter((r) => r.tingkat === "program" && r.kode)
        .map((r) => ({ kode: r.kode!, sasaranKode: r.sasaranKode }));
  const ttd = (d: string) => ttdRows.find((r) => r.dokumen === d);
  const ttdLkjip = ttd("lkjip");
  const ttdAnggaran = ttd("lampiran-anggaran");
  const ttdRekap = ttd("rekap-akip");
  const pejabat = pejabatRows.filter((p) => p.peran !== "kepala-daerah").map(pejabatSumber);
  for (const r of [ttdLkjip, ttdAnggaran]) {
    const p = await pejabatTtd(db, pemdaId, pejabatRows, r?.pejabatId ?? null);
    if (p && !pejabat.some((x) => x.kode === p.id)) pejabat.push(pejabatSumber(p));
  }
  const penandatanganRekap = rekap
    ? ((await pejabatTtd(db, pemdaId, pejabatRows, ttdRekap?.pejabatId ?? null)) ??
      (await kepalaInspektorat(db, pemdaId, tahun)))
    : null;
  const tempatTanggal = (r: typeof ttdLkjip) =>
    r?.tempat && r.tanggal
      ? { tempat: r.tempat, tanggal: r.tanggal, pejabatKode: r.pejabatId ?? kepala?.id ?? "" }
      : null;
  const bertindakLkjip = await jabatanBertindakPada(db, ttdLkjip?.pejabatId ?? kepala?.id, ttdLkjip?.tanggal);
  const unitPejabat = new Map(pejabatRows.map((p) => [p.id, p.unitId]));
  const sumber: SumberLkjip = {
    tahun,
    aturan: pilihanAturan,
    pemda: {
      nama: pemda.nama,
      jenis: pemda.jenis === "kota" ? "kota" : "kabupaten",
      kepalaDaerah: kepalaDaerah ? pejabatSumber(kepalaDaerah) : null,
      logo,
    },
    opd: { slug: opd.slug, nama: opd.nama, jenis: opd.jenis },
    pejabat,
    kepalaOpdKode: kepala?.id ?? null,
    penandatangan: (() => {
      const t = tempatTanggal(ttdLkjip);
      return t && bertindakLkjip ? { ...t, jabatanBertindak: bertindakLkjip } : t;
    })(),
    teks: [],
    profil: org.profil,
    organisasi: org.organisasi,
    rpjmd: rencana.rpjmd,
    renstra: rencana.renstra,
    indikator: rencana.indikator,
    skm: hasil.skm,
    akip: hasil.akip,
    targetKomponenAkip: hasil.targetKomponenAkip,
    // M2-08: open recommendations of the AKIP evaluation (LKE), when there are any
    ...(await rekomendasiAkipTerbuka(db, opdId, tahun)),
    rekapAkip: rekap && {
      ...rekap,
      nomorSurat: ttdRekap?.nomor ?? null,
      tanggal: ttdRekap?.tanggal ?? null,
      penandatangan: penandatanganRekap ? (pejabatSumber(penandatanganRekap) satisfies PejabatSumber) : null,
    },
    peer,
    analisis: extra.analisis,
    programKegiatan,
    pk: urutkanPk(pk, (kode) => {
      const unit = unitPejabat.get(kode);
      return unit ? org.urutanUnit.get(unit) : undefined;
    }),
    anggaran: anggaran.anggaran && { ...anggaran.anggaran, penandatangan: tempatTanggal(ttdAnggaran) },
    pemetaanSasaran: [...new Set(tautan.map((t) => t.sasaranKode))].map((sasaranKode) => ({
      sasaranKode,
      kode: tautan.filter((t) => t.sasaranKode === sasaranKode).map((t) => t.kode),
    })),
    hilang: [],
  };
  return terapkanTeks(sumber, teksDariBaris(teksRows));
}
