/**
 * Recommendations of an evaluation and their follow-up: the evaluator writes them (evaluasi.nilai) with an owner,
 * a due date and an anchor (komponen or kriteria); the OPD (evaluasi.bukti) records the follow-up (status, tindak
 * lanjut, evidence link or LKE evidence row) — also after the evaluation is final, since follow-up comes later.
 * Open ones of last year show in the next year's worksheet (baca-lke.ts). Audited.
 */
import { pastikanKodeKriteria } from "../../domain/akip";
import { parseTanggalIso } from "../../domain/format/tanggal";
import { DomainError } from "../../domain/shared/errors";
import { cacatTeks } from "../../domain/shared/teks-aman";
import {
  deleteRekomendasi,
  getBuktiLke,
  getEvaluasiLke,
  getEvaluasiLkeById,
  getRekomendasi,
  insertRekomendasi,
  listRekomendasi,
  type LkeRekomendasiRow,
  updateRekomendasi,
} from "../../storage/repositories/lke-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { tampilRekomendasi } from "./baca-lke";
import { kerangkaEvaluasi, pastikanAdaKriteria } from "./nilai";
import { evaluasiUntukTulis } from "./simpan-jawaban";

export interface RekomendasiMasukan {
  komponen?: string | null;
  kodeKriteria?: string | null;
  uraian?: string;
  penanggungJawab?: string;
  batasWaktu?: string | null;
  status?: "terbuka" | "proses" | "selesai";
  tindakLanjut?: string | null;
  buktiUrl?: string | null;
  buktiId?: string | null;
}

function teks(v: string | null | undefined, field: string, wajib = false): string | null {
  const t = (v ?? "").trim();
  const cacat = cacatTeks(t);
  if (cacat) throw new DomainError("teks_tidak_sah", `${field}: ${cacat}`, { field });
  if (wajib && !t) throw new DomainError("wajib_diisi", `${field}: wajib diisi`, { field });
  return t || null;
}

export async function daftarRekomendasi(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const ev = await getEvaluasiLke(ctx.db, opdId, tahun);
  return ev ? (await listRekomendasi(ctx.db, ev.id)).map((r) => tampilRekomendasi(r, tahun)) : [];
}

function periksaAnkur(tahun: number, kerangkaTersimpan: string | undefined, m: RekomendasiMasukan) {
  const kerangka = kerangkaEvaluasi(tahun, kerangkaTersimpan);
  pastikanAdaKriteria(kerangka, tahun);
  const komponen = m.komponen ? m.komponen.trim() : null;
  if (komponen && !kerangka.value.komponen.some((k) => k.kunci === komponen)) {
    throw new DomainError("komponen_tidak_dikenal", `komponen: "${komponen}" tidak dikenal`, { field: "komponen" });
  }
  const kodeKriteria = m.kodeKriteria ? pastikanKodeKriteria(kerangka, m.kodeKriteria, "kodeKriteria") : null;
  const batasWaktu = m.batasWaktu ? (parseTanggalIso(m.batasWaktu, "batasWaktu"), m.batasWaktu) : null;
  return { komponen, kodeKriteria, batasWaktu };
}

export async function buatRekomendasi(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, m: RekomendasiMasukan) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.nilai");
  const ada = await getEvaluasiLke(ctx.db, opdId, tahun);
  const a = periksaAnkur(tahun, ada?.kerangka, m);
  const uraian = teks(m.uraian, "uraian", true)!;
  const penanggungJawab = teks(m.penanggungJawab, "penanggungJawab", true)!;
  return mutasi(ctx, { entity: "lke_rekomendasi", action: "buat", pemdaId, opdId }, async (tx) => {
    const { ev } = await evaluasiUntukTulis(tx, { pemdaId, opdId, tahun, oleh: aktor.nama });
    const urutan = (await listRekomendasi(tx, ev.id)).length + 1;
    const row = await insertRekomendasi(tx, {
      pemdaId,
      opdId,
      evaluasiId: ev.id,
      ...a,
      uraian,
      penanggungJawab,
      status: m.status ?? "terbuka",
      tindakLanjut: teks(m.tindakLanjut, "tindakLanjut"),
      buktiUrl: teks(m.buktiUrl, "buktiUrl"),
      buktiId: null,
      urutan,
      diubahOleh: aktor.nama,
    });
    const hasil = tampilRekomendasi(row, tahun);
    return { entityId: row.id, before: null, after: hasil, result: hasil };
  });
}

