/**
 * Per-sasaran analysis texts written by the operator: faktor pendukung, faktor penghambat, solusi/rekomendasi.
 * Two printed versions exist and partly disagree: the Bab III.5 narrative and Tabel 3.14 (konflik
 * analisis-inovasi-tabel-3-14). Texts verbatim; markdown emphasis of the source file removed.
 * NOTE: SEED 864-924.
 */
import type { AnalisisSasaran } from "../types";

export const analisisSasaran: AnalisisSasaran[] = [
  {
    sasaranKode: "S1",
    uraian: {
      pengantar: [
        "Keberhasilan/kegagalan pencapaian kinerja sasaran ”Meningkatnya Kepuasan Masyarakat terhadap Pelayanan Publik” disebabkan faktor pendukung dan penghambat sebagai berikut :",
      ],
      faktorPendukung: [
        "Memiliki team work yang solid;",
        "Memiliki SDM dengan semangat dan tanggungjawab dalam bekerja;",
        "Adanya inovasi pelayanan “program one man one village”;",
      ],
      judulPenghambatDicetak: "Faktor Penghambat",
      faktorPenghambat: [
        "Pembagian tugas yang kurang jelas;",
        "Sarana dan prasarana yang belum memadai;",
        "Jumlah SDM yang masih kurang;",
        "Petugas layanan belum penuh diberikan pelatihan khusus terkait service excellent serta belum ada penerapan pemberian penghargaan kepada petugas yang berprestasi.",
      ],
      pengantarSolusi:
        "Untuk meningkatkan capaian kinerja sasaran ” Meningkatnya kualitas pelayanan publik di tingkat Kecamatan”, berdasarkan hasil evaluasi dan analisis tersebut diatas, maka di masa yang akan datang direkomendasikan/solusi perbaikan sebagai berikut :",
      solusi: [
        "Membagi tugas sesuai dengan tugas pokok dan fungsi (tupoksi) masing-masing;",
        "Melakukan pembinaan secara intern dan mengikutsertakan pegawai dalam bimbingan teknis (bimtek) yang berkaitan dengan tupoksi masing-masing",
        "Melengkapi sarana dan prasarana yang masih kurang;",
        "Mengajukan permohonan penambahan personil yang berkompeten terkait service excellent untuk Kecamatan Sei Balai Kabupaten Batu Bara;",
      ],
      penutup: [],
      sumber: "SEED 864-885 (butir solusi '5.' kosong, SEED 885)",
    },
    tabel314: {
      faktorPendukung: [
        "Memiliki team work yang solid,",
        "Memiliki SDM dengan semangat dan tanggung jawab dalam bekerja",
      ],
      faktorPenghambat: [
        "Pembagian tugas yang kurang jelas",
        "Sarana dan Prasarana yang belum memadai,",
        "Jumlah SDM yang kurang",
      ],
      solusi: [
        "Pengadaan sarana dan prasarana",
        "Menambahkan jumlah pegawai yang ada di kecamatan guna memberikan pelayanan prima kepada masyarakat",
      ],
      sumber: "Tabel 3.14 (SEED 923)",
    },
  },
  {
    sasaranKode: "S2",
    uraian: {
      pengantar: [
        "Capaian kinerja sasaran Meningkatnya Akuntabilitas Perangkat Daerah Kecamatan Sei Balai didukung oleh Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah dan Kegiatan Administrasi Keuangan Perangkat Daerah;",
        "Output dari kegiatan tersebut antara lain Dokumen RENJA, RENSTRA, RENCANA KERJA TAHUNAN, Rapat Evaluasi Keuangan, KUA, PPAS, RKA, DPA, RKAP, DPPA dimana output tersebut menunjang pencapaian kinerja sasaran. Gambaran tentang program, kegiatan, pagu, realisasi anggaran, output serta dampak terhadap capaian kinerja. Keberhasilan/kegagalan pencapaian kinerja sasaran ” Meningkatnya Akuntabilitas Kinerja Kecamatan” disebabkan faktor pendukung dan penghambat sebagai berikut :",
      ],
      faktorPendukung: [
        "Memiliki team work yang solid sehingga laporan selesai tepat pada waktunya;",
        "Anggaran yang memadai;",
        "SDM yang berkompetensi;",
      ],
      judulPenghambatDicetak: "Faktor Kelemahan",
      faktorPenghambat: [
        "Evaluasi akuntabilitas kinerja internal belum menggunakan teknologi informasi;",
        "Rekomendasi dari hasil evaluasi AKIP internal belum sepenuhnya dilaksanakan;",
        "Evaluasi akuntabilitas kinerja internal belum sepenuhnya dimanfaatkan dalam mendukung efektivitas dan efisiensi kinerja serta peningkatan akuntabilitas kinerja.",
      ],
      pengantarSolusi:
        "Untuk meningkatkan capaian kinerja sasaran ” Meningkatnya kualitas pelayanan publik di tingkat Kecamatan”, berdasarkan hasil evaluasi dan analisis tersebut diatas, maka dimasa yang akan datang direkomendasikan/solusi perbaikan sebagai berikut:",
      solusi: [
        "Evaluasi akuntabilitas kinerja internal dengan menggunakan teknologi informasi;",
        "Rekomendasi dari hasil evaluasi AKIP internal harus sepenuhnya dilaksanakan;",
        // NOTE: SEED 915 prints this third recommendation as an un-numbered paragraph.
        "Evaluasi akuntabilitas kinerja internal sepenuhnya dimanfaatkan dalam mendukung efektivitas dan efisiensi kinerja serta peningkatan akuntabilitas kinerja.",
      ],
      penutup: [
        "Berikut gambaran analisis keberhasilan/kegagalan serta solusi yang telah dilakukan Kecamatan Sei Balai tahun 2023:",
      ],
      sumber: "SEED 891-915",
    },
    tabel314: {
      faktorPendukung: ["Adanya inovasi pelayanan “program one man one village”"],
      faktorPenghambat: [],
      solusi: [],
      sumber: "Tabel 3.14 (SEED 924)",
    },
  },
];
