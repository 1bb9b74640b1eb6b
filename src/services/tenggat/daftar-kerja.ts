/**
 * What waits for the signed-in user in the working year (issue 15): data submitted to them for approval, data
 * returned to them, and deadlines due soon or overdue whose module is not yet submitted — per role (permission) and
 * scope (own OPD, or the whole Pemda with the OPDs still open). A constant number of queries.
 */
import { punyaIzin, type Izin } from "../../domain/akses/izin";
import { LABEL_TAHAP, tahapAlur, tahapLke, tahapSkm, type Tahap } from "../../domain/monitoring";
import { tanggalDiZona } from "../../domain/pengaturan/zona-waktu";
import {
  JENIS_TENGGAT,
  type JenisTenggat,
  keadaanTenggat,
  LABEL_TENGGAT,
  MODUL_TENGGAT,
  sisaHari,
} from "../../domain/tenggat";
import { listMonitoringOpd } from "../../storage/repositories/monitoring-repository";
import { listDiajukan, listDikembalikan } from "../../storage/repositories/tenggat-repository";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { tenggatTahun } from "./tenggat";

/** Who acts on each deadline. */
const IZIN_TENGGAT: Record<JenisTenggat, Izin[]> = {
  "realisasi-tw1": ["pengukuran.ubah"],
  "realisasi-tw2": ["pengukuran.ubah"],
  "realisasi-tw3": ["pengukuran.ubah"],
  "realisasi-tw4": ["pengukuran.ubah"],
  pk: ["pk.ubah"],
  lkjip: ["laporan.buat"],
  skm: ["skm.ubah"],
  lke: ["evaluasi.isi", "evaluasi.nilai"],
};

const LABEL_MODUL: Record<string, string> = {
  perencanaan: "Perencanaan",
  pk: "Perjanjian Kinerja",
  pengukuran: "Pengukuran",
  anggaran: "Anggaran",
  laporan: "Laporan (LKjIP)",
  skm: "SKM",
  evaluasi: "Evaluasi",
};

const BELUM_DIAJUKAN: readonly Tahap[] = ["belum", "draft"];

export async function bacaDaftarKerja(ctx: ServiceContext, pemdaSlug: string, tahunKerja?: number) {
  const { pemdaId, aktor } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  const { zonaWaktu } = await bacaPengaturanPemda(ctx.db, pemdaId);
  const hariIni = tanggalDiZona(ctx.now(), zonaWaktu);
  const tahun = tahunKerja ?? Number(hariIni.slice(0, 4));
  const [opdKini, opdLalu, kembali, tgKini, tgLalu, diajukan] = await Promise.all([
    listMonitoringOpd(ctx.db, pemdaId, tahun),
    listMonitoringOpd(ctx.db, pemdaId, tahun - 1),
    listDikembalikan(ctx.db, pemdaId, tahun),
    tenggatTahun(ctx.db, pemdaId, tahun),
    tenggatTahun(ctx.db, pemdaId, tahun - 1),
    listDiajukan(ctx.db, pemdaId),
  ]);
  const lingkup = (o: { id: string }) => aktor.opdId === null || o.id === aktor.opdId;
  const boleh = (izin: Izin) => punyaIzin(aktor.peran, izin);

  const namaOpd = new Map(opdKini.map((o) => [o.id, o]));
  // every year: a submission keeps waiting after the calendar year turns (last year's LKjIP in this year's Q1)
  const untukDisetujui = boleh("data.setujui")
    ? diajukan
        .filter((d) => lingkup({ id: d.opdId }) && namaOpd.has(d.opdId))
        .map((d) => ({
          opd: { slug: namaOpd.get(d.opdId)!.slug, nama: namaOpd.get(d.opdId)!.nama },
          modul: d.modul,
          tahun: d.tahun,
          label: `${LABEL_MODUL[d.modul] ?? d.modul} ${d.tahun}`,
        }))
    : [];

  const dikembalikan = boleh("data.ajukan")
    ? kembali
        .filter((k) => lingkup({ id: k.opdId }) && namaOpd.has(k.opdId))
        .map((k) => ({
          opd: { slug: namaOpd.get(k.opdId)!.slug, nama: namaOpd.get(k.opdId)!.nama },
          modul: k.modul,
          label: `${LABEL_MODUL[k.modul] ?? k.modul} ${tahun}`,
          alasan: k.alasan,
          oleh: k.oleh,
        }))
    : [];

  const tenggat: Array<{
    jenis: JenisTenggat;
    label: string;
    tahunData: number;
    tanggal: string;
    sisaHari: number;
    keadaan: "lewat" | "segera";
    jumlahOpd: number;
    opd: Array<{ slug: string; nama: string; tahap: string }>;
  }> = [];
  for (const [tahunData, daftar, opd] of [
    [tahun - 1, tgLalu, opdLalu],
    [tahun, tgKini, opdKini],
  ] as const) {
    for (const t of daftar) {
      const keadaan = keadaanTenggat(t.tanggal, hariIni);
      if (!keadaan || !IZIN_TENGGAT[t.jenis].some(boleh)) continue;
      const modul = MODUL_TENGGAT[t.jenis];
      const terbuka = opd.filter(lingkup).flatMap((o) => {
        const tahap =
          modul === "skm"
            ? tahapSkm(o.skmTerbuka, o.skmDitutup) === "terkunci"
              ? "terkunci"
              : "draft"
            : modul === "evaluasi"
              ? tahapLke(o.lkeStatus, o.adaNilaiKomponen)
              : tahapAlur(o.status[modul]);
        return BELUM_DIAJUKAN.includes(tahap) ? [{ slug: o.slug, nama: o.nama, tahap: LABEL_TAHAP[tahap] }] : [];
      });
      if (!terbuka.length) continue;
      tenggat.push({
        jenis: t.jenis,
        label: `${LABEL_TENGGAT[t.jenis]} ${tahunData}`,
        tahunData,
        tanggal: t.tanggal,
        sisaHari: sisaHari(t.tanggal, hariIni),
        keadaan,
        jumlahOpd: terbuka.length,
        opd: terbuka.slice(0, 10),
      });
    }
  }
  tenggat.sort(
    (a, b) => a.tanggal.localeCompare(b.tanggal) || JENIS_TENGGAT.indexOf(a.jenis) - JENIS_TENGGAT.indexOf(b.jenis),
  );
  return { tahun, hariIni, peran: aktor.peran, untukDisetujui, dikembalikan, tenggat };
}
