/**
 * Saving answers of an LKE: one or many kriteria of one side (self-assessment by the OPD in draft, evaluator in
 * diajukan), validated against the framework (known kriteria code, answer in the scale, a typed value equal to the
 * answer's and not over 100), then the worksheet's values are recomputed and returned. Audited; all-or-nothing.
 * Permissions: mandiri → evaluasi.isi; evaluator → evaluasi.nilai.
 */
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import {
  jawabanKriteria,
  LABEL_STATUS_LKE,
  pastikanKodeKriteria,
  periksaNilaiJawaban,
  sisiBolehDiubah,
} from "../../domain/akip";
import type { Izin } from "../../domain/akses/izin";
import { DomainError } from "../../domain/shared/errors";
import { cacatTeks } from "../../domain/shared/teks-aman";
import type { Db } from "../../storage/database";
import {
  type EvaluasiLkeRow,
  getEvaluasiLke,
  insertEvaluasiLke,
  kunciEvaluasiLke,
  listJawaban,
  type LkeJawabanRow,
  updateEvaluasiLke,
  upsertJawaban,
} from "../../storage/repositories/lke-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { kerangkaEvaluasi, muatEvaluasi, nilaiEvaluasi, pastikanAdaKriteria } from "./nilai";

export interface JawabanMasukan {
  kode: string;
  jawaban: string | null;
  nilai?: number | string | null;
  alasan?: string | null;
  catatan?: string | null;
}

export interface SimpanJawabanMasukan {
  sisi: "mandiri" | "evaluator";
  versi?: number;
  jawaban: JawabanMasukan[];
  /** Stored on the evaluation when this save creates it (e.g. "contoh ilustratif"). */
  keterangan?: string | null;
}

export const IZIN_SISI: Record<"mandiri" | "evaluator", Izin> = {
  mandiri: "evaluasi.isi",
  evaluator: "evaluasi.nilai",
};

function teks(v: string | null | undefined, field: string): string | null {
  if (v === undefined || v === null) return null;
  const cacat = cacatTeks(v);
  if (cacat) throw new DomainError("teks_tidak_sah", `${field}: ${cacat}`, { field });
  const t = v.trim();
  return t === "" ? null : t;
}

/** Refuses a write when the status does not let this side write, or when the client's version is stale. */
export function pastikanSisiBoleh(ev: EvaluasiLkeRow, sisi: "mandiri" | "evaluator", versi?: number): void {
  const boleh = sisiBolehDiubah(ev.status);
  if (boleh !== sisi) {
    const siapa = sisi === "mandiri" ? "Penilaian mandiri" : "Penilaian evaluator";
    throw new ConflictError(
      `${siapa} LKE ${ev.tahun} tidak dapat diubah: evaluasi berstatus "${LABEL_STATUS_LKE[ev.status]}"` +
        (ev.status === "final" ? "; minta ketua tim membuka kunci dengan alasan." : "."),
    );
  }
  if (versi !== undefined && versi !== ev.versi) {
    throw new ConflictError(
      `Lembar LKE telah diubah pengguna lain (versi ${ev.versi}, Anda mengirim versi ${versi}); muat ulang dan coba lagi`,
    );
  }
}

/** The evaluation of the year, created (draft, framework of the year) when absent; locked for this transaction. */
export async function evaluasiUntukTulis(
  tx: Db,
  k: { pemdaId: string; opdId: string; tahun: number; oleh: string; keterangan?: string | null },
): Promise<{ ev: EvaluasiLkeRow; baru: boolean }> {
  const ada = await getEvaluasiLke(tx, k.opdId, k.tahun);
  if (ada) return { ev: (await kunciEvaluasiLke(tx, ada.id)) ?? ada, baru: false };
  // a new evaluation takes the framework the Pemda's settings choose for the year, then keeps it
  const { pilihanAturan } = await bacaPengaturanPemda(tx, k.pemdaId);
  const kerangka = kerangkaEvaluasi(k.tahun, null, pilihanAturan);
  pastikanAdaKriteria(kerangka, k.tahun);
  const ev = await insertEvaluasiLke(tx, {
    pemdaId: k.pemdaId,
    opdId: k.opdId,
    tahun: k.tahun,
    kerangka: kerangka.value.kerangka,
    diubahOleh: k.oleh,
    keterangan: k.keterangan ?? null,
  });
  return { ev, baru: true };
}

