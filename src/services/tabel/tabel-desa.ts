/**
 * XLSX table "desa": the Bab I desa profile (luas, dusun, KK, penduduk L/P, land use). L+P is shown computed and
 * never imported. New rows allowed (No and Nama Desa required, names unique), removal through "Hapus". Import saves
 * the whole set through simpanDesa (one audited write). Numbers beyond the stored bounds (integers ≤ 2 147 483 647,
 * hectares < 10^9) are refused at their sheet row and column.
 */
import { MAKS_NAMA } from "../../domain/shared/batas-teks";
import { bacaProfilOpd } from "../organisasi/baca-profil-opd";
import { type DesaMasukan, melebihiBatasDesa } from "../organisasi/desa";
import { simpanDesa } from "../organisasi/simpan-desa";
import { periksaUnik } from "./bantu";
import type { DefinisiTabel, KolomTabel, NilaiSel } from "./definisi";

const KOLOM: KolomTabel[] = [
  { kunci: "nomor", judul: "No", jenis: "bulat", dapatDiubah: true, wajib: true, lebar: 6 },
  { kunci: "nama", judul: "Nama Desa", jenis: "teks", dapatDiubah: true, wajib: true, lebar: 24, maks: MAKS_NAMA },
  { kunci: "luasHa", judul: "Luas (Ha)", jenis: "angka", dapatDiubah: true },
  { kunci: "dusun", judul: "Dusun", jenis: "bulat", dapatDiubah: true, lebar: 8 },
  { kunci: "kk", judul: "Jumlah KK", jenis: "bulat", dapatDiubah: true, lebar: 10 },
  { kunci: "pendudukL", judul: "Penduduk L", jenis: "bulat", dapatDiubah: true, lebar: 11 },
  { kunci: "pendudukP", judul: "Penduduk P", jenis: "bulat", dapatDiubah: true, lebar: 11 },
  { kunci: "penduduk", judul: "Penduduk L+P", jenis: "bulat", dapatDiubah: false, lebar: 12 },
  { kunci: "perkebunanHa", judul: "Perkebunan (Ha)", jenis: "angka", dapatDiubah: true },
  { kunci: "pertanianHa", judul: "Pertanian (Ha)", jenis: "angka", dapatDiubah: true },
  { kunci: "perumahanHa", judul: "Perumahan (Ha)", jenis: "angka", dapatDiubah: true },
];

const angka = (v: NilaiSel | undefined) => (v === null || v === undefined ? null : String(v));
const bulat = (v: NilaiSel | undefined) => (v === null || v === undefined ? null : Number(v));

function desaBaru(n: Record<string, NilaiSel>): DesaMasukan {
  return {
    nomor: Number(n.nomor),
    nama: String(n.nama ?? ""),
    luasHa: angka(n.luasHa),
    dusun: bulat(n.dusun),
    kk: bulat(n.kk),
    pendudukL: bulat(n.pendudukL),
    pendudukP: bulat(n.pendudukP),
    perkebunanHa: angka(n.perkebunanHa),
    pertanianHa: angka(n.pertanianHa),
    perumahanHa: angka(n.perumahanHa),
  };
}

export const tabelDesa: DefinisiTabel = {
  id: "desa",
  judul: "Profil Desa",
  izinBaca: "organisasi.baca",
  izinUbah: "organisasi.ubah",
  bolehTambah: true,
  bolehHapus: true,
  kolom: async () => KOLOM,
  async baca(ctx, lingkup) {
    const p = await bacaProfilOpd(ctx, lingkup);
    return p.desa.map((d) => ({
      id: d.id,
      nilai: {
        nomor: d.nomor,
        nama: d.nama,
        luasHa: d.luasHa,
        dusun: d.dusun,
        kk: d.kk,
        pendudukL: d.pendudukL,
        pendudukP: d.pendudukP,
        penduduk: d.penduduk,
        perkebunanHa: d.perkebunanHa,
        pertanianHa: d.pertanianHa,
        perumahanHa: d.perumahanHa,
      },
    }));
  },
  async periksa(_ctx, _lingkup, _tahun, { akhir }) {
    const galat = periksaUnik(akhir, "nama", "nama desa");
    // PostgreSQL integer and sensible hectare bounds, at the sheet cell (else a 400 without row or column)
    for (const b of akhir) {
      if (b.baris === null) continue;
      for (const k of KOLOM.filter((x) => x.dapatDiubah)) {
        const salah = melebihiBatasDesa(k.kunci, b.nilai[k.kunci]);
        if (salah) galat.push({ baris: b.baris, kunci: k.kunci, pesan: salah });
      }
    }
    return galat.sort((a, b) => a.baris - b.baris);
  },
  async simpan(ctx, lingkup, _tahun, perubahan, { baru, hapus }) {
    const p = await bacaProfilOpd(ctx, lingkup);
    const dihapus = new Set(hapus.map((h) => h.id));
    const daftar: DesaMasukan[] = p.desa
      .filter((d) => !dihapus.has(d.id))
      .map((d) => {
        const baru = { ...d } as Record<string, unknown>;
        for (const c of perubahan.filter((x) => x.id === d.id)) baru[c.kunci] = c.ke;
        const { id: _i, penduduk: _lp, ...isi } = baru as typeof d;
        return isi;
      });
    for (const b of baru) daftar.push(desaBaru(b.nilai));
    await simpanDesa(ctx, lingkup, daftar);
  },
};
