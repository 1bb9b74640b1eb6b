/**
 * XLSX table "pejabat": the OPD's officials (peran, nama and gelar, NIP, pangkat/golongan, jabatan, eselon, unit,
 * from–to dates). New rows allowed (kode from the name when left empty), removal through "Hapus". NIP checked by
 * domain/nip; the unit must be a kode of the unit-kerja table. Saved as the whole set through simpanDaftarPejabat
 * (one audited write; a pejabat who is a party of a PK or signs a stored report cannot be removed, and two Kepala
 * OPD may not hold office over overlapping dates — both reported at the sheet row and column).
 */
import {
  MAKS_GELAR_BELAKANG,
  MAKS_GELAR_DEPAN,
  MAKS_GOLONGAN,
  MAKS_KODE,
  MAKS_NAMA,
  MAKS_NIP,
  MAKS_PANGKAT,
} from "../../domain/shared/batas-teks";
import { parseNip } from "../../domain/nip/nip";
import { ESELON } from "../../storage/schema";
import { listUnitKerja } from "../../storage/repositories/organisasi-profil-repository";
import { otorisasiOpd } from "../bersama/lingkup";
import { bacaProfilOpd } from "../organisasi/baca-profil-opd";
import { kepalaTumpangTindih, pesanTumpangTindih } from "../organisasi/masa-jabatan";
import { alasanPejabatTerpakai } from "../organisasi/pejabat-terpakai";
import { type PejabatMasukan, simpanDaftarPejabat } from "../organisasi/simpan-pejabat";
import { kodeDariNama, periksaUnik, teks, teksAtauNull, terapkan } from "./bantu";
import type { DefinisiTabel, GalatBaris, KolomTabel, NilaiSel } from "./definisi";

const PERAN = ["kepala-opd", "pejabat"] as const;

function kolom(unit: string[]): KolomTabel[] {
  return [
    { kunci: "kode", judul: "Kode", jenis: "teks", dapatDiubah: false, hanyaBaru: true, lebar: 14, maks: MAKS_KODE },
    { kunci: "peran", judul: "Peran", jenis: "teks", dapatDiubah: true, wajib: true, pilihan: PERAN, lebar: 12 },
    { kunci: "gelarDepan", judul: "Gelar Depan", jenis: "teks", dapatDiubah: true, lebar: 10, maks: MAKS_GELAR_DEPAN },
    { kunci: "nama", judul: "Nama", jenis: "teks", dapatDiubah: true, wajib: true, lebar: 28, maks: MAKS_NAMA },
    {
      kunci: "gelarBelakang",
      judul: "Gelar Belakang",
      jenis: "teks",
      dapatDiubah: true,
      lebar: 12,
      maks: MAKS_GELAR_BELAKANG,
    },
    {
      kunci: "nip",
      maks: MAKS_NIP,
      judul: "NIP",
      jenis: "teks",
      dapatDiubah: true,
      wajib: true,
      periksa: (v) => parseNip(v, "NIP").nip,
      lebar: 21,
    },
    { kunci: "pangkat", judul: "Pangkat", jenis: "teks", dapatDiubah: true, lebar: 18, maks: MAKS_PANGKAT },
    { kunci: "golongan", judul: "Golongan", jenis: "teks", dapatDiubah: true, lebar: 10, maks: MAKS_GOLONGAN },
    { kunci: "jabatan", judul: "Jabatan", jenis: "teks", dapatDiubah: true, wajib: true, lebar: 30, maks: MAKS_NAMA },
    { kunci: "eselon", judul: "Eselon", jenis: "teks", dapatDiubah: true, pilihan: ESELON, lebar: 8 },
    { kunci: "unitKode", judul: "Kode Unit", jenis: "teks", dapatDiubah: true, pilihan: unit, lebar: 14 },
    { kunci: "mulai", judul: "Mulai", jenis: "tanggal", dapatDiubah: true, lebar: 12 },
    { kunci: "selesai", judul: "Selesai", jenis: "tanggal", dapatDiubah: true, lebar: 12 },
  ];
}