/** Validates the whole batch before anything is written; DomainError names the kriteria and the field. */
export function periksaJawaban(tahun: number, kerangkaTersimpan: string | undefined, m: SimpanJawabanMasukan) {
  const kerangka = kerangkaEvaluasi(tahun, kerangkaTersimpan);
  pastikanAdaKriteria(kerangka, tahun);
  const dilihat = new Set<string>();
  return m.jawaban.map((j, i) => {
    const kode = pastikanKodeKriteria(kerangka, j.kode, `jawaban[${i}].kode`);
    if (dilihat.has(kode)) {
      throw new DomainError("kriteria_ganda", `jawaban[${i}]: kriteria ${kode} dikirim lebih dari sekali`, {
        field: `jawaban[${i}].kode`,
      });
    }
    dilihat.add(kode);
    const jawaban = jawabanKriteria(j.jawaban, kode, `jawaban[${i}].jawaban`);
    periksaNilaiJawaban(j.nilai, jawaban, kode, `jawaban[${i}].nilai`);
    return {
      kode,
      jawaban,
      alasan: teks(j.alasan, `jawaban[${i}].alasan`),
      catatan: j.catatan === undefined ? undefined : teks(j.catatan, `jawaban[${i}].catatan`),
      alasanDikirim: j.alasan !== undefined,
    };
  });
}

async function adaPerubahan(
  db: Db,
  evaluasiId: string,
  sisi: "mandiri" | "evaluator",
  masuk: ReturnType<typeof periksaJawaban>,
): Promise<boolean> {
  const lama = new Map((await listJawaban(db, evaluasiId)).map((r) => [r.kodeKriteria, r]));
  return masuk.some((j) => {
    const r = lama.get(j.kode);
    if (sisi === "mandiri") {
      return (r?.jawabanMandiri ?? null) !== j.jawaban || (j.alasanDikirim && (r?.alasanMandiri ?? null) !== j.alasan);
    }
    return (
      (r?.jawabanEvaluator ?? null) !== j.jawaban ||
      (j.alasanDikirim && (r?.alasanEvaluator ?? null) !== j.alasan) ||
      (j.catatan !== undefined && (r?.catatanEvaluator ?? null) !== j.catatan)
    );
  });
}

