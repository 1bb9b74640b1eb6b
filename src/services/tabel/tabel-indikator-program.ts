/**
 * XLSX table "indikator-program" of a year (seed Tabel 3.16): program/kegiatan indicators supporting each sasaran,
 * with target (as written), realisasi, capaian computed by the rules core (read-only, never imported) and the
 * "menunjang / tidak menunjang" judgement. New rows allowed (an operator can fill a year), removal through "Hapus".
 * Saved as the year's table through simpanIndikatorProgram (one audited write; lock: pengukuran of the year).
 */
import { MAKS_KODE, MAKS_NILAI_REALISASI, MAKS_SUMBER, MAKS_TARGET, MAKS_TEKS } from "../../domain/shared/batas-teks";
import { listSasaranOpd } from "../../storage/repositories/perencanaan-repository";
import { otorisasiOpd } from "../bersama/lingkup";
import {
  bacaIndikatorProgram,
  type IndikatorProgramMasukan,
  simpanIndikatorProgram,
} from "../pengukuran/indikator-program";
import { teks, teksAtauNull, terapkan } from "./bantu";
import type { DefinisiTabel, KolomTabel, NilaiSel } from "./definisi";

const MENUNJANG = ["menunjang", "tidak menunjang"] as const;

function kolom(sasaran: string[]): KolomTabel[] {
  return [
    { kunci: "sasaranKode", judul: "Kode Sasaran", jenis: "teks", dapatDiubah: true, wajib: true, pilihan: sasaran },
    {
      kunci: "tingkat",
      judul: "Tingkat",
      jenis: "teks",
      dapatDiubah: true,
      wajib: true,
      pilihan: ["program", "kegiatan"],
      lebar: 10,
    },
    {
      kunci: "programKegiatan",
      judul: "Program/Kegiatan",
      jenis: "teks",
      dapatDiubah: true,
      wajib: true,
      lebar: 36,
      maks: MAKS_TEKS,
    },
    { kunci: "kodeDppa", judul: "Kode DPPA", jenis: "teks", dapatDiubah: true, lebar: 14, maks: MAKS_KODE },
    {
      kunci: "indikator",
      judul: "Indikator",
      jenis: "teks",
      dapatDiubah: true,
      wajib: true,
      lebar: 36,
      maks: MAKS_TEKS,
    },
    { kunci: "target", judul: "Target", jenis: "target", dapatDiubah: true, lebar: 12, maks: MAKS_TARGET },
    {
      kunci: "realisasi",
      judul: "Realisasi",
      jenis: "angka",
      dapatDiubah: true,
      lebar: 12,
      maks: MAKS_NILAI_REALISASI,
    },
    { kunci: "capaian", judul: "Capaian (%)", jenis: "angka", dapatDiubah: false, lebar: 12 },
    { kunci: "menunjang", judul: "Menunjang", jenis: "teks", dapatDiubah: true, pilihan: MENUNJANG, lebar: 16 },
    { kunci: "capaianDicetak", judul: "Capaian Tercetak", jenis: "teks", dapatDiubah: false, lebar: 14 },
    { kunci: "sumber", judul: "Sumber", jenis: "teks", dapatDiubah: true, lebar: 24, maks: MAKS_SUMBER },
  ];
}

function masukan(n: Record<string, NilaiSel>): IndikatorProgramMasukan {
  return {
    sasaranKode: teks(n.sasaranKode),
    tingkat: teks(n.tingkat) as IndikatorProgramMasukan["tingkat"],
    programKegiatan: teks(n.programKegiatan),
    kodeDppa: teksAtauNull(n.kodeDppa),
    indikator: teks(n.indikator),
    target: teksAtauNull(n.target),
    realisasi: teksAtauNull(n.realisasi),
    menunjang: n.menunjang === null || n.menunjang === undefined ? null : n.menunjang === "menunjang",
    capaianDicetak: teksAtauNull(n.capaianDicetak),
    sumber: teksAtauNull(n.sumber),
  };
}

export const tabelIndikatorProgram: DefinisiTabel = {
  id: "indikator-program",
  judul: "Indikator Program/Kegiatan",
  izinBaca: "pengukuran.baca",
  izinUbah: "pengukuran.ubah",
  bolehTambah: true,
  bolehHapus: true,
  async kolom(ctx, lingkup) {
    const { opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
    return kolom([...new Set((await listSasaranOpd(ctx.db, opdId)).map((s) => s.kode))]);
  },
  async baca(ctx, lingkup, tahun) {
    return (await bacaIndikatorProgram(ctx, lingkup, tahun)).map((r) => ({
      id: r.id,
      nilai: {
        sasaranKode: r.sasaranKode,
        tingkat: r.tingkat,
        programKegiatan: r.programKegiatan,
        kodeDppa: r.kodeDppa,
        indikator: r.indikator,
        target: r.target,
        realisasi: r.realisasi,
        capaian: r.capaian?.nilai ?? null,
        menunjang: r.menunjang === null ? null : r.menunjang ? "menunjang" : "tidak menunjang",
        capaianDicetak: r.capaianDicetak,
        sumber: r.sumber,
      },
    }));
  },
  async simpan(ctx, lingkup, tahun, perubahan, { baru, hapus }) {
    const dihapus = new Set(hapus.map((h) => h.id));
    const daftar = (await tabelIndikatorProgram.baca(ctx, lingkup, tahun))
      .filter((b) => !dihapus.has(b.id))
      .map((b) => masukan(terapkan(b.nilai, b.id, perubahan)));
    for (const b of baru) daftar.push(masukan(b.nilai));
    await simpanIndikatorProgram(ctx, lingkup, tahun, daftar);
  },
};
