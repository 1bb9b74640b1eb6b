/**
 * The standard SKM questionnaire (contoh kuesioner in the Lampiran of Permenpan RB 14/2017), keyed by unsur code.
 * Answers a/b/c/d score nilai persepsi 1/2/3/4.
 * NOTE: regulations.md §1.3 ("Bagamana" in Q7 is the original typo; for Q4 a free service scores 4 "Gratis").
 */
import type { KodeUnsur } from "./unsur";

export interface PertanyaanKuesioner {
  nomor: number;
  unsur: KodeUnsur;
  pertanyaan: string;
  /** Options for nilai 1, 2, 3, 4 (answers a, b, c, d). */
  pilihan: readonly [string, string, string, string];
}

export const KUESIONER_14_2017: readonly PertanyaanKuesioner[] = [
  {
    nomor: 1,
    unsur: "u1",
    pertanyaan: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    pilihan: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    nomor: 2,
    unsur: "u2",
    pertanyaan: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    pilihan: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
  },
  {
    nomor: 3,
    unsur: "u3",
    pertanyaan: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    pilihan: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
  },
  {
    nomor: 4,
    unsur: "u4",
    pertanyaan: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    pilihan: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
  },
  {
    nomor: 5,
    unsur: "u5",
    pertanyaan:
      "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    pilihan: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    nomor: 6,
    unsur: "u6",
    pertanyaan: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    pilihan: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
  },
  {
    nomor: 7,
    unsur: "u7",
    pertanyaan: "Bagamana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    pilihan: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
  },
  {
    nomor: 8,
    unsur: "u8",
    pertanyaan: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    pilihan: ["Buruk", "Cukup", "Baik", "Sangat Baik"],
  },
  {
    nomor: 9,
    unsur: "u9",
    pertanyaan: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
    pilihan: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
  },
];