export async function simpanJawabanLke(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  m: SimpanJawabanMasukan,
) {
  const { pemda, opd, pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, IZIN_SISI[m.sisi]);
  if (m.sisi === "mandiri" && m.jawaban.some((j) => j.catatan !== undefined && j.catatan !== null)) {
    throw new DomainError("catatan_evaluator", "catatan: hanya evaluator yang mengisi catatan per kriteria", {
      field: "jawaban[].catatan",
    });
  }
  const sebelum = await getEvaluasiLke(ctx.db, opdId, tahun);
  const masuk = periksaJawaban(tahun, sebelum?.kerangka, m);
  if (sebelum && !(await adaPerubahan(ctx.db, sebelum.id, m.sisi, masuk))) {
    // nothing changes (a repeated save, the demo loaded twice): no write, no audit entry
    pastikanSisiBoleh(sebelum, m.sisi, m.versi);
    const nilai = nilaiEvaluasi(await muatEvaluasi(ctx.db, opdId, tahun), {
      pemda: { slug: pemda.slug, nama: pemda.nama },
      opd: { slug: opd.slug, nama: opd.nama },
      tahun,
    });
    return { versi: sebelum.versi, diubah: 0, nilai };
  }
  return mutasi(ctx, { entity: "evaluasi_lke.jawaban", action: m.sisi, pemdaId, opdId }, async (tx) => {
    const { ev } = await evaluasiUntukTulis(tx, { pemdaId, opdId, tahun, oleh: aktor.nama, keterangan: m.keterangan });
    pastikanSisiBoleh(ev, m.sisi, m.versi);
    const lama = new Map((await listJawaban(tx, ev.id)).map((r) => [r.kodeKriteria, r]));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const rows = [];
    for (const j of masuk) {
      const r = lama.get(j.kode);
      const baris = {
        pemdaId,
        opdId,
        evaluasiId: ev.id,
        kodeKriteria: j.kode,
        jawabanMandiri: r?.jawabanMandiri ?? null,
        alasanMandiri: r?.alasanMandiri ?? null,
        jawabanEvaluator: r?.jawabanEvaluator ?? null,
        alasanEvaluator: r?.alasanEvaluator ?? null,
        catatanEvaluator: r?.catatanEvaluator ?? null,
        diubahOleh: aktor.nama,
      };
      if (m.sisi === "mandiri") {
        baris.jawabanMandiri = j.jawaban;
        if (j.alasanDikirim) baris.alasanMandiri = j.alasan;
      } else {
        baris.jawabanEvaluator = j.jawaban;
        if (j.alasanDikirim) baris.alasanEvaluator = j.alasan;
        if (j.catatan !== undefined) baris.catatanEvaluator = j.catatan;
      }
      const sama =
        (r?.jawabanMandiri ?? null) === baris.jawabanMandiri &&
        (r?.alasanMandiri ?? null) === baris.alasanMandiri &&
        (r?.jawabanEvaluator ?? null) === baris.jawabanEvaluator &&
        (r?.alasanEvaluator ?? null) === baris.alasanEvaluator &&
        (r?.catatanEvaluator ?? null) === baris.catatanEvaluator;
      if (sama) continue;
      rows.push(baris);
      before[j.kode] = r
        ? m.sisi === "mandiri"
          ? { jawaban: r.jawabanMandiri, alasan: r.alasanMandiri }
          : { jawaban: r.jawabanEvaluator, alasan: r.alasanEvaluator, catatan: r.catatanEvaluator }
        : null;
      after[j.kode] =
        m.sisi === "mandiri"
          ? { jawaban: baris.jawabanMandiri, alasan: baris.alasanMandiri }
          : { jawaban: baris.jawabanEvaluator, alasan: baris.alasanEvaluator, catatan: baris.catatanEvaluator };
    }
    await upsertJawaban(tx, rows);
    const kini = rows.length ? await updateEvaluasiLke(tx, ev.id, { diubahOleh: aktor.nama }) : ev;
    // recomputed from the rows as now stored (no second read)
    const kini2 = new Map(lama);
    for (const r of rows) kini2.set(r.kodeKriteria, { ...(lama.get(r.kodeKriteria) as LkeJawabanRow), ...r });
    const nilai = nilaiEvaluasi(
      { evaluasi: kini, kerangka: kerangkaEvaluasi(tahun, kini.kerangka), jawaban: [...kini2.values()] },
      { pemda: { slug: pemda.slug, nama: pemda.nama }, opd: { slug: opd.slug, nama: opd.nama }, tahun },
    );
    return {
      entityId: ev.id,
      before: { tahun, sisi: m.sisi, jawaban: before },
      after: { tahun, sisi: m.sisi, jawaban: after, total: nilai[m.sisi].total.nilai },
      result: { versi: kini.versi, diubah: rows.length, nilai },
    };
  });
}

export async function simpanCatatanKomponen(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  m: { komponen: string; catatan: string; versi?: number },
) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.nilai");
  const sebelum = await getEvaluasiLke(ctx.db, opdId, tahun);
  const kerangka = kerangkaEvaluasi(tahun, sebelum?.kerangka);
  pastikanAdaKriteria(kerangka, tahun);
  const kunci = kerangka.value.komponen.map((k) => k.kunci);
  if (!kunci.includes(m.komponen)) {
    throw new DomainError(
      "komponen_tidak_dikenal",
      `komponen: "${m.komponen}" tidak dikenal (gunakan ${kunci.join(", ")})`,
      {
        field: "komponen",
      },
    );
  }
  const catatan = teks(m.catatan, "catatan") ?? "";
  return mutasi(ctx, { entity: "evaluasi_lke.catatan_komponen", action: "ubah", pemdaId, opdId }, async (tx) => {
    const { ev } = await evaluasiUntukTulis(tx, { pemdaId, opdId, tahun, oleh: aktor.nama });
    pastikanSisiBoleh(ev, "evaluator", m.versi);
    const lama = ev.catatanKomponen[m.komponen] ?? "";
    const baru = { ...ev.catatanKomponen };
    if (catatan) baru[m.komponen] = catatan;
    else delete baru[m.komponen];
    const kini =
      lama === catatan ? ev : await updateEvaluasiLke(tx, ev.id, { catatanKomponen: baru, diubahOleh: aktor.nama });
    return {
      entityId: ev.id,
      before: { komponen: m.komponen, catatan: lama },
      after: { komponen: m.komponen, catatan },
      result: { versi: kini.versi },
    };
  });
}
