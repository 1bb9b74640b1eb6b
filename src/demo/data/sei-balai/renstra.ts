/**
 * Renstra Kecamatan Sei Balai 2019–2023: misi supported, tujuan, sasaran, strategi, the two IKU with their targets
 * per year (Tabel 3.10/3.11) and where each year's realisasi comes from. Definisi operasional and formula are NOT in
 * the seed and are left empty on purpose.
 * NOTE: SEED 314-366 (Tabel 2.1), 732-766 (Tabel 3.10, 3.11), 706-713 (Tabel 3.9).
 */
import type { NilaiTertulis, Renstra } from "../types";

function t(teks: string, nilai: string, sumber: string, hurufDicetak?: string): NilaiTertulis {
  return hurufDicetak ? { teks, nilai, hurufDicetak, sumber } : { teks, nilai, sumber };
}

const T310 = "Tabel 3.10 (SEED 738)";
const T311 = "Tabel 3.11 (SEED 764)";

export const renstra: Renstra = {
  tahunAwal: 2019,
  tahunAkhir: 2023,
  namaDokumen: [
    { teks: "Renstra Kecamatan Sei Balai Kabupaten Batu Bara tahun 2019-2023", sumber: "SEED 316" },
    { teks: "Renstra (Rencana Strategis) Kecamatan Sei Balai Kabupaten Batu Bara Tahun 2019-2023", sumber: "SEED 376" },
    { teks: "Rencana Strategis (Renstra) Perubahan Kecamatan Sei Balai tahun 2019-2023", sumber: "SEED 1035" },
  ],
  misiRpjmdNomor: [1],
  tujuan: [
    {
      kode: "T1",
      teks: "Meningkatkan Kualitas Pelayanan Publik dan Tata Kelola Pemerintahan Kecamatan",
      sumber: "Tabel 2.1 (SEED 361)",
    },
  ],
  sasaran: [
    {
      kode: "S1",
      tujuanKode: "T1",
      teks: "Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik",
      varianTeks: [
        { teks: "Meningkatnya Kepuasan Masyarakat terhadap pelayanan publik Kecamatan", sumber: "SEED 390" },
        { teks: "Meningkatnya Kepuasan Masyarakat terhadap Pelayanan Publik", sumber: "SEED 864, 923" },
        { teks: "Meningkatnya kualitas pelayanan publik di tingkat Kecamatan", sumber: "SEED 879" },
      ],
      sumber: "Tabel 2.1 (SEED 361); PK (SEED 1092)",
    },
    {
      kode: "S2",
      tujuanKode: "T1",
      teks: "Meningkatkan Akuntabilitas Keuangan dan Kinerja Perangkat Daerah",
      varianTeks: [
        { teks: "Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah", sumber: "SEED 672, 1093, 1174" },
        { teks: "Meningkatnya Akuntabilitas Kinerja Dan Keuangan Kecamatan", sumber: "SEED 391, 754" },
        { teks: "Meningkatnya Akuntabilitas Perangkat Daerah Kecamatan Sei Balai", sumber: "SEED 891" },
        { teks: "Meningkatnya Akuntabilitas Kinerja Kecamatan", sumber: "SEED 893" },
        { teks: "Meningkatkan Akuntabilitas Perangkat Daerah Perangkat Daerah", sumber: "SEED 924" },
      ],
      sumber: "Tabel 2.1 (SEED 366)",
    },
  ],
  strategi: [
    { kode: "S1-1", sasaranKode: "S1", teks: "Meningkatkan kapasitas pelayanan aparatur", sumber: "SEED 361" },
    { kode: "S1-2", sasaranKode: "S1", teks: "Meningkatkan cakupan dan jangkauan pelayanan kecamatan", sumber: "SEED 362" },
    { kode: "S1-3", sasaranKode: "S1", teks: "Meningkatkan pemberdayaan masyarakat desa", sumber: "SEED 363" },
    {
      kode: "S1-4",
      sasaranKode: "S1",
      teks: "Meningkatkan kesadaran, pendidikan, keagamaan dan partisipasi masyarakat",
      sumber: "SEED 364",
    },
    {
      kode: "S1-5",
      sasaranKode: "S1",
      teks: "Meningkatkan kerjasama dengan Forkopimca dalam rangka menjaga keamanan, ketertiban serta pencegahan tindak kriminal",
      sumber: "SEED 365",
    },
    {
      kode: "S2-1",
      sasaranKode: "S2",
      teks: "Meningkatkan transparansi dan akuntabilitas pengelolaan kinerja dan keuangan kecamatan",
      sumber: "SEED 366",
    },
  ],
  kebijakan: [],
  catatanKebijakan:
    "Judul Tabel 2.1 menyebut 'Tujuan, Sasaran, Strategi dan Kebijakan' (SEED 42, 356) tetapi tabelnya hanya memuat kolom Tujuan, Sasaran, Strategi (SEED 360): kebijakan tidak diberikan.",
  indikator: [
    {
      kode: "ikm",
      sasaranKode: "S1",
      nama: "Indeks Kepuasan Masyarakat (IKM)",
      varianNama: [
        { teks: "Nilai Indeks Kepuasan Masyarakat (IKM)", sumber: "SEED 390, 972" },
        { teks: "Indeks Kepuasan Masyarakat", sumber: "SEED 803, 1466" },
      ],
      satuan: "Nilai",
      polaritas: "positif",
      sumberRealisasi: "skm",
      definisiOperasional: "",
      formula: "",
      sumberDataDicetak: [
        { teks: "Aplikasi SI SUKMA Kec. Sei Balai dan Inspektorat Kabupaten Batu Bara Tahun 2023", sumber: "SEED 487" },
      ],
      target: {
        2019: t("75,00", "75.00", T310),
        2020: t("75,25", "75.25", T310),
        2021: t("78,00", "78.00", T310),
        2022: t("80,00", "80.00", `${T310}; Tabel 3.9 (SEED 712)`),
        2023: t("85,00", "85.00", `${T310}; PK Perubahan (SEED 1092)`),
      },
      targetAkhirPeriode: t("85,00", "85.00", "Tabel 3.9 kolom (3) (SEED 712)"),
      realisasi: [
        { tahun: 2019, jenis: "nilai-terbit", nilai: "75.20", sumber: `${T310}; Tabel 3.9 (SEED 712)` },
        { tahun: 2020, jenis: "nilai-terbit", nilai: "77.50", sumber: `${T310}; Tabel 3.9 (SEED 712)` },
        { tahun: 2021, jenis: "nilai-terbit", nilai: "77.98", sumber: `${T310}; Tabel 3.9 (SEED 712)` },
        { tahun: 2022, jenis: "nilai-terbit", nilai: "90.10", sumber: `${T310}; Tabel 3.9 (SEED 712); Tabel 3.13 (SEED 803)` },
        {
          tahun: 2023,
          jenis: "survei-skm",
          surveiKode: "skm-sei-balai-2023",
          dicetak: { nilai: "80.50", teks: "80,50", sumber: "Tabel 3.2 (SEED 484); Tabel 3.10 (SEED 738); SEED 1822" },
        },
      ],
    },
    {
      kode: "akip",
      sasaranKode: "S2",
      nama: "Nilai AKIP",
      varianNama: [{ teks: "Nilai Evaluasi AKIP Kecamatan", sumber: "SEED 391, 756" }],
      satuan: "Nilai",
      polaritas: "positif",
      sumberRealisasi: "lke-akip",
      definisiOperasional: "",
      formula: "",
      sumberDataDicetak: [
        { teks: "Laporan Hasil Evaluasi (LHE) AKIP Tahun 2023 oleh Inspektorat", sumber: "SEED 674, 698, 766" },
      ],
      target: {
        2019: t("B (65,00)", "65.00", T311, "B"),
        2020: t("B (67,25)", "67.25", T311, "B"),
        2021: t("BB (70,07)", "70.07", T311, "BB"),
        2022: t("BB (73,00)", "73.00", `${T311}; Tabel 3.9 (SEED 713)`, "BB"),
        2023: t("BB (75,00)", "75.00", `${T311}; PK Perubahan (SEED 1093)`, "BB"),
      },
      targetAkhirPeriode: t("BB (75,00)", "75.00", "Tabel 3.9 kolom (3) (SEED 713)", "BB"),
      realisasi: [
        { tahun: 2019, jenis: "evaluasi-akip", evaluasiTahun: 2019, dicetak: { nilai: "65.00", teks: "B (65,00)", sumber: T311 } },
        { tahun: 2020, jenis: "evaluasi-akip", evaluasiTahun: 2020, dicetak: { nilai: "67.25", teks: "B (67,25)", sumber: T311 } },
        { tahun: 2021, jenis: "evaluasi-akip", evaluasiTahun: 2021, dicetak: { nilai: "70.07", teks: "BB (70,07)", sumber: T311 } },
        { tahun: 2022, jenis: "evaluasi-akip", evaluasiTahun: 2022, dicetak: { nilai: "72.16", teks: "BB (72,16)", sumber: T311 } },
        { tahun: 2023, jenis: "evaluasi-akip", evaluasiTahun: 2023, dicetak: { nilai: "70.15", teks: "BB (70,15)", sumber: T311 } },
      ],
    },
  ],
};
