/**
 * What a publication freezes (ADR 0029): per kind, the tables the portal shows and serves as CSV/JSON, and for the
 * LKjIP and PK the generated document's bytes. Gathered through the modules' own read services, so the publisher's
 * read permissions apply as on their pages.
 */
import { hitungNilaiKomponen, kerangkaDariKunci, type HasilAkip } from "../../domain/akip";
import type { JenisPublikasi } from "../../storage/schema";
import { listHasilAkip } from "../../storage/repositories/hasil-tertaut-repository";
import type { LingkupOpd, OpdTerotorisasi } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { unduhLaporan, unduhPk } from "../laporan/unduh-laporan";
import { muatEvaluasi, nilaiSisi, jawabanSisi } from "../lke/nilai";
import { bacaRenstra } from "../perencanaan/baca-renstra";
import { bacaDaftarPk } from "../pk/baca-pk";
import { hasilSkmOpd } from "../skm/hasil";
import { daftarRtlSkm } from "../skm/rtl";

export type Sel = string | number | null;
/** One open-data table: stable column keys and rows. */
export interface TabelTerbit {
  kolom: string[];
  baris: Sel[][];
}
export interface DataPublikasi {
  /** Short facts shown on the portal (label key → value), e.g. IKM, predikat. */
  ringkasan: Array<{ kunci: string; nilai: string }>;
  /** Open-data tables by their address name (…/data/{tabel}.csv). */
  tabel: Record<string, TabelTerbit>;
}
export interface IsiPublikasi {
  judul: string;
  data: DataPublikasi;
  berkas: { isi: Buffer; namaBerkas: string; jenisMime: string } | null;
}

export async function kumpulkanIsi(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  o: OpdTerotorisasi,
  tahun: number,
  jenis: JenisPublikasi,
  opsi: { periodeSkm?: string | undefined },
): Promise<IsiPublikasi> {
  switch (jenis) {
    case "renstra":
      return renstra(ctx, lingkup, tahun);
    case "pk":
      return pk(ctx, lingkup, tahun);
    case "lkjip": {
      const b = await unduhLaporan(ctx, lingkup, tahun, "pdf");
      return {
        judul: `LKjIP ${o.opd.nama} Tahun ${tahun}`,
        data: { ringkasan: [], tabel: {} },
        berkas: { isi: b.isi, namaBerkas: b.namaBerkas, jenisMime: b.jenisMime },
      };
    }
    case "skm":
      return skm(ctx, lingkup, tahun, opsi.periodeSkm ?? String(tahun));
    case "akip":
      return akip(ctx, o, tahun);
  }
}

