/**
 * Demo part 2: Kecamatan Sei Balai's organisation — unit tree, pejabat (NIP, pangkat; golongan from the pangkat),
 * tugas pokok dan fungsi, legal basis, innovation, and the desa profile (Tabel 1.1–1.3).
 * NOTE: SEED 146-282, 555-559, 1044-1705.
 */
import type { ServiceContext } from "../services/context";
import type { LingkupOpd } from "../services/bersama/lingkup";
import { simpanDaftarPejabat } from "../services/organisasi/simpan-pejabat";
import { simpanDesa } from "../services/organisasi/simpan-desa";
import { simpanProfilOpd } from "../services/organisasi/simpan-profil-opd";
import { simpanUnitKerja } from "../services/organisasi/simpan-unit-kerja";
import type { DemoSeiBalai } from "./data";

export async function muatOrganisasiSeiBalai(ctx: ServiceContext, lingkup: LingkupOpd, s: DemoSeiBalai): Promise<void> {
  await simpanUnitKerja(
    ctx,
    lingkup,
    s.unitKerja.map((u) => ({ kode: u.kode, nama: u.nama, jenis: u.jenis, indukKode: u.indukKode })),
  );
  await simpanDaftarPejabat(
    ctx,
    lingkup,
    s.pejabat.map((p) => ({
      kode: p.kode,
      peran: p.unitKode === "camat" ? "kepala-opd" : "pejabat",
      nama: p.nama,
      gelarDepan: p.gelarDepan ?? null,
      gelarBelakang: p.gelarBelakang ?? null,
      nip: p.nip,
      pangkat: p.pangkat,
      jabatan: p.jabatan,
      eselon: p.eselon,
      unitKode: p.unitKode,
      catatan: p.catatan ?? null,
    })),
  );
  await simpanProfilOpd(ctx, lingkup, {
    alamat: null,
    dasarSusunan: s.susunanOrganisasi.dasarHukum,
    uraianSusunan: s.susunanOrganisasi.uraian,
    dasarTugas: s.tugasFungsi.dasarHukum,
    tugas: s.tugasFungsi.tugas,
    fungsi: s.tugasFungsi.fungsi.map((f) => ({ teks: f.teks, sumber: s.tugasFungsi.sumber })),
    dasarHukum: s.dasarHukum.map((h) => ({ teks: h.teks, sumber: h.sumber })),
    inovasi: s.inovasi.map((i) => ({ judul: i.nama, teks: i.deskripsi, sumber: i.sumber })),
  });
  await simpanDesa(
    ctx,
    lingkup,
    s.profilWilayah.desa.map((x) => ({
      nomor: x.nomor,
      nama: x.nama,
      luasHa: x.luasHa,
      dusun: x.dusun,
      kk: x.kk,
      pendudukL: x.pendudukL,
      pendudukP: x.pendudukP,
      perkebunanHa: x.lahan.perkebunanHa,
      pertanianHa: x.lahan.pertanianHa,
      perumahanHa: x.lahan.perumahanHa,
      sumber: x.sumber,
    })),
  );
}
