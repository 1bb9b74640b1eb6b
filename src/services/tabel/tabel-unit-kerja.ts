/**
 * XLSX table "unit-kerja": the OPD's units as a tree, one row per unit (kode, nama, jenis, kode of its induk). New
 * rows allowed (kode required, unique), removal through "Hapus" (not while a pejabat sits in the unit or another
 * unit hangs under it). The induk must be a kode of the table, never the unit itself or one of its own sub-units.
 * Saved as the whole set through simpanUnitKerja (one audited write; ids of kept units stay stable).
 */
import { MAKS_KODE, MAKS_NAMA_UNIT } from "../../domain/shared/batas-teks";
import { JENIS_UNIT } from "../../storage/schema";
import { listUnitKerja } from "../../storage/repositories/organisasi-profil-repository";
import { listPejabat } from "../../storage/repositories/pejabat-repository";
import { otorisasiOpd } from "../bersama/lingkup";
import { periksaIndukUnit } from "../organisasi/pohon-unit";
import { simpanUnitKerja, type UnitMasukan } from "../organisasi/simpan-unit-kerja";
import { periksaUnik, teks, teksAtauNull, terapkan } from "./bantu";
import type { BarisAkhir, DefinisiTabel, GalatBaris, KolomTabel, NilaiSel } from "./definisi";

const KOLOM: KolomTabel[] = [
  {
    kunci: "kode",
    judul: "Kode",
    jenis: "teks",
    dapatDiubah: false,
    hanyaBaru: true,
    wajib: true,
    lebar: 14,
    maks: MAKS_KODE,
  },
  { kunci: "nama", judul: "Nama Unit", jenis: "teks", dapatDiubah: true, wajib: true, lebar: 36, maks: MAKS_NAMA_UNIT },
  { kunci: "jenis", judul: "Jenis", jenis: "teks", dapatDiubah: true, wajib: true, pilihan: JENIS_UNIT, lebar: 13 },
  { kunci: "indukKode", judul: "Kode Induk", jenis: "teks", dapatDiubah: true, lebar: 14, maks: MAKS_KODE },
];

const masukan = (n: Record<string, NilaiSel>): UnitMasukan => ({
  kode: teks(n.kode).trim(),
  nama: teks(n.nama),
  jenis: teks(n.jenis) as UnitMasukan["jenis"],
  indukKode: teksAtauNull(n.indukKode)?.trim() || null,
});

/** Induk references of the final table (periksaIndukUnit), at the sheet row that carries them. */
function periksaInduk(akhir: BarisAkhir[]): GalatBaris[] {
  const units = akhir.map((b) => ({
    kode: teks(b.nilai.kode).trim(),
    indukKode: teksAtauNull(b.nilai.indukKode)?.trim() || null,
  }));
  return periksaIndukUnit(units).flatMap((m) => {
    const baris = akhir[m.index]!.baris;
    if (baris === null) return [];
    const pesan =
      m.jenis === "tidak-ada"
        ? `unit induk "${m.induk}" tidak ada dalam tabel`
        : `induk "${m.induk}" membuat lingkaran (unit di bawah dirinya sendiri)`;
    return [{ baris, kunci: "indukKode", pesan }];
  });
}

export const tabelUnitKerja: DefinisiTabel = {
  id: "unit-kerja",
  judul: "Unit Kerja",
  izinBaca: "organisasi.baca",
  izinUbah: "organisasi.ubah",
  bolehTambah: true,
  bolehHapus: true,
  kolom: async () => KOLOM,
  async baca(ctx, lingkup) {
    const { opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.baca");
    const units = await listUnitKerja(ctx.db, opdId);
    const kode = new Map(units.map((u) => [u.id, u.kode]));
    return units.map((u) => ({
      id: u.id,
      nilai: {
        kode: u.kode,
        nama: u.nama,
        jenis: u.jenis,
        indukKode: u.indukId ? (kode.get(u.indukId) ?? null) : null,
      },
    }));
  },
  async periksa(ctx, lingkup, _tahun, { akhir, hapus }) {
    const galat = [...periksaUnik(akhir, "kode", "kode"), ...periksaInduk(akhir)];
    if (hapus.length) {
      const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.baca");
      const dipakai = new Set((await listPejabat(ctx.db, pemdaId, opdId)).map((p) => p.unitId));
      for (const h of hapus) {
        const anak = akhir.find((b) => teksAtauNull(b.nilai.indukKode)?.trim() === h.nilai.kode);
        if (dipakai.has(h.id))
          galat.push({ baris: h.baris, kunci: "__hapus", pesan: "tidak dapat dihapus: masih ada pejabat di unit ini" });
        else if (anak)
          galat.push({
            baris: h.baris,
            kunci: "__hapus",
            pesan: `tidak dapat dihapus: masih menjadi induk unit "${teks(anak.nilai.kode)}"`,
          });
      }
    }
    return galat;
  },
  async simpan(ctx, lingkup, _tahun, perubahan, { baru, hapus }) {
    const dihapus = new Set(hapus.map((h) => h.id));
    const daftar = (await tabelUnitKerja.baca(ctx, lingkup, 0))
      .filter((b) => !dihapus.has(b.id))
      .map((b) => masukan(terapkan(b.nilai, b.id, perubahan)));
    for (const b of baru) daftar.push(masukan(b.nilai));
    await simpanUnitKerja(ctx, lingkup, daftar);
  },
};
