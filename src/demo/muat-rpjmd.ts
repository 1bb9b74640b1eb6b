/**
 * Demo RPJMD IKU of Kabupaten Batu Bara (RPJMD 2019–2023, issue 15, ADR 0036), loaded through the module's own use
 * case as the system actor. The published RPJMD's IKU table is not among our documents, so: the two linked IKU take
 * their yearly targets from the Kecamatan Sei Balai Renstra targets printed in its LKjIP 2023 (Tabel 3.10 for IKM,
 * Tabel 3.11 for Nilai AKIP) and their realisasi from Sei Balai's own measurement; the two IKU entered at Pemda level
 * carry illustrative demo values and say so in their notes. Only loaded when the RPJMD has no IKU yet.
 */
import type { ServiceContext } from "../services/context";
import { bacaRpjmdIku, type IkuMasukan, simpanRpjmdIku } from "../services/rpjmd/iku-rpjmd";

const PEMDA = "batu-bara";
const TAHUN_AWAL = 2019;
const SEI_BALAI = "kecamatan-sei-balai";
const DEMO = "Nilai demo (ilustrasi) untuk aplikasi SAKIP, bukan angka resmi RPJMD Kabupaten Batu Bara";

const ikuIkm: IkuMasukan = {
  kode: "IKU-1",
  nama: "Indeks Kepuasan Masyarakat terhadap pelayanan publik perangkat daerah",
  satuan: "Nilai",
  polaritas: "positif",
  rumusNegatif: "2t-r",
  sumber: "tautan",
  gabungan: "utama",
  target: { "2019": "75,00", "2020": "75,25", "2021": "78,00", "2022": "80,00", "2023": "85,00" },
  realisasi: {},
  catatan:
    "Target tahunan mengikuti target IKM Renstra Kecamatan Sei Balai (LKjIP 2023 Kecamatan Sei Balai, Tabel 3.10); " +
    "realisasi dari pengukuran Kecamatan Sei Balai. Penautan ke satu kecamatan adalah contoh demo.",
  tautan: [{ opd: SEI_BALAI, indikator: "ikm", utama: true }],
};

const ikuAkip: IkuMasukan = {
  kode: "IKU-2",
  nama: "Nilai Akuntabilitas Kinerja Instansi Pemerintah perangkat daerah",
  satuan: "Nilai",
  polaritas: "positif",
  rumusNegatif: "2t-r",
  sumber: "tautan",
  gabungan: "utama",
  target: {
    "2019": "B (65,00)",
    "2020": "B (67,25)",
    "2021": "BB (70,07)",
    "2022": "BB (73,00)",
    "2023": "BB (75,00)",
  },
  realisasi: {},
  catatan:
    "Target tahunan mengikuti target Nilai AKIP Renstra Kecamatan Sei Balai (LKjIP 2023 Kecamatan Sei Balai, " +
    "Tabel 3.11); realisasi dari hasil evaluasi AKIP Kecamatan Sei Balai. Penautan ke satu kecamatan adalah contoh demo.",
  tautan: [{ opd: SEI_BALAI, indikator: "akip", utama: true }],
};

const ikuLkjip: IkuMasukan = {
  kode: "IKU-3",
  nama: "Persentase perangkat daerah yang menyampaikan LKjIP tepat waktu",
  satuan: "%",
  polaritas: "positif",
  rumusNegatif: "2t-r",
  sumber: "langsung",
  gabungan: "utama",
  target: { "2019": "80,00", "2020": "85,00", "2021": "90,00", "2022": "95,00", "2023": "100,00" },
  realisasi: {
    "2022": { nilai: "89.47", sumber: DEMO },
    "2023": { nilai: "94.74", sumber: DEMO },
  },
  catatan: `${DEMO}: target dan realisasi.`,
  tautan: [],
};

const ikuAduan: IkuMasukan = {
  kode: "IKU-4",
  nama: "Rata-rata waktu penyelesaian pengaduan pelayanan publik",
  satuan: "hari",
  polaritas: "negatif",
  rumusNegatif: "2t-r",
  sumber: "langsung",
  gabungan: "utama",
  target: { "2019": "14", "2020": "12", "2021": "10", "2022": "8", "2023": "7" },
  realisasi: {
    "2022": { nilai: "9", sumber: DEMO },
    "2023": { nilai: "7.5", sumber: DEMO },
  },
  catatan: `${DEMO}: target dan realisasi; indikator negatif (makin kecil makin baik).`,
  tautan: [],
};

export async function muatDemoRpjmdIku(ctx: ServiceContext): Promise<{ iku: number }> {
  const ada = await bacaRpjmdIku(ctx, PEMDA, TAHUN_AWAL);
  if (ada.tujuan.length > 0) return { iku: 0 };
  await simpanRpjmdIku(ctx, PEMDA, TAHUN_AWAL, {
    tujuan: [
      {
        kode: "T1",
        teks: "Meningkatnya kualitas pelayanan publik dan tata kelola pemerintahan",
        misiNomor: 1,
        sasaran: [
          { kode: "S1", teks: "Meningkatnya kepuasan masyarakat atas pelayanan publik", iku: [ikuIkm, ikuAduan] },
          { kode: "S2", teks: "Meningkatnya akuntabilitas kinerja perangkat daerah", iku: [ikuAkip, ikuLkjip] },
        ],
      },
    ],
  });
  return { iku: 4 };
}
