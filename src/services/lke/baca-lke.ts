/**
 * Reading an OPD's LKE of a year: the worksheet (every kriteria with both answers, justifications, note, evidence and
 * the evidence the system holds), the workflow state and actions, both sides' values and their differences, the
 * recommendations and last year's open ones. Permission: evaluasi.baca.
 */
import { akipDariEvaluasi } from "../hasil/nilai-tertaut";
import {
  daftarKriteria,
  JAWABAN_LKE_88_2021,
  type KodeJawaban,
  LABEL_STATUS_LKE,
  sisiBolehDiubah,
  TRANSISI_LKE,
} from "../../domain/akip";
import { punyaIzin } from "../../domain/akses/izin";
import { listHasilAkip } from "../../storage/repositories/hasil-tertaut-repository";
import {
  getEvaluasiLke,
  listBuktiLke,
  listRekomendasi,
  type LkeBuktiInfo,
  type LkeRekomendasiRow,
} from "../../storage/repositories/lke-repository";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { buktiSistemOpd } from "./bukti-sistem";
import "./bukti-skm"; // registers the SKM survey as a source of system evidence (ADR 0033)
import { muatEvaluasi, nilaiEvaluasi, tampilHasil } from "./nilai";

const nilaiHuruf = (j: string | null) => (j ? JAWABAN_LKE_88_2021[j as KodeJawaban].nilai : null);

export function tampilBukti(b: LkeBuktiInfo) {
  return {
    id: b.id,
    kodeKriteria: b.kodeKriteria,
    jenis: b.jenis,
    judul: b.judul,
    url: b.url,
    halaman: b.halaman,
    namaBerkas: b.namaBerkas,
    mime: b.mime,
    ukuran: b.ukuran,
    asalBuktiId: b.asalBuktiId,
    diunggahOleh: b.diunggahOleh,
    diunggahPada: b.diunggahPada.toISOString(),
  };
}

export function tampilRekomendasi(r: LkeRekomendasiRow, tahunEvaluasi: number) {
  return {
    id: r.id,
    komponen: r.komponen,
    kodeKriteria: r.kodeKriteria,
    uraian: r.uraian,
    penanggungJawab: r.penanggungJawab,
    batasWaktu: r.batasWaktu,
    status: r.status,
    tindakLanjut: r.tindakLanjut,
    buktiUrl: r.buktiUrl,
    buktiId: r.buktiId,
    tahunEvaluasi,
  };
}

/** Values of both sides and their differences (the CLI's `sakip lke nilai`). */
export async function bacaNilaiLke(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { pemda, opd, opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const m = await muatEvaluasi(ctx.db, opdId, tahun);
  return nilaiEvaluasi(m, {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    opd: { slug: opd.slug, nama: opd.nama },
    tahun,
  });
}

/** The whole worksheet. */
export async function bacaLembarLke(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { pemda, opd, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const m = await muatEvaluasi(ctx.db, opdId, tahun);
  const ev = m.evaluasi;
  const info = { pemda: { slug: pemda.slug, nama: pemda.nama }, opd: { slug: opd.slug, nama: opd.nama }, tahun };
  const nilai = nilaiEvaluasi(m, info);
  const status = ev?.status ?? "draft";
  const bukti = ev ? await listBuktiLke(ctx.db, ev.id) : [];
  const sistem = m.kerangka.value.adaKriteria
    ? await buktiSistemOpd(ctx.db, { pemdaId: pemda.id, opdId, tahun, pemdaSlug: pemda.slug, opdSlug: opd.slug })
    : [];
  const jawabanPer = new Map(m.jawaban.map((j) => [j.kodeKriteria, j]));
  const berbeda = new Set(nilai.selisih.map((s) => s.kode));
  const kriteria = m.kerangka.value.adaKriteria
    ? daftarKriteria(m.kerangka).map((c) => {
        const j = jawabanPer.get(c.kriteria.kode);
        return {
          kode: c.kriteria.kode,
          uraian: c.kriteria.uraian,
          subKomponen: c.sub.kode,
          komponen: c.komponenKunci,
          mandiri: {
            jawaban: (j?.jawabanMandiri ?? null) as KodeJawaban | null,
            nilai: nilaiHuruf(j?.jawabanMandiri ?? null),
            alasan: j?.alasanMandiri ?? null,
          },
          evaluator: {
            jawaban: (j?.jawabanEvaluator ?? null) as KodeJawaban | null,
            nilai: nilaiHuruf(j?.jawabanEvaluator ?? null),
            alasan: j?.alasanEvaluator ?? null,
          },
          catatan: j?.catatanEvaluator ?? null,
          berbeda: berbeda.has(c.kriteria.kode),
          bukti: bukti.filter((b) => b.kodeKriteria === c.kriteria.kode).map(tampilBukti),
          buktiSistem: sistem.filter((s) => s.kodeKriteria === c.kriteria.kode),
        };
      })
    : [];
  const rekomendasi = ev ? (await listRekomendasi(ctx.db, ev.id)).map((r) => tampilRekomendasi(r, tahun)) : [];
  const lalu = await getEvaluasiLke(ctx.db, opdId, tahun - 1);
  const rekomendasiTerbukaTahunLalu = lalu
    ? (await listRekomendasi(ctx.db, lalu.id))
        .filter((r) => r.status !== "selesai")
        .map((r) => tampilRekomendasi(r, tahun - 1))
    : [];
  // component-only year (no LKE, a stored result of four component values, e.g. the seed's 2019–2023): the
  // evaluator side shows those stored values, computed by the rules core, not the empty answers
  const hasilKomponen = ev
    ? undefined
    : (await listHasilAkip(ctx.db, [opdId])).find((h) => h.tahun === tahun && h.jenis === "hasil");
  const adaKomponenSaja = hasilKomponen !== undefined;
  if (hasilKomponen) {
    const { hasil: _h, ...tersimpan } = tampilHasil(akipDariEvaluasi(hasilKomponen).hasil);
    nilai.evaluator = { ...nilai.evaluator, ...tersimpan };
  }
  const tindakan = TRANSISI_LKE.filter((t) => t.dari === status && punyaIzin(aktor.peran, t.izin)).map((t) => ({
    aksi: t.aksi,
    label: t.label,
    ke: t.ke,
    perluAlasan: t.perluAlasan,
  }));
  return {
    ada: !!ev,
    id: ev?.id ?? null,
    ...info,
    kerangka: m.kerangka.value.kerangka,
    modeKomponen: !m.kerangka.value.adaKriteria || adaKomponenSaja,
    status,
    labelStatus: LABEL_STATUS_LKE[status],
    sisiDapatDiubah: m.kerangka.value.adaKriteria ? sisiBolehDiubah(status) : null,
    tindakan: ev || status === "draft" ? tindakan : [],
    versi: ev?.versi ?? 0,
    keterangan: ev?.keterangan ?? null,
    difinalkan:
      ev?.difinalkanOleh && ev.difinalkanPada
        ? { oleh: ev.difinalkanOleh, pada: ev.difinalkanPada.toISOString() }
        : null,
    nilai,
    catatanKomponen: ev?.catatanKomponen ?? {},
    kriteria,
    rekomendasi,
    rekomendasiTerbukaTahunLalu,
  };
}
