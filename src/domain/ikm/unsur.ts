/**
 * The 9 unsur pelayanan of the Survei Kepuasan Masyarakat (Permenpan RB 14/2017, Lampiran).
 *
 * Answers are ALWAYS keyed by unsur code (u1..u9), never by position: the Lampiran's definition list puts
 * Penanganan Pengaduan 8th and Sarana 9th, while the standard questionnaire, the SEED and most apps ask Sarana as
 * Q8 and Pengaduan as Q9. The codes follow the questionnaire (u8 = Sarana, u9 = Pengaduan).
 * NOTE: regulations.md §1.2 (names, definitions, ordering), §1.3 (questionnaire order); SEED 568-576, 1829-1837.
 */
export const KODE_UNSUR = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
export type KodeUnsur = (typeof KODE_UNSUR)[number];

export interface Unsur {
  kode: KodeUnsur;
  /** Name as in the Lampiran's definition list. */
  nama: string;
  /** Label used by the SEED's SKM table (SEED 1829-1837). */
  namaSeed: string;
  /** Verbatim definition from the Lampiran. */
  definisi: string;
  /** Position in the Lampiran's definition list (1..9); differs from the questionnaire for u8/u9. */
  nomorDefinisi: number;
  /** Question number in the standard questionnaire (1..9). */
  nomorKuesioner: number;
}

export const UNSUR: Readonly<Record<KodeUnsur, Unsur>> = {
  u1: {
    kode: "u1",
    nama: "Persyaratan",
    namaSeed: "Persyaratan Pelayanan",
    definisi:
      "syarat yang harus dipenuhi dalam pengurusan suatu jenis pelayanan, baik persyaratan teknis maupun administratif.",
    nomorDefinisi: 1,
    nomorKuesioner: 1,
  },
  u2: {
    kode: "u2",
    nama: "Sistem, Mekanisme, dan Prosedur",
    namaSeed: "Prosedur Pelayanan",
    definisi: "tata cara pelayanan yang dibakukan bagi pemberi dan penerima pelayanan, termasuk pengaduan.",
    nomorDefinisi: 2,
    nomorKuesioner: 2,
  },
  u3: {
    kode: "u3",
    nama: "Waktu Penyelesaian",
    namaSeed: "Waktu Pelayanan",
    definisi: "jangka waktu yang diperlukan untuk menyelesaikan seluruh proses pelayanan dari setiap jenis pelayanan.",
    nomorDefinisi: 3,
    nomorKuesioner: 3,
  },
  u4: {
    kode: "u4",
    nama: "Biaya/Tarif",
    namaSeed: "Biaya / Tarif Pelayanan",
    definisi:
      "ongkos yang dikenakan kepada penerima layanan dalam mengurus dan/atau memperoleh pelayanan dari penyelenggara yang besarnya ditetapkan berdasarkan kesepakatan antara penyelenggara dan masyarakat.",
    nomorDefinisi: 4,
    nomorKuesioner: 4,
  },
  u5: {
    kode: "u5",
    nama: "Produk Spesifikasi Jenis Pelayanan",
    namaSeed: "Produk Jenis Pelayanan",
    definisi:
      "hasil pelayanan yang diberikan dan diterima sesuai dengan ketentuan yang telah ditetapkan. Produk pelayanan ini merupakan hasil dari setiap spesifikasi jenis pelayanan.",
    nomorDefinisi: 5,
    nomorKuesioner: 5,
  },
  u6: {
    kode: "u6",
    nama: "Kompetensi Pelaksana",
    namaSeed: "Kompetensi Pelaksana",
    definisi:
      "kemampuan yang harus dimiliki oleh pelaksana meliputi pengetahuan, keahlian, keterampilan, dan pengalaman.",
    nomorDefinisi: 6,
    nomorKuesioner: 6,
  },
  u7: {
    kode: "u7",
    nama: "Perilaku Pelaksana",
    namaSeed: "Perilaku Pelaksana Pelayanan",
    definisi: "sikap petugas dalam memberikan pelayanan.",
    nomorDefinisi: 7,
    nomorKuesioner: 7,
  },
  u8: {
    kode: "u8",
    nama: "Sarana dan prasarana",
    namaSeed: "Sarana dan Prasarana",
    definisi:
      "Sarana adalah segala sesuatu yang dapat dipakai sebagai alat dalam mencapai maksud dan tujuan. Prasarana adalah segala sesuatu yang merupakan penunjang utama terselenggaranya suatu proses (usaha, pembangunan, proyek). Sarana digunakan untuk benda yang bergerak (komputer, mesin) dan prasarana untuk benda yang tidak bergerak (gedung).",
    nomorDefinisi: 9,
    nomorKuesioner: 8,
  },
  u9: {
    kode: "u9",
    nama: "Penanganan Pengaduan, Saran dan Masukan",
    namaSeed: "Penanganan Pengaduan dan Saran",
    definisi: "tata cara pelaksanaan penanganan pengaduan dan tindak lanjut.",
    nomorDefinisi: 8,
    nomorKuesioner: 9,
  },
};

/** True when `kode` is one of u1..u9 (exact, lower case). */
export function isKodeUnsur(kode: string): kode is KodeUnsur {
  return (KODE_UNSUR as readonly string[]).includes(kode);
}

/** "u2 (Sistem, Mekanisme, dan Prosedur)": how error messages name an unsur. */
export function labelUnsur(kode: KodeUnsur): string {
  return `${kode} (${UNSUR[kode].nama})`;
}
