/**
 * Demo of the LKE module, loaded through its own services (idempotent: each step runs only while the evaluation is
 * still in the status that step belongs to, and saves compare before writing):
 * - 2023: nothing to load — the Inspektorat's recap of the 38 OPD (component values, printed totals) is already in
 *   the component-only records (muat-pemda.ts); the recap route shows it in component-only mode.
 * - 2024: one complete evaluation of Kecamatan Sei Balai with all 80 answers of both sides, left "selesai dinilai"
 *   so that a user can finalise it. The answers are an ILLUSTRATIVE EXAMPLE, marked so on the evaluation: no LHE of
 *   2024 exists in the source documents.
 */
import { daftarKriteria, type KodeJawaban, KERANGKA_LKE_88_2021 } from "../domain/akip";
import { getEvaluasiLke, listBuktiLke, listRekomendasi } from "../storage/repositories/lke-repository";
import type { ServiceContext } from "../services/context";
import { resolveOpd } from "../services/organisasi/resolve-opd";
import { tambahTautanBuktiLke } from "../services/lke/bukti-lke";
import { buatRekomendasi } from "../services/lke/rekomendasi";
import { simpanCatatanKomponen, simpanJawabanLke } from "../services/lke/simpan-jawaban";
import { ubahStatusLke } from "../services/lke/status-lke";
import { suratRekapTersimpan, ubahSuratRekap } from "../services/lke/surat-rekap";

export const DEMO_LKE = { pemda: "batu-bara", opd: "kecamatan-sei-balai", tahun: 2024 } as const;

export const KETERANGAN_CONTOH =
  "Contoh ilustratif untuk demo aplikasi: jawaban 80 kriteria disusun untuk memperlihatkan alur evaluasi, bukan hasil evaluasi resmi Inspektorat Kabupaten Batu Bara tahun 2024.";

/** Evaluator's answer per sub-komponen of the example; the self-assessment is one step higher on 1.b, 2.c and 4.c. */
const EVALUATOR: Record<string, KodeJawaban> = {
  "1.a": "A",
  "1.b": "BB",
  "1.c": "B",
  "2.a": "A",
  "2.b": "B",
  "2.c": "CC",
  "3.a": "A",
  "3.b": "BB",
  "3.c": "B",
  "4.a": "BB",
  "4.b": "B",
  "4.c": "CC",
};
const LEBIH_TINGGI: Partial<Record<KodeJawaban, KodeJawaban>> = { CC: "B", B: "BB", BB: "A" };
const MANDIRI_NAIK = new Set(["1.b", "2.c", "4.c"]);

export function jawabanContoh(): Array<{ kode: string; mandiri: KodeJawaban; evaluator: KodeJawaban }> {
  return daftarKriteria(KERANGKA_LKE_88_2021).map((c) => {
    const e = EVALUATOR[c.sub.kode]!;
    return { kode: c.kriteria.kode, evaluator: e, mandiri: MANDIRI_NAIK.has(c.sub.kode) ? (LEBIH_TINGGI[e] ?? e) : e };
  });
}

export async function muatDemoLke(ctx: ServiceContext): Promise<void> {
  const lingkup = { pemda: DEMO_LKE.pemda, opd: DEMO_LKE.opd };
  const tahun = DEMO_LKE.tahun;
  const { opd } = await resolveOpd(ctx, lingkup.pemda, lingkup.opd);
  const contoh = jawabanContoh();
  let ev = await getEvaluasiLke(ctx.db, opd.id, tahun);
  if (!ev || ev.status === "draft") {
    await simpanJawabanLke(ctx, lingkup, tahun, {
      sisi: "mandiri",
      keterangan: KETERANGAN_CONTOH,
      jawaban: contoh.map((c) => ({ kode: c.kode, jawaban: c.mandiri, alasan: "Contoh: penilaian mandiri OPD" })),
    });
    ev = await getEvaluasiLke(ctx.db, opd.id, tahun);
    if (ev && (await listBuktiLke(ctx.db, ev.id)).length === 0) {
      await tambahTautanBuktiLke(ctx, lingkup, tahun, {
        kodeKriteria: "1.a.3",
        judul: "Contoh: Renstra Kecamatan Sei Balai 2019–2023 (dokumen perencanaan jangka menengah)",
        url: `/perencanaan?opd=${lingkup.opd}`,
        halaman: 1,
      });
      await tambahTautanBuktiLke(ctx, lingkup, tahun, {
        kodeKriteria: "1.a.4",
        judul: "Contoh: Perjanjian Kinerja Camat Sei Balai",
        url: `/perjanjian-kinerja?opd=${lingkup.opd}`,
      });
    }
    await ubahStatusLke(ctx, lingkup, tahun, "ajukan");
    ev = await getEvaluasiLke(ctx.db, opd.id, tahun);
  }
  if (ev?.status === "diajukan") {
    await simpanJawabanLke(ctx, lingkup, tahun, {
      sisi: "evaluator",
      jawaban: contoh.map((c) => ({
        kode: c.kode,
        jawaban: c.evaluator,
        alasan: "Contoh: penilaian tim evaluator",
        catatan: c.mandiri !== c.evaluator ? "Contoh: bukti belum menunjukkan pemenuhan seluruh kriteria" : null,
      })),
    });
    await simpanCatatanKomponen(ctx, lingkup, tahun, {
      komponen: "pengukuran",
      catatan: "Contoh: pengukuran kinerja belum menjadi dasar pemberian penghargaan dan sanksi.",
    });
    if ((await listRekomendasi(ctx.db, ev.id)).length === 0) {
      await buatRekomendasi(ctx, lingkup, tahun, {
        komponen: "pengukuran",
        uraian: "Contoh: gunakan hasil pengukuran kinerja triwulanan sebagai dasar penyesuaian strategi.",
        penanggungJawab: "Sekretaris Kecamatan",
        batasWaktu: "2025-06-30",
      });
    }
    await ubahStatusLke(ctx, lingkup, tahun, "selesai-nilai");
  }
  // the 2023 recap letter as printed in the LKjIP 2023 of Kecamatan Sei Balai (Surat Inspektorat Daerah Kabupaten
  // Batu Bara: "Mangkai Baru, 05 September 2023", "Nomor : 700/656/2023"), stored with the recap (ADR 0033)
  if ((await suratRekapTersimpan(ctx, opd.pemdaId, 2023)).nomor === null) {
    await ubahSuratRekap(ctx, lingkup.pemda, 2023, {
      nomor: "700/656/2023",
      tempat: "Mangkai Baru",
      tanggal: "2023-09-05",
    });
  }
}
