/**
 * Demo part 5: 2023 analysis per sasaran (faktor pendukung/penghambat from Bab III.5, solusi done from Tabel 3.14,
 * rekomendasi from Bab III.5), the program/kegiatan indicators of Tabel 3.16, and Kecamatan Datuk Tanah Datar as the
 * peer with its published figures (Tabel 3.13; its AKIP 2023 evaluation is also in the database from the recap).
 * NOTE: SEED 795-837, 864-986.
 */
import type { LingkupOpd } from "../services/bersama/lingkup";
import type { ServiceContext } from "../services/context";
import { simpanIndikatorProgram } from "../services/pengukuran/indikator-program";
import { simpanPembanding } from "../services/pengukuran/pembanding";
import { simpanAnalisis } from "../services/pengukuran/simpan-analisis";
import { listSasaranOpd } from "../storage/repositories/perencanaan-repository";
import { resolveOpd } from "../services/organisasi/resolve-opd";
import type { DemoSeiBalai, NilaiPeer, PeerKinerja } from "./data";

/** The figure Tabel 3.13 prints (the published comparison), else the dataset's chosen value. */
function realisasiTerbit(n: NilaiPeer): { nilai: string; sumber: string } {
  const tabel = [n.realisasi, ...n.dicetakLain].find((x) => x.sumber.startsWith("Tabel 3.13"));
  return tabel
    ? { nilai: tabel.nilai, sumber: tabel.sumber }
    : { nilai: n.realisasi.nilai, sumber: n.realisasi.sumber };
}

export async function muatPengukuranSeiBalai(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  s: DemoSeiBalai,
  peer: PeerKinerja | undefined,
  tahun: number,
): Promise<void> {
  const { opd } = await resolveOpd(ctx, lingkup.pemda, lingkup.opd);
  const sasaran = new Map((await listSasaranOpd(ctx.db, opd.id)).map((x) => [x.kode, x.id]));
  for (const a of s.analisisSasaran) {
    const sasaranId = sasaran.get(a.sasaranKode);
    if (!sasaranId) continue;
    await simpanAnalisis(ctx, lingkup, {
      sasaranId,
      tahun,
      faktorPendukung: a.uraian.faktorPendukung,
      faktorPenghambat: a.uraian.faktorPenghambat,
      solusi: a.tabel314.solusi,
      rekomendasi: a.uraian.solusi,
      sumber: `${a.uraian.sumber}; ${a.tabel314.sumber}`,
    });
  }
  await simpanIndikatorProgram(
    ctx,
    lingkup,
    tahun,
    s.indikatorProgramKegiatan.map((r) => ({
      sasaranKode: r.sasaranKode,
      tingkat: r.tingkat,
      programKegiatan: r.programKegiatan,
      kodeDppa: r.kodeDppa,
      indikator: r.indikator,
      target: null,
      realisasi: null,
      menunjang: r.menunjang,
      capaianDicetak: r.dicetak.capaian.teks,
      sumber: r.sumber,
    })),
  );
  if (peer) {
    await simpanPembanding(ctx, lingkup, {
      peerOpdSlug: peer.opdSlug,
      namaPeer: `Kecamatan ${peer.namaDicetak}`,
      sumber: `${peer.sumberData} (${peer.sumber})`,
      nilai: peer.nilai.map((n) => {
        const r = realisasiTerbit(n);
        return {
          indikatorKode: n.indikator,
          tahun: n.tahun,
          target: n.target.teks,
          realisasi: r.nilai,
          sumber: r.sumber,
        };
      }),
    });
  }
}
