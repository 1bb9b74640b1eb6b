/**
 * XLSX table "analisis" of a year: one row per sasaran with faktor pendukung, faktor penghambat, solusi and
 * rekomendasi, one item per line of the cell. Sasaran rows come from the Renstra (no new rows, no removal).
 * Saved through simpanDaftarAnalisis (one audited write; lock: pengukuran of the year).
 */
import { bacaAnalisis } from "../pengukuran/simpan-analisis";
import { simpanDaftarAnalisis } from "../pengukuran/simpan-analisis-daftar";
import { terapkan } from "./bantu";
import type { DefinisiTabel, KolomTabel, NilaiSel } from "./definisi";

const KOLOM: KolomTabel[] = [
  { kunci: "kode", judul: "Kode Sasaran", jenis: "teks", dapatDiubah: false, lebar: 10 },
  { kunci: "sasaran", judul: "Sasaran", jenis: "teks", dapatDiubah: false, lebar: 36 },
  { kunci: "faktorPendukung", judul: "Faktor Pendukung", jenis: "daftar", dapatDiubah: true, lebar: 45 },
  { kunci: "faktorPenghambat", judul: "Faktor Penghambat", jenis: "daftar", dapatDiubah: true, lebar: 45 },
  { kunci: "solusi", judul: "Solusi", jenis: "daftar", dapatDiubah: true, lebar: 45 },
  { kunci: "rekomendasi", judul: "Rekomendasi", jenis: "daftar", dapatDiubah: true, lebar: 45 },
];

const gabung = (xs: string[]): string | null => (xs.length ? xs.join("\n") : null);
const pisah = (v: NilaiSel | undefined): string[] => (v === null || v === undefined ? [] : String(v).split("\n"));

export const tabelAnalisis: DefinisiTabel = {
  id: "analisis",
  judul: "Analisis Capaian per Sasaran",
  izinBaca: "pengukuran.baca",
  izinUbah: "pengukuran.ubah",
  kolom: async () => KOLOM,
  async baca(ctx, lingkup, tahun) {
    return (await bacaAnalisis(ctx, lingkup, tahun)).map((a) => ({
      id: a.sasaranId,
      nilai: {
        kode: a.sasaranKode,
        sasaran: a.sasaran,
        faktorPendukung: gabung(a.faktorPendukung),
        faktorPenghambat: gabung(a.faktorPenghambat),
        solusi: gabung(a.solusi),
        rekomendasi: gabung(a.rekomendasi),
      },
    }));
  },
  async simpan(ctx, lingkup, tahun, perubahan) {
    const diubah = new Set(perubahan.map((p) => p.id));
    const daftar = (await tabelAnalisis.baca(ctx, lingkup, tahun))
      .filter((b) => diubah.has(b.id))
      .map((b) => {
        const n = terapkan(b.nilai, b.id, perubahan);
        return {
          sasaranId: b.id,
          faktorPendukung: pisah(n.faktorPendukung),
          faktorPenghambat: pisah(n.faktorPenghambat),
          solusi: pisah(n.solusi),
          rekomendasi: pisah(n.rekomendasi),
        };
      });
    await simpanDaftarAnalisis(ctx, lingkup, tahun, daftar);
  },
};
