/**
 * The LKjIP of an OPD and year from the database with the operators' edited paragraphs applied, and what the
 * Laporan page shows of it: sections, tables and figures with their numbers, missing data (with the module where it
 * is entered), every generated paragraph with the numbers it quotes and its edit, the flagged edits, and the PK
 * documents available. Read with "laporan.baca".
 */
import { putuskan } from "../../domain/akses/aktor";
import { bolehDiubah } from "../../domain/akses/alur-kerja";
import { bangunLkjip, type HasilLkjip } from "../../reports/model";
import type { Dokumen } from "../../reports/model/dokumen";
import { nomoriDokumen } from "../../reports/model/penomoran";
import type { SumberLkjip } from "../../reports/model/sumber";
import { listNarasiLaporan, type NarasiLaporanRow } from "../../storage/repositories/laporan-repository";
import { getStatusPeriode } from "../../storage/repositories/status-periode-repository";
import { type LingkupOpd, type OpdTerotorisasi, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { kumpulkanUntuk } from "./kumpulkan-lkjip";

export interface LaporanTersusun {
  o: OpdTerotorisasi;
  tahun: number;
  sumber: SumberLkjip;
  hasil: HasilLkjip;
  suntingan: NarasiLaporanRow[];
}

/** Builds the report (model + edits) of an already authorised OPD. */
export async function susunUntuk(ctx: ServiceContext, o: OpdTerotorisasi, tahun: number): Promise<LaporanTersusun> {
  const [sumber, suntingan] = await Promise.all([
    kumpulkanUntuk(ctx.db, o, tahun),
    listNarasiLaporan(ctx.db, { opdId: o.opdId, tahun }),
  ]);
  const override = Object.fromEntries(suntingan.map((r) => [r.kunci, { teks: r.teks, angka: r.angka }]));
  return { o, tahun, sumber, hasil: bangunLkjip(sumber, { override }), suntingan };
}

/** Authorises "laporan.baca" on the OPD, then builds its report of the year. */
export async function susunLaporan(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  return susunUntuk(ctx, await otorisasiOpd(ctx, lingkup, "laporan.baca"), tahun);
}

/** Module where a missing piece of data is entered (the web routes of the same names). */
export type ModulData = "laporan" | "profil" | "perencanaan" | "perjanjian-kinerja" | "pengukuran" | "anggaran";

const MODUL: [RegExp, ModulData][] = [
  [/^(teks|penandatangan):/, "laporan"],
  [/^(organisasi|profil|pejabat|nip)(:|$)/, "profil"],
  [/^(renstra|rpjmd|target-akhir)(:|$)/, "perencanaan"],
  [/^pk(:|$)/, "perjanjian-kinerja"],
  [/^(anggaran|serapan-sasaran)(:|$)/, "anggaran"],
];

/** The module of a missing-data key ("realisasi:ikm:2023" → "pengukuran"). */
export function modulData(kunci: string): ModulData {
  return MODUL.find(([re]) => re.test(kunci))?.[1] ?? "pengukuran";
}

/** The heading each generated paragraph stands under (narasi key → heading text). */
function judulNarasi(dok: Dokumen): Map<string, string> {
  const out = new Map<string, string>();
  let judul = "";
  for (const b of dok.bagian) {
    for (const x of b.blok) {
      if (x.jenis === "judul") judul = x.teks;
      else if (x.jenis === "paragraf" && x.narasi) out.set(x.narasi.kunci, judul);
      else if (x.jenis === "daftar") for (const y of x.butir) if (y.narasi) out.set(y.narasi.kunci, judul);
    }
  }
  return out;
}

/** The Laporan page's summary of the report. */
export async function ringkasanLaporan(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const l = await susunLaporan(ctx, lingkup, tahun);
  const { hasil, sumber, o } = l;
  const p = nomoriDokumen(hasil.dokumen);
  const judul = judulNarasi(hasil.dokumen);
  // Texts of a submitted, approved or locked report are read-only (workflow module "laporan").
  const status = await getStatusPeriode(ctx.db, { pemdaId: o.pemdaId, opdId: o.opdId, tahun, modul: "laporan" });
  const pejabat = (kode: string) =>
    kode === sumber.pemda.kepalaDaerah?.kode ? sumber.pemda.kepalaDaerah : sumber.pejabat.find((x) => x.kode === kode);
  return {
    opd: { slug: o.opd.slug, nama: o.opd.nama },
    tahun,
    judul: hasil.dokumen.judul,
    bolehSunting:
      bolehDiubah(status) &&
      ctx.aktor !== null &&
      putuskan(ctx.aktor, "laporan.buat", { pemdaId: o.pemdaId, opdId: o.opdId }) === "izinkan",
    bagian: p.judul.map((j) => ({ id: j.id, tingkat: j.tingkat, teks: j.teks })),
    tabel: p.tabel.map((e) => ({ id: e.id, nomor: e.nomor, judul: e.judul })),
    gambar: p.gambar.map((e) => ({ id: e.id, nomor: e.nomor, judul: e.judul })),
    hilang: hasil.hilang.map((h) => ({ ...h, modul: modulData(h.kunci) })),
    narasi: hasil.narasi.map((n) => {
      const s = l.suntingan.find((r) => r.kunci === n.kunci);
      return {
        kunci: n.kunci,
        judul: judul.get(n.kunci) ?? "",
        teksDihasilkan: n.teksDihasilkan,
        angka: n.angka,
        status: n.status,
        suntingan: s
          ? {
              teks: s.teks,
              angka: s.angka,
              disuntingOleh: s.disuntingOleh,
              disuntingPada: s.disuntingPada.toISOString(),
            }
          : null,
        berubah: hasil.peringatan.find((w) => w.kunci === n.kunci)?.berubah ?? [],
      };
    }),
    peringatan: hasil.peringatan,
    // Edits whose paragraph the report no longer generates (its indicator or sasaran was removed): kept, not
    // printed, listed so the operator can remove them or copy their text into a free-text section.
    suntinganYatim: l.suntingan
      .filter((s) => !hasil.narasi.some((n) => n.kunci === s.kunci))
      .map((s) => ({
        kunci: s.kunci,
        teks: s.teks,
        disuntingOleh: s.disuntingOleh,
        disuntingPada: s.disuntingPada.toISOString(),
      })),
    pk: sumber.pk
      .filter((x) => x.tahun === tahun)
      .map((x) => {
        const pj = pejabat(x.pihakPertamaKode);
        return {
          kode: x.kode,
          versi: x.versi,
          level: x.level,
          pejabat: pj ? { nama: pj.nama, jabatan: pj.jabatan, nip: pj.nip ?? null } : null,
        };
      }),
  };
}
