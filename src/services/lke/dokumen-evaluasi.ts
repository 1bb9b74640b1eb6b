/**
 * The evaluation's documents as files: the LHE of one OPD and year (DOCX/PDF) and the Pemda's recap letter of every
 * OPD (DOCX/PDF/XLSX), built by src/reports/model (lhe.ts, rekap-akip.ts) and rendered through the installed
 * renderer. Read with "evaluasi.baca". The recap covers every OPD of the Pemda; like the other Pemda-wide reads it is
 * open to OPD-bound readers too (it is the letter the Inspektorat sends to every OPD); the web page offers it to
 * Pemda-level users.
 * Data: the OPD's evaluation for the year from the LKE (kriteria answers, notes, recommendations; sumber-evaluasi.ts),
 * else the component values of `hasil_evaluasi_akip` (component-only mode, the seed's 2019–2023).
 */
import { suratRekapTersimpan } from "./surat-rekap";
import { DomainError } from "../../domain/shared/errors";
import { bangunLhe } from "../../reports/model/lhe";
import { bangunRekapAkip } from "../../reports/model/rekap-akip";
import { listOpd } from "../../storage/repositories/organisasi-repository";
import { type LingkupOpd, otorisasiOpd, otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { type FormatLaporan, JENIS_MIME, penyajiDokumen } from "../laporan/penyaji";
import { jabatanBertindakPada } from "../organisasi/jabatan-bertindak";
import { kepalaInspektorat } from "../laporan/penandatangan-laporan";
import type { Db } from "../../storage/database";
import type { PenandatanganEvaluasi } from "../../reports/model/lhe";
import { bacaPengaturanPemda, hariIniPemda } from "../pengaturan/pengaturan-pemda";
import { evaluasiOpd, evaluasiPemda } from "./sumber-evaluasi";

/** The head of the Pemda's Inspektorat in office that year as the signatory (null when none is recorded). */
async function inspektur(
  db: Db,
  pemdaId: string,
  tahun: number,
  tanggal: string,
): Promise<PenandatanganEvaluasi | null> {
  const p = await kepalaInspektorat(db, pemdaId, tahun);
  if (!p) return null;
  const nama = `${p.gelarDepan ? `${p.gelarDepan} ` : ""}${p.nama}${p.gelarBelakang ? `, ${p.gelarBelakang}` : ""}`;
  // "Plt. Inspektur" when he acts in the post on the document's date (issue 17, ADR 0039)
  const jabatan = (await jabatanBertindakPada(db, p.id, tanggal)) ?? p.jabatan;
  return { jabatan: [jabatan], nama, pangkat: p.pangkat ?? null, nip: p.nip ?? null };
}

export interface BerkasEvaluasi {
  isi: Buffer;
  namaBerkas: string;
  jenisMime: string;
}

export interface OpsiSurat {
  /** Letter number, e.g. "700/656/2023". */
  nomor?: string | undefined;
  /** Place and ISO date of the signature. */
  tempat?: string | undefined;
  tanggal?: string | undefined;
}

/** Today on the Pemda's calendar (WIB/WITA/WIT, its settings; ADR 0019), not the server's UTC day. */
function tanggalHariIni(ctx: ServiceContext, pemdaId: string): Promise<string> {
  return hariIniPemda(ctx, pemdaId);
}

/** The LHE of an OPD and year. 404 naming the OPD and year when it has no evaluation. */
export async function unduhLhe(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  format: "docx" | "pdf",
  opsi: OpsiSurat = {},
): Promise<BerkasEvaluasi> {
  const o = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const ev = await evaluasiOpd(ctx.db, o.pemdaId, o.opdId, tahun);
  if (!ev) throw new NotFoundError(`Evaluasi AKIP ${o.opd.nama} tahun ${tahun} belum ada`);
  let l: ReturnType<typeof bangunLhe>;
  try {
    const tanggal = opsi.tanggal ?? (await tanggalHariIni(ctx, o.pemdaId));
    l = bangunLhe({
      pemda: { nama: o.pemda.nama },
      opd: { nama: o.opd.nama, slug: o.opd.slug },
      tahun,
      kerangka: ev.kerangka,
      nilai: ev.nilai,
      status: ev.status,
      catatanKomponen: ev.catatanKomponen,
      catatanKriteria: ev.catatanKriteria,
      rekomendasi: ev.rekomendasi,
      penandatangan: await inspektur(ctx.db, o.pemdaId, tahun, tanggal),
      tempat: opsi.tempat ?? null,
      tanggal,
    });
  } catch (e) {
    if (e instanceof DomainError)
      throw new DomainError(e.code, `LHE ${o.opd.nama} ${tahun} belum dapat dibuat: ${e.message}`, e.details);
    throw e;
  }
  const isi = await penyajiDokumen()(l.dokumen, format);
  return { isi, namaBerkas: `LHE-AKIP-${tahun}-${o.opd.slug}.${format}`, jenisMime: JENIS_MIME[format] };
}

/** Rows of the recap (every OPD of the Pemda in recap order) with the computed values, for JSON and documents. */
export async function sumberRekap(ctx: ServiceContext, pemdaSlug: string, tahun: number) {
  const p = await otorisasiPemda(ctx, pemdaSlug, "evaluasi.baca");
  const [opd, ev] = await Promise.all([listOpd(ctx.db, p.pemdaId), evaluasiPemda(ctx.db, p.pemdaId, tahun)]);
  // no evaluation stored yet: the framework the Pemda's rule choice gives the year (settings, ADR 0019)
  const kerangka =
    [...ev.values()][0]?.kerangka ?? (await bacaPengaturanPemda(ctx.db, p.pemdaId)).aturan("lke", tahun).value.kerangka;
  return {
    pemda: p.pemda,
    kerangka,
    opd: opd.map((o) => {
      const e = ev.get(o.id);
      return {
        nama: o.nama,
        slug: o.slug,
        nilai: e && e.kerangka === kerangka ? e.nilai : null,
        totalDicetak: e?.totalDicetak ?? null,
        predikatDicetak: e?.predikatDicetak ?? null,
      };
    }),
  };
}

/** The recap letter and its lampiran in one format. 404 when no OPD of the Pemda has an evaluation for the year. */
export async function unduhRekapAkip(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  format: Extract<FormatLaporan, "docx" | "pdf" | "xlsx">,
  opsi: OpsiSurat = {},
): Promise<BerkasEvaluasi> {
  const s = await sumberRekap(ctx, pemdaSlug, tahun);
  if (!s.opd.some((o) => o.nilai !== null))
    throw new NotFoundError(`Belum ada evaluasi AKIP tahun ${tahun} pada ${s.pemda.nama}`);
  // the letter fields stored with the recap (ADR 0033); a download's own fields win
  const tersimpan = await suratRekapTersimpan(ctx, s.pemda.id, tahun);
  const tanggalSurat = opsi.tanggal ?? tersimpan.tanggal ?? (await tanggalHariIni(ctx, s.pemda.id));
  const r = bangunRekapAkip({
    pemda: { nama: s.pemda.nama },
    tahun,
    kerangka: s.kerangka,
    opd: s.opd,
    surat: { nomor: opsi.nomor ?? tersimpan.nomor },
    penandatangan: await inspektur(ctx.db, s.pemda.id, tahun, tanggalSurat),
    tempat: opsi.tempat ?? tersimpan.tempat,
    tanggal: tanggalSurat,
  });
  const isi = await penyajiDokumen()(r.dokumen, format);
  return { isi, namaBerkas: `Rekap-AKIP-${tahun}-${s.pemda.slug}.${format}`, jenisMime: JENIS_MIME[format] };
}

/** The recap as data (JSON for the web page): every OPD with components, total, predikat, rank, notes. */
export async function rekapAkipJson(ctx: ServiceContext, pemdaSlug: string, tahun: number) {
  const s = await sumberRekap(ctx, pemdaSlug, tahun);
  const r = bangunRekapAkip({ pemda: { nama: s.pemda.nama }, tahun, kerangka: s.kerangka, opd: s.opd });
  return {
    tahun,
    kerangka: s.kerangka,
    rataRata: r.rataRata?.toFixed(2) ?? null,
    sebaran: r.sebaran,
    opd: r.baris.map((b) => ({
      no: b.no,
      nama: b.nama,
      slug: b.slug,
      mode: b.mode,
      komponen:
        b.hasil?.komponen.map((c) => ({
          kunci: c.kunci,
          nama: c.nama,
          bobot: c.bobot.toString(),
          nilai: c.nilaiTampil,
        })) ?? [],
      total: b.total?.toFixed(2) ?? null,
      predikat: b.hasil?.predikat.kode ?? null,
      peringkat: b.peringkat,
      totalDicetak: b.totalDicetak?.toString() ?? null,
      predikatDicetak: b.predikatDicetak,
      selisih: b.selisih,
    })),
  };
}