function masukan(n: Record<string, NilaiSel>, catatan: string | null): PejabatMasukan {
  return {
    kode: teks(n.kode),
    peran: teks(n.peran) as PejabatMasukan["peran"],
    nama: teks(n.nama),
    gelarDepan: teksAtauNull(n.gelarDepan),
    gelarBelakang: teksAtauNull(n.gelarBelakang),
    nip: teksAtauNull(n.nip),
    pangkat: teksAtauNull(n.pangkat),
    golongan: teksAtauNull(n.golongan),
    jabatan: teks(n.jabatan),
    eselon: teksAtauNull(n.eselon) as PejabatMasukan["eselon"],
    unitKode: teksAtauNull(n.unitKode),
    mulai: teksAtauNull(n.mulai),
    selesai: teksAtauNull(n.selesai),
    catatan,
  };
}

export const tabelPejabat: DefinisiTabel = {
  id: "pejabat",
  judul: "Pejabat",
  izinBaca: "organisasi.baca",
  izinUbah: "organisasi.ubah",
  bolehTambah: true,
  bolehHapus: true,
  async kolom(ctx, lingkup) {
    const { opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.baca");
    return kolom((await listUnitKerja(ctx.db, opdId)).map((u) => u.kode));
  },
  async baca(ctx, lingkup) {
    const p = await bacaProfilOpd(ctx, lingkup);
    return p.pejabat.map((r) => ({
      id: r.id,
      nilai: {
        kode: r.kode,
        peran: r.peran,
        gelarDepan: r.gelarDepan,
        nama: r.nama,
        gelarBelakang: r.gelarBelakang,
        nip: r.nip,
        pangkat: r.pangkat,
        golongan: r.golongan,
        jabatan: r.jabatan,
        eselon: r.eselon,
        unitKode: r.unitKode,
        mulai: r.mulai,
        selesai: r.selesai,
      },
    }));
  },
  async periksa(ctx, lingkup, _tahun, { akhir, hapus }) {
    const galat: GalatBaris[] = periksaUnik(akhir, "kode", "kode");
    for (const b of akhir) {
      const { mulai, selesai } = b.nilai;
      if (b.baris !== null && mulai && selesai && String(selesai) < String(mulai))
        galat.push({ baris: b.baris, kunci: "selesai", pesan: `tanggal selesai ${selesai} sebelum mulai ${mulai}` });
    }
    // one Kepala OPD at a time: the error sits at the later row of the file (a new row before an existing one)
    const masa = akhir.map((b) => ({
      peran: teks(b.nilai.peran),
      nama: teks(b.nilai.nama),
      mulai: teksAtauNull(b.nilai.mulai),
      selesai: teksAtauNull(b.nilai.selesai),
    }));
    const dilapor = new Set<number>();
    for (const [i, j] of kepalaTumpangTindih(masa)) {
      const [di, lain] = akhir[j]!.baris !== null ? [j, i] : [i, j];
      const baris = akhir[di]!.baris;
      if (baris === null || dilapor.has(baris)) continue;
      dilapor.add(baris);
      galat.push({ baris, kunci: "peran", pesan: pesanTumpangTindih(masa[di]!, masa[lain]!) });
    }
    if (hapus.length) {
      const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.baca");
      const alasan = await alasanPejabatTerpakai(
        ctx.db,
        pemdaId,
        opdId,
        hapus.map((h) => h.id),
      );
      for (const h of hapus) {
        const a = alasan.get(h.id);
        if (a) galat.push({ baris: h.baris, kunci: "__hapus", pesan: `tidak dapat dihapus: ${a}` });
      }
    }
    return galat;
  },
  async simpan(ctx, lingkup, _tahun, perubahan, { baru, hapus }) {
    const catatan = new Map((await bacaProfilOpd(ctx, lingkup)).pejabat.map((r) => [r.id, r.catatan]));
    const dihapus = new Set(hapus.map((h) => h.id));
    const daftar = (await tabelPejabat.baca(ctx, lingkup, 0))
      .filter((b) => !dihapus.has(b.id))
      .map((b) => masukan(terapkan(b.nilai, b.id, perubahan), catatan.get(b.id) ?? null));
    const terpakai = new Set(daftar.map((d) => d.kode));
    for (const b of baru) {
      const m = masukan(b.nilai, null);
      daftar.push({ ...m, kode: m.kode.trim() || kodeDariNama(m.nama, terpakai) });
    }
    await simpanDaftarPejabat(ctx, lingkup, daftar);
  },
};
