/**
 * Moving an LKE along its workflow (domain/akip/lke-alur.ts): ajukan, kembalikan, selesai-nilai, kembalikan-nilai,
 * finalkan, buka — each authorised by the transition's permission and audited with its reason.
 * Submitting needs every self-assessment answer, "selesai dinilai" and finalising every evaluator answer.
 * Finalising writes the Nilai AKIP (the evaluator's component values) into the OPD's `hasil_evaluasi_akip` of the year,
 * which the AKIP indicator already reads as its realisasi, with a trace back to this evaluation (respects the
 * pengukuran lock of the year).
 */
import { type AksiLke, cariTransisiLke, hitungNilaiLke, LABEL_STATUS_LKE } from "../../domain/akip";
import { formatTanggal } from "../../domain/format/tanggal";
import { tanggalDiZona } from "../../domain/pengaturan/zona-waktu";
import { DomainError } from "../../domain/shared/errors";
import { listHasilAkip, upsertHasilAkip } from "../../storage/repositories/hasil-tertaut-repository";
import { getEvaluasiLke, kunciEvaluasiLke, updateEvaluasiLke } from "../../storage/repositories/lke-repository";
import { authorize } from "../akses/authorize";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { jawabanSisi, kerangkaEvaluasi, muatEvaluasi, nilaiSisi } from "./nilai";

function daftar(kode: string[]): string {
  return kode.length > 8 ? `${kode.slice(0, 8).join(", ")} dan ${kode.length - 8} lainnya` : kode.join(", ");
}

export async function ubahStatusLke(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  aksi: AksiLke,
  alasan?: string,
) {
  const { opdId, pemdaId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const ev = await getEvaluasiLke(ctx.db, opdId, tahun);
  if (!ev) throw new NotFoundError(`Evaluasi LKE tahun ${tahun} belum ada; isi penilaian mandiri terlebih dahulu`);
  const t = cariTransisiLke(ev.status, aksi);
  if (!t) {
    throw new ConflictError(
      `Tindakan "${aksi}" tidak berlaku untuk evaluasi berstatus "${LABEL_STATUS_LKE[ev.status]}"`,
    );
  }
  const aktor = authorize(ctx, t.izin, { pemdaId, opdId });
  if (t.perluAlasan && !alasan?.trim()) {
    throw new DomainError("alasan_wajib", `alasan: wajib diisi untuk tindakan "${t.label}"`, { field: "alasan" });
  }
  const m = await muatEvaluasi(ctx.db, opdId, tahun);
  const sisiWajib =
    aksi === "ajukan" ? "mandiri" : aksi === "selesai-nilai" || aksi === "finalkan" ? "evaluator" : null;
  if (sisiWajib) {
    const n = nilaiSisi(jawabanSisi(m.jawaban, sisiWajib), m.kerangka);
    if (!n.lengkap) {
      const belum = m.kerangka.value.komponen
        .flatMap((k) => k.subKomponen.flatMap((s) => s.kriteria.map((c) => c.kode)))
        .filter((k) => !jawabanSisi(m.jawaban, sisiWajib)[k]);
      throw new DomainError(
        "jawaban_belum_lengkap",
        `jawaban ${sisiWajib === "mandiri" ? "penilaian mandiri" : "evaluator"} belum lengkap (${n.terisi} dari ${n.jumlahKriteria}); belum diisi: ${daftar(belum)}`,
        { field: "jawaban", kode: belum },
      );
    }
  }
  const { zonaWaktu } = await bacaPengaturanPemda(ctx.db, pemdaId);
  return mutasi(
    ctx,
    { entity: "evaluasi_lke", action: aksi, pemdaId, opdId, alasan: alasan?.trim() || null },
    async (tx) => {
      const kini = await kunciEvaluasiLke(tx, ev.id);
      if (!kini || kini.status !== ev.status)
        throw new ConflictError("Status berubah bersamaan; muat ulang dan coba lagi");
      let hasilAkip: { tahun: number; total: string; predikat: string; keterangan: string } | null = null;
      const waktu = ctx.now();
      if (aksi === "finalkan") {
        const kerangka = kerangkaEvaluasi(tahun, ev.kerangka);
        const jawaban = jawabanSisi(m.jawaban, "evaluator");
        const h = hitungNilaiLke(jawaban as Record<string, string>, { kerangka });
        const komponen = Object.fromEntries(h.komponen.map((k) => [k.kunci, k.nilaiTampil]));
        const keterangan = `Evaluasi LKE ${tahun} (kerangka ${h.kerangka}), difinalkan oleh ${aktor.nama} pada ${formatTanggal(tanggalDiZona(waktu, zonaWaktu))}; evaluasi ${ev.id}`;
        await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "pengukuran" });
        const lama = (await listHasilAkip(tx, [opdId])).find((r) => r.tahun === tahun && r.jenis === "hasil");
        await upsertHasilAkip(tx, {
          pemdaId,
          opdId,
          tahun,
          jenis: "hasil",
          kerangka: h.kerangka,
          komponen,
          totalDicetak: null,
          kategoriDicetak: null,
          sumber: keterangan,
        });
        hasilAkip = { tahun, total: h.totalTampil, predikat: h.predikat.kode, keterangan };
        if (lama) hasilAkip.keterangan += ` (menggantikan nilai komponen sebelumnya: ${JSON.stringify(lama.komponen)})`;
      }
      const baru = await updateEvaluasiLke(tx, ev.id, {
        status: t.ke,
        diubahOleh: aktor.nama,
        ...(aksi === "finalkan" ? { difinalkanOleh: aktor.nama, difinalkanPada: waktu } : {}),
        ...(aksi === "buka" ? { difinalkanOleh: null, difinalkanPada: null } : {}),
      });
      return {
        entityId: ev.id,
        before: { tahun, status: ev.status },
        after: { tahun, status: t.ke, hasilAkip },
        result: { status: baru.status, labelStatus: LABEL_STATUS_LKE[baru.status], versi: baru.versi, hasilAkip },
      };
    },
  );
}
