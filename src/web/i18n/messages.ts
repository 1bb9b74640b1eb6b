/** UI strings: Bahasa Indonesia first, English available. Keys are stable; add both languages together. */
import { akunEn, akunId } from "./messages-akun";
import { kinerjaEn, kinerjaId } from "./messages-kinerja";
import { anggaranEn, anggaranId } from "./messages-anggaran";
import { laporanEn, laporanId } from "./messages-laporan";
// M2-12 TTE
import { tteEn, tteId } from "./messages-tte";
import { organisasiEn, organisasiId } from "./messages-organisasi";
import { pembandingEn, pembandingId } from "./messages-pembanding";
import { rencanaFormEn, rencanaFormId } from "./messages-rencana-form";
import { validasiEn, validasiId } from "./messages-validasi";
import { skmAdminEn, skmAdminId } from "./messages-skm-admin";
// M4 SKM stored answers and layanan rename
import { skmJawabanEn, skmJawabanId } from "./messages-skm-jawaban";
// M2-08 evaluation workspace
import { evaluasiEn, evaluasiId } from "./messages-evaluasi";
// M2 issue 15: the 404 page
import { portalEn, portalId } from "./messages-portal";
import { reviuEn, reviuId } from "./messages-reviu";
// issue 14: Pernyataan Telah Direviu
import { pernyataanReviuEn, pernyataanReviuId } from "./messages-pernyataan-reviu";
// M2-10 monitoring of every OPD
import { monitoringEn, monitoringId } from "./messages-monitoring";
// M2-15 Rencana Aksi
import { renaksiEn, renaksiId } from "./messages-renaksi";
// issue 15: RPJMD IKU and the Kabupaten LKjIP
import { rpjmdEn, rpjmdId } from "./messages-rpjmd";
// issue 15: the notification bell and the reminder page
import { pengingatEn, pengingatId } from "./messages-pengingat";
// issue 11: Admin › Pengaturan (Pemda settings)
import { pengaturanEn, pengaturanId } from "./messages-pengaturan";