/** The evaluator changes a recommendation (content, anchor, due date, and the follow-up fields). */
export async function ubahRekomendasi(ctx: ServiceContext, lingkup: LingkupOpd, id: string, m: RekomendasiMasukan) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.nilai");
  return ubah(ctx, { pemdaId, opdId, nama: aktor.nama }, id, m, true);
}

/** The follow-up of a recommendation (the OPD or the evaluator): status, tindak lanjut, evidence link or row. */
export async function isiTindakLanjut(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  id: string,
  m: Pick<RekomendasiMasukan, "status" | "tindakLanjut" | "buktiUrl" | "buktiId">,
) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.bukti");
  return ubah(
    ctx,
    { pemdaId, opdId, nama: aktor.nama },
    id,
    { status: m.status, tindakLanjut: m.tindakLanjut, buktiUrl: m.buktiUrl, buktiId: m.buktiId },
    false,
  );
}

async function ubah(
  ctx: ServiceContext,
  s0: { pemdaId: string; opdId: string; nama: string },
  id: string,
  m: RekomendasiMasukan,
  evaluator: boolean,
) {
  const { pemdaId, opdId } = s0;
  const lama = await getRekomendasi(ctx.db, opdId, id);
  if (!lama) throw new NotFoundError("Rekomendasi tidak ditemukan");
  const ev = await getEvaluasiLkeById(ctx.db, lama.evaluasiId);
  if (!ev) throw new NotFoundError("Evaluasi rekomendasi tidak ditemukan");
  const set: Partial<LkeRekomendasiRow> = {};
  if (evaluator) {
    const a = periksaAnkur(ev.tahun, ev.kerangka, {
      komponen: m.komponen === undefined ? lama.komponen : m.komponen,
      kodeKriteria: m.kodeKriteria === undefined ? lama.kodeKriteria : m.kodeKriteria,
      batasWaktu: m.batasWaktu === undefined ? lama.batasWaktu : m.batasWaktu,
    });
    Object.assign(set, a);
    if (m.uraian !== undefined) set.uraian = teks(m.uraian, "uraian", true)!;
    if (m.penanggungJawab !== undefined) set.penanggungJawab = teks(m.penanggungJawab, "penanggungJawab", true)!;
  }
  if (m.status !== undefined) set.status = m.status;
  if (m.tindakLanjut !== undefined) set.tindakLanjut = teks(m.tindakLanjut, "tindakLanjut");
  if (m.buktiUrl !== undefined) set.buktiUrl = teks(m.buktiUrl, "buktiUrl");
  if (m.buktiId !== undefined) {
    if (m.buktiId && !(await getBuktiLke(ctx.db, opdId, m.buktiId))) {
      throw new DomainError("bukti_tidak_ada", `buktiId: bukti "${m.buktiId}" tidak ditemukan pada OPD ini`, {
        field: "buktiId",
      });
    }
    set.buktiId = m.buktiId;
  }
  const aksi = evaluator ? "ubah" : "tindak-lanjut";
  return mutasi(ctx, { entity: "lke_rekomendasi", action: aksi, pemdaId, opdId }, async (tx) => {
    const row = await updateRekomendasi(tx, id, { ...set, diubahOleh: s0.nama });
    const hasil = tampilRekomendasi(row, ev.tahun);
    return { entityId: id, before: tampilRekomendasi(lama, ev.tahun), after: hasil, result: hasil };
  });
}

export async function hapusRekomendasi(ctx: ServiceContext, lingkup: LingkupOpd, id: string) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.nilai");
  const lama = await getRekomendasi(ctx.db, opdId, id);
  if (!lama) throw new NotFoundError("Rekomendasi tidak ditemukan");
  return mutasi(ctx, { entity: "lke_rekomendasi", action: "hapus", pemdaId, opdId }, async (tx) => {
    await deleteRekomendasi(tx, id);
    return { entityId: id, before: lama, after: null, result: { id } };
  });
}
