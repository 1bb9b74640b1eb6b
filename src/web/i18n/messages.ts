/** UI strings: Bahasa Indonesia first, English available. Keys are stable; add both languages together. */
import { akunEn, akunId } from "./messages-akun";
import { kinerjaEn, kinerjaId } from "./messages-kinerja";
import { anggaranEn, anggaranId } from "./messages-anggaran";
import { laporanEn, laporanId } from "./messages-laporan";
import { pembandingEn, pembandingId } from "./messages-pembanding";

export const messages = {
  id: {
    ...akunId,
    ...kinerjaId,
    ...anggaranId,
    ...laporanId,
    ...pembandingId,
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
    "status.db": "Basis data",
    bahasa: "Bahasa",
    memuat: "Memuat…",
    galat: "Gagal memuat data",
  },
  en: {
    ...akunEn,
    ...kinerjaEn,
    ...anggaranEn,
    ...laporanEn,
    ...pembandingEn,
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
    "status.db": "Database",
    bahasa: "Language",
    memuat: "Loading…",
    galat: "Failed to load data",
  },
} as const;

export type Locale = keyof typeof messages;
export type MessageKey = keyof (typeof messages)["id"];