async function renstra(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<IsiPublikasi> {
  const r = await bacaRenstra(ctx, lingkup, tahun);
  if (!r.renstra) throw new NotFoundError(`Renstra yang mencakup tahun ${tahun} belum ada`);
  const baris: Sel[][] = [];
  for (const t of r.renstra.tujuan)
    for (const s of t.sasaran)
      for (const i of s.indikator)
        for (const tg of i.target)
          baris.push([t.teks, s.teks, i.kode, i.nama, i.satuan, i.iku ? "ya" : "tidak", tg.tahun, tg.target]);
  return {
    judul: `${r.renstra.namaDokumen} (${r.renstra.tahunAwal}–${r.renstra.tahunAkhir})`,
    data: {
      ringkasan: [{ kunci: "periode", nilai: `${r.renstra.tahunAwal}–${r.renstra.tahunAkhir}` }],
      tabel: {
        "renstra-indikator": {
          kolom: ["tujuan", "sasaran", "kode_indikator", "indikator", "satuan", "iku", "tahun", "target"],
          baris,
        },
      },
    },
    berkas: null,
  };
}

async function pk(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<IsiPublikasi> {
  const d = await bacaDaftarPk(ctx, lingkup, tahun);
  const berlaku = d.pk.filter((p) => p.berlaku);
  if (!berlaku.length) throw new NotFoundError(`Perjanjian Kinerja tahun ${tahun} belum ada`);
  const kinerja: Sel[][] = [];
  const anggaran: Sel[][] = [];
  type Simpul<T> = { baris: T; anak: Simpul<T>[] };
  const datar = <T>(s: Simpul<T>[]): T[] => s.flatMap((x) => [x.baris, ...datar(x.anak)]);
  for (const p of berlaku) {
    const pihak = p.pihakPertama ? `${p.pihakPertama.namaLengkap} (${p.pihakPertama.jabatan})` : null;
    for (const k of datar(p.kinerja))
      kinerja.push([p.kode, p.jenis, pihak, k.nomor, k.sasaran, k.indikator, k.satuan, k.targetTeks]);
    for (const a of datar(p.anggaran)) anggaran.push([p.kode, a.nomor, a.uraian, a.anggaran, a.keterangan]);
  }
  const b = await unduhPk(ctx, lingkup, tahun, { format: "pdf" });
  return {
    judul: `Perjanjian Kinerja ${d.opd.nama} Tahun ${tahun}`,
    data: {
      ringkasan: [{ kunci: "jumlah_pk", nilai: String(berlaku.length) }],
      tabel: {
        "pk-kinerja": {
          kolom: ["pk", "jenis", "pihak_pertama", "nomor", "sasaran", "indikator", "satuan", "target"],
          baris: kinerja,
        },
        "pk-anggaran": { kolom: ["pk", "nomor", "uraian", "anggaran", "keterangan"], baris: anggaran },
      },
    },
    berkas: { isi: b.isi, namaBerkas: b.namaBerkas, jenisMime: b.jenisMime },
  };
}

async function skm(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, periode: string): Promise<IsiPublikasi> {
  const h = await hasilSkmOpd(ctx, lingkup, periode, undefined, { demografi: false });
  if (!h.total) throw new NotFoundError(`Hasil SKM periode ${periode} belum ada responden`);
  const rtl = await daftarRtlSkm(ctx, lingkup, periode);
  const ikm: Sel[][] = [];
  const unsur: Sel[][] = [];
  const semua = [{ kode: "semua", nama: "Seluruh layanan", hasil: h.total }, ...h.layanan];
  for (const l of semua) {
    if (!l.hasil) continue;
    ikm.push([periode, l.kode, l.nama, l.hasil.responden, l.hasil.ikm.nilai, l.hasil.mutu.mutu, l.hasil.mutu.kinerja]);
    for (const u of l.hasil.unsur)
      unsur.push([periode, l.kode, u.kode, u.nama, u.nrr.nilai, u.nilaiKonversi.nilai, u.mutu.mutu]);
  }
  return {
    judul: `Hasil Survei Kepuasan Masyarakat ${h.opd.nama} periode ${h.periode.kode}`,
    data: {
      ringkasan: [
        { kunci: "ikm", nilai: h.total.ikm.nilai },
        { kunci: "mutu", nilai: `${h.total.mutu.mutu} (${h.total.mutu.kinerja})` },
        { kunci: "responden", nilai: String(h.total.responden) },
      ],
      tabel: {
        "skm-ikm": {
          kolom: ["periode", "kode_layanan", "layanan", "responden", "ikm", "mutu", "kinerja"],
          baris: ikm,
        },
        "skm-unsur": {
          kolom: ["periode", "kode_layanan", "unsur", "nama_unsur", "nrr", "nilai_konversi", "mutu"],
          baris: unsur,
        },
        "skm-rtl": {
          kolom: ["periode", "unsur", "nama_unsur", "rencana_tindak_lanjut", "penanggung_jawab", "tenggat", "status"],
          baris: rtl.map((r) => [r.periode, r.unsur, r.namaUnsur, r.item, r.penanggungJawab, r.tenggat, r.status]),
        },
      },
    },
    berkas: null,
  };
}

/** The AKIP result of the year: a final LKE worksheet (evaluator side), else the stored component values. */
async function akip(ctx: ServiceContext, o: OpdTerotorisasi, tahun: number): Promise<IsiPublikasi> {
  let h: HasilAkip | null = null;
  const m = await muatEvaluasi(ctx.db, o.opdId, tahun);
  if (m.evaluasi?.status === "final") h = nilaiSisi(jawabanSisi(m.jawaban, "evaluator"), m.kerangka).hasil;
  else {
    const r = (await listHasilAkip(ctx.db, [o.opdId])).find((x) => x.tahun === tahun && x.jenis === "hasil");
    if (r) h = hitungNilaiKomponen(r.komponen, { kerangka: kerangkaDariKunci(r.kerangka) });
  }
  if (!h) throw new NotFoundError(`Nilai evaluasi AKIP tahun ${tahun} belum final atau belum ada`);
  return {
    judul: `Hasil Evaluasi AKIP ${o.opd.nama} Tahun ${tahun}`,
    data: {
      ringkasan: [
        { kunci: "nilai_akip", nilai: h.totalTampil },
        { kunci: "predikat", nilai: h.predikat.kode },
      ],
      tabel: {
        "akip-komponen": {
          kolom: ["tahun", "komponen", "bobot", "nilai"],
          baris: [
            ...h.komponen.map((k): Sel[] => [tahun, k.nama, k.bobot.toString(), k.nilaiTampil]),
            [tahun, "Nilai AKIP", "100", h.totalTampil],
          ],
        },
      },
    },
    berkas: null,
  };
}
