/**
 * The reminders seen from the app (issue 15, ADR 0035): my notifications (every signed-in role, own rows only), mark
 * one read (audited), and for the Admin Pemda (pemda.kelola) the e-mail deliveries — failed ones with the server's
 * answer, so nothing is lost silently — and "run the reminders now".
 */
import { ATURAN_PENGINGAT_BAWAAN, type AturanPengingat } from "../../domain/pengingat";
import {
  hitungBelumDibaca,
  hitungKiriman,
  listKiriman,
  listPemberitahuan,
  type StatusKiriman,
  tandaiDibaca,
} from "../../storage/repositories/pengingat-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import type { LayananTugas } from "./layanan-tugas";
import { buatPengingatPemda } from "./pengingat";

const bentukPemberitahuan = (r: Awaited<ReturnType<typeof listPemberitahuan>>[number]) => ({
  id: r.id,
  jenis: r.jenis,
  judul: r.judul,
  isi: r.isi,
  tautan: r.tautan,
  dibuatPada: r.dibuatPada.toISOString(),
  dibaca: r.dibacaPada !== null,
});

export async function bacaPemberitahuan(ctx: ServiceContext, pemdaSlug: string) {
  const { pemdaId, aktor } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  if (!aktor.userId) return { belumDibaca: 0, daftar: [] };
  const [daftar, belumDibaca] = await Promise.all([
    listPemberitahuan(ctx.db, pemdaId, aktor.userId, 50),
    hitungBelumDibaca(ctx.db, pemdaId, aktor.userId),
  ]);
  return { belumDibaca, daftar: daftar.map(bentukPemberitahuan) };
}

/** Marks my notification `id` (or all of mine) read; another user's id marks nothing (0). */
export async function tandaiPemberitahuanDibaca(ctx: ServiceContext, pemdaSlug: string, id?: string) {
  const { pemdaId, aktor } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  return mutasi(ctx, { entity: "pemberitahuan", action: "baca", pemdaId }, async (tx) => {
    const ditandai = aktor.userId ? await tandaiDibaca(tx, pemdaId, aktor.userId, id, ctx.now()) : 0;
    return { entityId: id ?? "semua", before: null, after: { ditandai }, result: { ditandai } };
  });
}

export async function bacaKirimanSurel(ctx: ServiceContext, pemdaSlug: string, status?: StatusKiriman) {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const [jumlah, daftar] = await Promise.all([
    hitungKiriman(ctx.db, pemdaId),
    listKiriman(ctx.db, pemdaId, status ? [status] : ["gagal", "menunggu"], 200),
  ]);
  return {
    jumlah,
    daftar: daftar.map((k) => ({
      id: k.id,
      kepada: k.kepada,
      subjek: k.subjek,
      status: k.status,
      percobaan: k.percobaan,
      galat: k.galat,
      dibuatPada: k.dibuatPada.toISOString(),
      diubahPada: k.diubahPada.toISOString(),
      terkirimPada: k.terkirimPada?.toISOString() ?? null,
    })),
  };
}

/**
 * The admin's "run the reminders now" (also how the e2e test triggers the scheduler): with the queue running, the
 * same run as the hourly job (deliveries queued); without it (queue off, or the app built for a test), the in-app
 * notifications only.
 */
export async function jalankanPengingatSekarang(
  ctx: ServiceContext,
  pemdaSlug: string,
  layanan: LayananTugas | null,
  opsi: { aturan?: AturanPengingat; urlAplikasi?: string } = {},
) {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const [hasil] = layanan
    ? await layanan.jalankan(pemdaId, ctx)
    : [
        await buatPengingatPemda(ctx, pemdaId, {
          aturan: opsi.aturan ?? ATURAN_PENGINGAT_BAWAAN,
          surel: false,
          urlAplikasi: opsi.urlAplikasi ?? "",
        }),
      ];
  return {
    hariIni: hasil!.hariIni,
    pengingat: hasil!.pengingat,
    pemberitahuanBaru: hasil!.pemberitahuanBaru,
    surelBaru: hasil!.kirimanBaru.length,
    antrean: layanan !== null,
  };
}
