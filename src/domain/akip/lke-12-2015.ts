/**
 * The older evaluasi AKIP framework of Permenpan RB 12/2015 (used up to about 2021; the SEED shows it for
 * 2019–2021): 5 komponen incl. Pencapaian Sasaran/Kinerja. Only komponen-level scoring is supported (the kriteria
 * texts are not in the reference).
 * NOTE: regulations.md §2.6 [S+]: sub-weights as implemented by two LKE apps; the Pelaporan (3/7,5/4,5 vs 3/8/4)
 * and Pencapaian (7,5/12,5 vs 5/10/5) splits are UNCERTAIN; regulations.md §6 item 2. SEED 778-790 (Tabel 3.12).
 */
import type { RuleVersion } from "../shared/rule-version";
import type { KerangkaLke, SubKomponenLke } from "./kerangka-tipe";

const RAGU_PELAPORAN = "Belum pasti: sumber lain menyebut pembagian Pelaporan 3/8/4 (regulations.md §6 butir 2).";
const RAGU_PENCAPAIAN =
  "Belum pasti: sumber lain menyebut pembagian Pencapaian 5/10/5 dengan butir benchmark (regulations.md §6 butir 2).";

function sub(kode: string, nama: string, bobot: string, catatan?: string): SubKomponenLke {
  return catatan ? { kode, nama, bobot, kriteria: [], catatan } : { kode, nama, bobot, kriteria: [] };
}

export const KERANGKA_LKE_12_2015: RuleVersion<KerangkaLke> = {
  id: "lke-12-2015",
  area: "lke",
  label: "LKE Evaluasi AKIP Permenpan RB 12/2015",
  source: {
    regulasi: "Permenpan RB Nomor 12 Tahun 2015",
    pasal: "Lampiran, Lembar Kerja Evaluasi",
    catatan:
      "Bobot komponen 30/25/15/10/20 pasti (jumlah 100; SEED Tabel 3.12). Pembagian sub-komponen dari dua aplikasi LKE [S+]; pembagian Pelaporan (3/7,5/4,5 atau 3/8/4) dan Pencapaian (7,5/12,5 atau 5/10/5) BELUM PASTI — cocokkan dengan JDIH.",
  },
  berlakuSampai: 2021,
  value: {
    kerangka: "12/2015",
    predikatId: "predikat-akip-12-2015",
    adaKriteria: false,
    komponen: [
      {
        kode: "A",
        kunci: "perencanaan",
        nama: "Perencanaan Kinerja",
        bobot: "30",
        subKomponen: [
          sub("A.I.a", "Perencanaan Strategis: Pemenuhan Renstra", "2"),
          sub("A.I.b", "Perencanaan Strategis: Kualitas Renstra", "5"),
          sub("A.I.c", "Perencanaan Strategis: Implementasi Renstra", "3"),
          sub("A.II.a", "Perencanaan Kinerja Tahunan: Pemenuhan", "4"),
          sub("A.II.b", "Perencanaan Kinerja Tahunan: Kualitas", "10"),
          sub("A.II.c", "Perencanaan Kinerja Tahunan: Implementasi", "6"),
        ],
      },
      {
        kode: "B",
        kunci: "pengukuran",
        nama: "Pengukuran Kinerja",
        bobot: "25",
        subKomponen: [
          sub("B.I", "Pemenuhan Pengukuran", "5"),
          sub("B.II", "Kualitas Pengukuran", "12.5"),
          sub("B.III", "Implementasi Pengukuran", "7.5"),
        ],
      },
      {
        kode: "C",
        kunci: "pelaporan",
        nama: "Pelaporan Kinerja",
        bobot: "15",
        subKomponen: [
          sub("C.I", "Pemenuhan Pelaporan", "3", RAGU_PELAPORAN),
          sub("C.II", "Penyajian Informasi Kinerja", "7.5", RAGU_PELAPORAN),
          sub("C.III", "Pemanfaatan Informasi Kinerja", "4.5", RAGU_PELAPORAN),
        ],
      },
      {
        kode: "D",
        kunci: "evaluasi",
        nama: "Evaluasi Internal",
        bobot: "10",
        subKomponen: [
          sub("D.I", "Pemenuhan Evaluasi", "2"),
          sub("D.II", "Kualitas Evaluasi", "5"),
          sub("D.III", "Pemanfaatan Evaluasi", "3"),
        ],
      },
      {
        kode: "E",
        kunci: "pencapaian",
        nama: "Pencapaian Sasaran/Kinerja Organisasi",
        bobot: "20",
        subKomponen: [
          sub("E.I", "Kinerja yang Dilaporkan (Output)", "7.5", RAGU_PENCAPAIAN),
          sub("E.II", "Kinerja yang Dilaporkan (Outcome)", "12.5", RAGU_PENCAPAIAN),
        ],
      },
    ],
  },
};