export const messages = {
  id: {
    // issue 11: Admin › Pengaturan
    ...pengaturanId,
    // issue 15: RPJMD IKU and the Kabupaten LKjIP
    ...rpjmdId,
    ...akunId,
    ...kinerjaId,
    ...anggaranId,
    ...laporanId,
    // M2-12 TTE
    ...tteId,
    ...organisasiId,
    ...pembandingId,
    ...rencanaFormId,
    ...validasiId,
    ...skmAdminId,
    // M4 SKM stored answers and layanan rename
    ...skmJawabanId,
    ...evaluasiId,
    ...portalId,
    ...reviuId,
    // issue 14: Pernyataan Telah Direviu
    ...pernyataanReviuId,
    // M2-10 monitoring
    ...monitoringId,
    // M2-15 Rencana Aksi
    ...renaksiId,
    // issue 15: the notification bell and the reminder page
    ...pengingatId,
    "nav.reviu": "Reviu",
    "app.title": "SAKIP",
    "app.subtitle": "Akuntabilitas Kinerja Instansi Pemerintah",
    "nav.beranda": "Beranda",
    "nav.perencanaan": "Perencanaan",
    "nav.pk": "Perjanjian Kinerja",
    "nav.pengukuran": "Pengukuran",
    "nav.anggaran": "Anggaran",
    "nav.skm": "SKM",
    "nav.evaluasi": "Evaluasi",
    "nav.laporan": "Laporan",
    "nav.admin": "Admin",
    "beranda.judul": "Selamat datang di SAKIP",
    "beranda.intro":
      "Satu sistem untuk siklus akuntabilitas kinerja: Renstra dan Perjanjian Kinerja, pengukuran setiap indikator, realisasi anggaran, survei kepuasan masyarakat, evaluasi AKIP, dan Laporan Kinerja.",
    "beranda.pemda": "Pemerintah daerah",
    "beranda.opd": "{n} perangkat daerah",
    "beranda.kosong": "Belum ada data. Jalankan `sakip demo` untuk memuat data demo.",
    "modul.segera": "Modul ini sedang disiapkan.",
    "status.dbGangguan": "Basis data sedang bermasalah: data mungkin tidak tersimpan. Hubungi admin server.",
    bahasa: "Bahasa",
    memuat: "Memuat…",
    galat: "Gagal memuat data",
    "konflik.judul": "Data telah diubah pengguna lain",
    "konflik.teks":
      "Data ini telah diubah oleh pengguna lain sejak Anda membukanya, sehingga perubahan Anda tidak disimpan. Muat ulang untuk melihat data terbaru, lalu ulangi perubahan Anda.",
    "konflik.muatUlang": "Muat ulang",
    "konflik.tutup": "Tutup",
    "pk.ubah.tombol": "Ubah",
    "pk.ubah.judul": "Ubah Perjanjian Kinerja {versi} — {pejabat}",
    "pk.ubah.terkunci": "Periode PK tahun ini tidak berstatus draf; PK tidak dapat diubah.",
    "pk.salin.tombol": "Buat PK Perubahan dari Awal",
    "pk.salin.judul": "PK Perubahan {tahun} dari {kode}",
    "pk.hapus.tombol": "Hapus PK",
    "pk.hapus.judul": "Hapus Perjanjian Kinerja?",
    "pk.hapus.konfirmasi":
      "PK {kode} beserta seluruh baris kinerja dan anggarannya akan dihapus. Penghapusan dicatat dalam jejak audit.",
    "pk.hapus.ya": "Ya, hapus",
    "pk.form.nomor": "No.",
    "pk.form.letak": "Letak baris",
    "pk.form.barisUtama": "Baris utama",
    "pk.form.dibawah": "Di bawah baris {n}",
    "pk.form.tambahAnak": "Tambah sub-baris",
    "pk.form.indukKaskade": "Induk kaskade (baris PK atasan)",
    "pk.form.pilihInduk": "Pilih baris PK atasan",
    "pk.form.atasanLangsung": "atasan langsung",
    // XLSX tables (docs/tabel-xlsx.md)
    "xlsx.ringkas": "Impor tersimpan: {sel} sel diubah, {tambah} baris ditambahkan, {hapus} baris dihapus.",
    "xlsx.selDiubah": "baris {baris}, {kolom}: {dari} → {ke}",
    "xlsx.barisDitambah": "baris baru dari berkas: {baris}",
    "xlsx.barisDihapus": "baris dihapus (Hapus = ya): {baris}",
    "profil.xlsxCatatan":
      'XLSX: ekspor, ubah di Excel, lalu impor kembali. Baris baru: isi baris kosong (kolom ID dibiarkan kosong); hapus baris: tulis "ya" di kolom Hapus.',
    // Profile editors (profil-teks, unit tree, desa table)
    "profil.alamat": "Alamat kantor",
    "profil.dasarTugas": "Dasar hukum tugas dan fungsi",
    "profil.tugasPokok": "Tugas pokok",
    "profil.fungsi": "Fungsi",
    "profil.judulInovasi": "Nama inovasi",
    "profil.sumber": "Sumber",
    "profil.daftarKosong": "Belum ada baris.",
    "profil.tambahBaris": "Tambah baris",
    "profil.hapusBaris": "Hapus baris",
    "profil.naik": "Naikkan",
    "profil.turun": "Turunkan",
    "profil.tutup": "Tutup",
    "profil.teksWajib": "Teks wajib diisi",
    "profil.periksaIsian": "Periksa isian yang bertanda merah",
    "profil.tidakBerubah": "Tidak ada perubahan",
    "profil.tersimpanN": "Tersimpan: {n} desa berubah",
    "profil.teks.judul": "Ubah tugas pokok, fungsi, landasan hukum, inovasi dan alamat",
    "profil.unit.judul": "Ubah susunan organisasi",
    "profil.unit.nama": "Nama unit",
    "profil.unit.jenis": "Jenis",
    "profil.unit.induk": "Di bawah",
    "profil.unit.akar": "(paling atas)",
    "profil.unit.tambahAnak": "Tambah unit di bawahnya",
    "profil.unit.tambahAkar": "Tambah unit paling atas",
    "profil.unit.hapus": "Hapus unit",
    "profil.unit.namaWajib": "Nama unit wajib diisi",
    "profil.unit.adaPejabat": "Unit ini masih memiliki {n} pejabat; pindahkan pejabatnya ke unit lain terlebih dahulu",
    "profil.unit.adaAnak": "Unit ini masih membawahi {n} unit; pindahkan atau hapus unit tersebut terlebih dahulu",
    "profil.jenis.pimpinan": "Pimpinan",
    "profil.jenis.sekretariat": "Sekretariat",
    "profil.jenis.subbagian": "Subbagian",
    "profil.jenis.seksi": "Seksi",
    "profil.jenis.bidang": "Bidang",
    "profil.jenis.uptd": "UPTD",
    "profil.jenis.lainnya": "Lainnya",
    "profil.desa.judul": "Ubah tabel desa",
    "profil.desa.tambah": "Tambah desa",
    "profil.desa.hapus": "Hapus desa",
    "profil.desa.sementara": "Jumlah sementara (saat mengetik)",
    "profil.desa.server": "Jumlah tersimpan (dihitung server)",
    "profil.desa.namaWajib": "Nama desa wajib diisi",
    "profil.desa.namaGanda": 'Nama desa "{nama}" ganda',
    // Linked results read back (hasil-tertaut) and Perencanaan outside the Renstra period
    "hasil.pilih": "Hasil tersimpan",
    "hasil.pilihBaru": "— isian baru —",
    "hasil.tersimpan.judul": "Tersimpan di server (dihitung server)",
    "hasil.dicetak": "Tercetak di dokumen sumber: {nilai}",
    "hasil.survei.opsi": "{kode} · {mulai} s.d. {selesai} · IKM {ikm} ({mutu})",
    "hasil.survei.tersimpan": "IKM {ikm}, mutu {mutu}; tanpa bobot (rata-rata NRR) {tanpaBobot}",
    "hasil.survei.unsur": "Unsur",
    "hasil.survei.nrrTertimbang": "NRR tertimbang",
    "hasil.survei.mutu": "Mutu",
    "hasil.akip.opsi": "{tahun} · {jenis} · {nilai} ({predikat}) · kerangka {kerangka}",
    "rencana.luarPeriode": "Tahun {tahun} berada di luar periode Renstra mana pun",
    "rencana.periodeAda":
      "Renstra perangkat daerah ini tersedia untuk periode: {daftar}. Pilih tahun di dalam periode untuk melihat tujuan, sasaran, indikator dan targetnya.",
    "rencana.tanpaRenstra":
      "Perangkat daerah ini belum memiliki Renstra. Simpan Renstra terlebih dahulu (periode lima tahun, misalnya dari data demo).",
    "rencana.periodeTombol": "Renstra {awal}–{akhir}:",
    "rencana.tanpaRpjmd": "Tidak ada RPJMD yang mencakup tahun {tahun}. RPJMD tersimpan: {daftar}.",
    // issue 15 (axe): names of the pagination buttons
    "paginasi.label": "Halaman daftar",
    "paginasi.halaman": "Halaman {n}",
    "paginasi.pertama": "Halaman pertama",
    "paginasi.sebelumnya": "Halaman sebelumnya",
    "paginasi.berikutnya": "Halaman berikutnya",
    "paginasi.terakhir": "Halaman terakhir",
  },
  en: {
    // issue 11: Admin › Pengaturan
    ...pengaturanEn,
    // issue 15: RPJMD IKU and the Kabupaten LKjIP
    ...rpjmdEn,
    ...akunEn,
    ...kinerjaEn,
    ...anggaranEn,
    ...laporanEn,
    // M2-12 TTE
    ...tteEn,
    ...organisasiEn,
    ...pembandingEn,
    ...rencanaFormEn,
    ...validasiEn,
    ...skmAdminEn,
    // M4 SKM stored answers and layanan rename
    ...skmJawabanEn,
    ...evaluasiEn,
    ...portalEn,
    ...reviuEn,
    // issue 14: Pernyataan Telah Direviu
    ...pernyataanReviuEn,
    // M2-10 monitoring
    ...monitoringEn,
    // M2-15 Rencana Aksi
    ...renaksiEn,
    // issue 15: the notification bell and the reminder page
    ...pengingatEn,
    "nav.reviu": "Review",
    "app.title": "SAKIP",
    "app.subtitle": "Government Performance Accountability",
    "nav.beranda": "Home",
    "nav.perencanaan": "Planning",
    "nav.pk": "Performance Agreement",
    "nav.pengukuran": "Measurement",
    "nav.anggaran": "Budget",
    "nav.skm": "Satisfaction Survey",
    "nav.evaluasi": "Evaluation",
    "nav.laporan": "Reports",
    "nav.admin": "Admin",
    "beranda.judul": "Welcome to SAKIP",
    "beranda.intro":
      "One system for the performance-accountability cycle: strategic plans and performance agreements, measurement of every indicator, budget realisation, the public satisfaction survey, the AKIP evaluation and the performance report.",
    "beranda.pemda": "Local governments",
    "beranda.opd": "{n} agencies",
    "beranda.kosong": "No data yet. Run `sakip demo` to load the demo data.",
    "modul.segera": "This module is being prepared.",
    "status.dbGangguan": "The database has a problem: data may not be saved. Contact the server admin.",
    bahasa: "Language",
    memuat: "Loading…",
    galat: "Failed to load data",
    "konflik.judul": "Changed by another user",
    "konflik.teks":
      "Another user changed this data after you opened it, so your change was not saved. Reload to see the latest data, then make your change again.",
    "konflik.muatUlang": "Reload",
    "konflik.tutup": "Close",
    "pk.ubah.tombol": "Edit",
    "pk.ubah.judul": "Edit performance agreement ({versi}) — {pejabat}",
    "pk.ubah.terkunci": "This year's agreements are not in draft; they cannot be changed.",
    "pk.salin.tombol": "Create revised agreement from initial",
    "pk.salin.judul": "Revised agreement {tahun} from {kode}",
    "pk.hapus.tombol": "Delete agreement",
    "pk.hapus.judul": "Delete performance agreement?",
    "pk.hapus.konfirmasi":
      "Agreement {kode} and all its performance and budget rows will be deleted. The deletion is recorded in the audit trail.",
    "pk.hapus.ya": "Yes, delete",
    "pk.form.nomor": "No.",
    "pk.form.letak": "Row position",
    "pk.form.barisUtama": "Top-level row",
    "pk.form.dibawah": "Under row {n}",
    "pk.form.tambahAnak": "Add sub-row",
    "pk.form.indukKaskade": "Cascade parent (superior's row)",
    "pk.form.pilihInduk": "Pick a superior's row",
    "pk.form.atasanLangsung": "direct superior",
    // XLSX tables (docs/tabel-xlsx.md)
    "xlsx.ringkas": "Import saved: {sel} cells changed, {tambah} rows added, {hapus} rows removed.",
    "xlsx.selDiubah": "row {baris}, {kolom}: {dari} → {ke}",
    "xlsx.barisDitambah": "new rows from the file: {baris}",
    "xlsx.barisDihapus": "rows removed (Hapus = ya): {baris}",
    "profil.xlsxCatatan":
      'XLSX: export, edit in Excel, then import back. New rows: fill an empty row (leave the ID column empty); to remove a row write "ya" in the Hapus column.',
    // Profile editors (profil-teks, unit tree, desa table)
    "profil.alamat": "Office address",
    "profil.dasarTugas": "Legal basis of the duties and functions",
    "profil.tugasPokok": "Main duty",
    "profil.fungsi": "Function",
    "profil.judulInovasi": "Innovation name",
    "profil.sumber": "Source",
    "profil.daftarKosong": "No rows yet.",
    "profil.tambahBaris": "Add row",
    "profil.hapusBaris": "Remove row",
    "profil.naik": "Move up",
    "profil.turun": "Move down",
    "profil.tutup": "Close",
    "profil.teksWajib": "Text is required",
    "profil.periksaIsian": "Check the fields marked in red",
    "profil.tidakBerubah": "Nothing changed",
    "profil.tersimpanN": "Saved: {n} villages changed",
    "profil.teks.judul": "Edit main duty, functions, legal basis, innovations and address",
    "profil.unit.judul": "Edit organisation structure",
    "profil.unit.nama": "Unit name",
    "profil.unit.jenis": "Type",
    "profil.unit.induk": "Under",
    "profil.unit.akar": "(top level)",
    "profil.unit.tambahAnak": "Add a unit below",
    "profil.unit.tambahAkar": "Add a top-level unit",
    "profil.unit.hapus": "Remove unit",
    "profil.unit.namaWajib": "Unit name is required",
    "profil.unit.adaPejabat": "This unit still has {n} officials; move them to another unit first",
    "profil.unit.adaAnak": "This unit still has {n} units below it; move or remove them first",
    "profil.jenis.pimpinan": "Head",
    "profil.jenis.sekretariat": "Secretariat",
    "profil.jenis.subbagian": "Sub-division",
    "profil.jenis.seksi": "Section",
    "profil.jenis.bidang": "Division",
    "profil.jenis.uptd": "Technical unit (UPTD)",
    "profil.jenis.lainnya": "Other",
    "profil.desa.judul": "Edit village table",
    "profil.desa.tambah": "Add village",
    "profil.desa.hapus": "Remove village",
    "profil.desa.sementara": "Running total (while typing)",
    "profil.desa.server": "Saved total (computed by the server)",
    "profil.desa.namaWajib": "Village name is required",
    "profil.desa.namaGanda": 'Village name "{nama}" appears twice',
    // Linked results read back (hasil-tertaut) and Perencanaan outside the Renstra period
    "hasil.pilih": "Stored results",
    "hasil.pilihBaru": "— new entry —",
    "hasil.tersimpan.judul": "Stored on the server (computed by the server)",
    "hasil.dicetak": "Printed in the source document: {nilai}",
    "hasil.survei.opsi": "{kode} · {mulai} to {selesai} · IKM {ikm} ({mutu})",
    "hasil.survei.tersimpan": "IKM {ikm}, quality {mutu}; unweighted (mean NRR) {tanpaBobot}",
    "hasil.survei.unsur": "Element",
    "hasil.survei.nrrTertimbang": "Weighted NRR",
    "hasil.survei.mutu": "Quality",
    "hasil.akip.opsi": "{tahun} · {jenis} · {nilai} ({predikat}) · framework {kerangka}",
    "rencana.luarPeriode": "Year {tahun} lies outside every strategic plan (Renstra) period",
    "rencana.periodeAda":
      "This agency has a Renstra for: {daftar}. Choose a year inside a period to see its goals, objectives, indicators and targets.",
    "rencana.tanpaRenstra":
      "This agency has no Renstra yet. Save a Renstra first (a five-year period, e.g. from the demo data).",
    "rencana.periodeTombol": "Renstra {awal}–{akhir}:",
    "rencana.tanpaRpjmd": "No RPJMD covers {tahun}. Stored RPJMD: {daftar}.",
    "paginasi.label": "List pages",
    "paginasi.halaman": "Page {n}",
    "paginasi.pertama": "First page",
    "paginasi.sebelumnya": "Previous page",
    "paginasi.berikutnya": "Next page",
    "paginasi.terakhir": "Last page",
  },
} as const;

export type Locale = keyof typeof messages;
export type MessageKey = keyof (typeof messages)["id"];
