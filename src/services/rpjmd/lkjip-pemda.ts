/**
 * The Kabupaten/Kota LKjIP (issue 15, ADR 0036) through the same report engine as the OPD LKjIP: the data is
 * gathered here (capaian per IKU from capaian-iku-pemda.ts, the OPDs' budget, IKM and Nilai AKIP from the monitoring
 * read model, the RPJMD visi/misi, the Bupati = the Pemda's Kepala Daerah in office that year), the document is built
 * by reports/model/lkjip-pemda.ts and drawn by the installed renderer (DOCX/PDF/HTML/XLSX). Read with rpjmd.baca by
 * a Pemda-level account (Admin Pemda, Pembaca, Inspektorat); nothing is written, nothing audited.
 */
import { bangunLkjipPemda, type SumberLkjipPemda } from "../../reports/model/lkjip-pemda";
import type { Dokumen } from "../../reports/model/dokumen";
import { listMisi } from "../../storage/repositories/perencanaan-repository";
import { listPejabat } from "../../storage/repositories/pejabat-repository";
import { getPemdaProfil } from "../../storage/repositories/organisasi-profil-repository";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ForbiddenError, NotFoundError } from "../errors";
import { type FormatLaporan, JENIS_MIME, penyajiDokumen } from "../laporan/penyaji";
import { bacaMonitoring } from "../monitoring/baca-monitoring";
import { menjabatPadaTahun, terakhirMenjabat } from "../organisasi/masa-jabatan";
import { hariIniPemda } from "../pengaturan/pengaturan-pemda";
import { hitungCapaianIkuPemda } from "./capaian-iku-pemda";
import { rpjmdTahun } from "./iku-rpjmd";

export interface OpsiLkjipPemda {
  tempat?: string | undefined;
  /** ISO date of the signature; default today. */
  tanggal?: string | undefined;
}

/** The report's data (exported for tests and the CLI's JSON). */
export async function kumpulkanLkjipPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  opsi: OpsiLkjipPemda = {},
): Promise<SumberLkjipPemda> {
  const { pemda, pemdaId, aktor } = await otorisasiPemda(ctx, pemdaSlug, "rpjmd.baca");
  if (aktor.opdId !== null) throw new ForbiddenError("LKjIP Kabupaten hanya untuk akun tingkat Pemda");
  const r = await rpjmdTahun(ctx.db, pemdaId, tahun);
  if (!r) throw new NotFoundError(`Tidak ada RPJMD yang periodenya mencakup tahun ${tahun}`);
  const [capaian, misi, pejabat, profil, monitoring] = await Promise.all([
    hitungCapaianIkuPemda(ctx.db, { id: pemdaId, slug: pemda.slug, nama: pemda.nama }, r, tahun),
    listMisi(ctx.db, r.id),
    listPejabat(ctx.db, pemdaId, null),
    getPemdaProfil(ctx.db, pemdaId),
    bacaMonitoring(ctx, pemdaSlug, tahun),
  ]);
  const bupati = terakhirMenjabat(pejabat.filter((p) => p.peran === "kepala-daerah" && menjabatPadaTahun(p, tahun)));
  const ikuDok = capaian.dokumen.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.iku.map((i) => ({ t, s, i }))));
  return {
    pemda: { nama: pemda.nama, provinsi: pemda.provinsi, ibuKota: profil?.ibuKota ?? null },
    tahun,
    rpjmd: { ...capaian.rpjmd, misi: misi.map((m) => ({ nomor: m.nomor, teks: m.teks })) },
    iku: capaian.baris.map((b) => ({
      ...b,
      targetTahunan:
        ikuDok.find((x) => x.t.kode === b.tujuan.kode && x.s.kode === b.sasaran.kode && x.i.kode === b.kode)?.i
          .target ?? {},
      ini: { ...b.ini },
      lalu: { ...b.lalu },
    })),
    opd: monitoring.baris
      .slice()
      .sort((a, b) => (a.urutan ?? 1e9) - (b.urutan ?? 1e9) || a.opd.nama.localeCompare(b.opd.nama))
      .map((o) => ({
        nama: o.opd.nama,
        pagu: o.anggaran.pagu?.nilai ?? null,
        realisasi: o.anggaran.realisasi?.nilai ?? null,
        ikm: o.ikm ? { nilai: o.ikm.nilai.nilai, mutu: o.ikm.mutu } : null,
        akip: o.akip ? { nilai: o.akip.nilai.nilai, predikat: o.akip.predikat } : null,
      })),
    penandatangan: bupati
      ? {
          nama: `${bupati.gelarDepan ? `${bupati.gelarDepan} ` : ""}${bupati.nama}${bupati.gelarBelakang ? `, ${bupati.gelarBelakang}` : ""}`,
          jabatan: bupati.jabatan,
        }
      : null,
    tempat: opsi.tempat ?? profil?.ibuKota ?? null,
    // today on the Pemda's calendar (WIB/WITA/WIT, its settings; ADR 0019)
    tanggal: opsi.tanggal ?? (await hariIniPemda(ctx, pemdaId)),
  };
}

export async function dokumenLkjipPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  opsi: OpsiLkjipPemda = {},
): Promise<Dokumen> {
  return bangunLkjipPemda(await kumpulkanLkjipPemda(ctx, pemdaSlug, tahun, opsi));
}

export interface BerkasLkjipPemda {
  isi: Buffer;
  namaBerkas: string;
  jenisMime: string;
}

export async function unduhLkjipPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  format: FormatLaporan,
  opsi: OpsiLkjipPemda = {},
): Promise<BerkasLkjipPemda> {
  const dokumen = await dokumenLkjipPemda(ctx, pemdaSlug, tahun, opsi);
  const isi = await penyajiDokumen()(dokumen, format);
  return { isi, namaBerkas: `LKjIP-${pemdaSlug}-${tahun}.${format}`, jenisMime: JENIS_MIME[format] };
}
