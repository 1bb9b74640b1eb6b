/**
 * Demo Rencana Aksi of Kecamatan Sei Balai 2023 through the module's own use cases (as the system actor). The LKjIP
 * publishes only yearly figures, so the quarterly split is illustrative and says so in its source note: every PK
 * indicator is a level ("tingkat") whose quarterly target is the PK's annual target (TW IV = annual), and the TW IV
 * realisasi is the yearly realisasi already in the demo's measurement (LKjIP 2023 Tabel 3.2; read through from
 * Pengukuran since ADR 0041, the rows written here hold the same value). TW I–III stay empty: the document gives no
 * quarterly figure and none is derivable (ADR 0041). Idempotent: a plan or a quarter already entered is left alone.
 */
import { bacaPengukuran } from "../services/pengukuran/baca-pengukuran";
import type { ServiceContext } from "../services/context";
import { listKinerja } from "../storage/repositories/pk-repository";
import { bacaRenaksi } from "../services/renaksi/baca-renaksi";
import { simpanRealisasiTriwulan } from "../services/renaksi/lapor-triwulan";
import { simpanRenaksi } from "../services/renaksi/simpan-renaksi";

const LINGKUP = { pemda: "batu-bara", opd: "kecamatan-sei-balai" } as const;
const TAHUN = 2023;
const SUMBER =
  "LKjIP 2023 Kecamatan Sei Balai, Lampiran Perjanjian Kinerja dan Tabel 3.2 (target dan realisasi tahunan); " +
  "pembagian per triwulan ilustratif, dokumen tidak memuat angka triwulan";

export async function muatDemoRenaksi(ctx: ServiceContext): Promise<{ pk: number; realisasi: number }> {
  const awal = await bacaRenaksi(ctx, LINGKUP, TAHUN);
  let pk = 0;
  for (const p of awal.pk) {
    if (p.indikator.length === 0 || p.indikator.some((i) => i.rencana !== null)) continue;
    await simpanRenaksi(ctx, LINGKUP, {
      pkId: p.pkId,
      sumber: SUMBER,
      indikator: p.indikator.map((i) => ({
        pkKinerjaId: i.pkKinerjaId,
        sifat: "tingkat" as const,
        targetTriwulan: [i.targetTahunan, i.targetTahunan, i.targetTahunan, i.targetTahunan],
        penanggungJawab: p.jabatan,
      })),
    });
    pk += 1;
  }
  // TW IV = the yearly realisasi of the measurement, for the PK rows linked to a Renstra indicator
  const iku = (await bacaPengukuran(ctx, LINGKUP, TAHUN)).sasaran.flatMap((s) => s.indikator);
  const sesudah = await bacaRenaksi(ctx, LINGKUP, TAHUN);
  const kinerja = await listKinerja(
    ctx.db,
    sesudah.pk.map((p) => p.pkId),
  );
  const baris = sesudah.pk
    .flatMap((p) => p.indikator)
    .filter((i) => i.triwulan[3]!.realisasi === null)
    .flatMap((i) => {
      const indikatorId = kinerja.find((k) => k.id === i.pkKinerjaId)?.indikatorId;
      const nilai = iku.find((x) => x.id === indikatorId)?.realisasi?.nilai;
      return nilai ? [{ pkKinerjaId: i.pkKinerjaId, nilai: String(nilai), sumber: SUMBER }] : [];
    });
  if (baris.length > 0) await simpanRealisasiTriwulan(ctx, LINGKUP, TAHUN, 4, baris);
  return { pk, realisasi: baris.length };
}
