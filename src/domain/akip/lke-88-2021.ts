/**
 * LKE of Permenpan RB 88/2021 as versioned data (rule area "lke"): 4 komponen (30/30/15/25), 12 sub-komponen at
 * 20/30/50 % of the komponen (keberadaan/kualitas/pemanfaatan) with verbatim names, 80 kriteria.
 * NOTE: regulations.md §2.1 (weights, names), §2.2 (kriteria, in lke-88-2021-kriteria.ts); SEED 1898 (Batu Bara
 * header "BOBOT : 30/30/15/25").
 */
import type { RuleVersion } from "../shared/rule-version";
import type { DimensiLke } from "./jawaban";
import type { KerangkaLke, SubKomponenLke } from "./kerangka-tipe";
import { KRITERIA_LKE_88_2021, type KodeSubKomponen88 } from "./lke-88-2021-kriteria";

const PERSEN: Record<DimensiLke, number> = { keberadaan: 20, kualitas: 30, pemanfaatan: 50 };

function sub(kode: KodeSubKomponen88, dimensi: DimensiLke, bobot: string, nama: string): SubKomponenLke {
  return {
    kode,
    nama,
    dimensi,
    bobot,
    persenKomponen: PERSEN[dimensi],
    kriteria: KRITERIA_LKE_88_2021[kode].map((uraian, i) => ({ kode: `${kode}.${i + 1}`, uraian })),
  };
}

export const KERANGKA_LKE_88_2021: RuleVersion<KerangkaLke> = {
  id: "lke-88-2021",
  area: "lke",
  label: "LKE Evaluasi AKIP Permenpan RB 88/2021",
  source: {
    regulasi: "Permenpan RB Nomor 88 Tahun 2021",
    pasal: "Lampiran, Lembar Kerja Evaluasi",
    catatan:
      "Bobot dan 80 kriteria dari dua transkripsi yang sepakat; 1.a memuat 6 kriteria (satu transkripsi menaruh 1.b.10 sebagai 1.a.7).",
  },
  berlakuMulai: 2022,
  value: {
    kerangka: "88/2021",
    predikatId: "predikat-akip-88-2021",
    adaKriteria: true,
    komponen: [
      {
        kode: "1",
        kunci: "perencanaan",
        nama: "Perencanaan Kinerja",
        bobot: "30",
        subKomponen: [
          sub("1.a", "keberadaan", "6", "Dokumen Perencanaan kinerja telah tersedia"),
          sub(
            "1.b",
            "kualitas",
            "9",
            "Dokumen Perencanaan kinerja telah memenuhi standar yang baik, yaitu untuk mencapai hasil, dengan ukuran kinerja yang SMART, menggunakan penyelarasan (cascading) disetiap level secara logis, serta memperhatikan kinerja bidang lain (crosscutting)",
          ),
          sub(
            "1.c",
            "pemanfaatan",
            "15",
            "Perencanaan Kinerja telah dimanfaatkan untuk mewujudkan hasil yang berkesinambungan",
          ),
        ],
      },
      {
        kode: "2",
        kunci: "pengukuran",
        nama: "Pengukuran Kinerja",
        bobot: "30",
        subKomponen: [
          sub("2.a", "keberadaan", "6", "Pengukuran Kinerja telah dilakukan"),
          sub(
            "2.b",
            "kualitas",
            "9",
            "Pengukuran Kinerja telah menjadi kebutuhan dalam mewujudkan Kinerja secara Efektif dan Efisien dan telah dilakukan secara berjenjang dan berkelanjutan",
          ),
          sub(
            "2.c",
            "pemanfaatan",
            "15",
            "Pengukuran Kinerja telah dijadikan dasar dalam pemberian Reward dan Punishment, serta penyesuaian strategi dalam mencapai kinerja yang efektif dan efisien",
          ),
        ],
      },
      {
        kode: "3",
        kunci: "pelaporan",
        nama: "Pelaporan Kinerja",
        bobot: "15",
        subKomponen: [
          sub("3.a", "keberadaan", "3", "Terdapat Dokumen Laporan yang menggambarkan Kinerja"),
          sub(
            "3.b",
            "kualitas",
            "4.5",
            "Dokumen Laporan Kinerja telah memenuhi Standar menggambarkan Kualitas atas Pencapaian Kinerja, informasi keberhasilan/kegagalan kinerja serta upaya perbaikan/penyempurnaannya",
          ),
          sub(
            "3.c",
            "pemanfaatan",
            "7.5",
            "Pelaporan Kinerja telah memberikan dampak yang besar dalam penyesuaian strategi/kebijakan dalam mencapai kinerja berikutnya",
          ),
        ],
      },
      {
        kode: "4",
        kunci: "evaluasi",
        nama: "Evaluasi Akuntabilitas Kinerja Internal",
        bobot: "25",
        subKomponen: [
          sub("4.a", "keberadaan", "5", "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan"),
          sub(
            "4.b",
            "kualitas",
            "7.5",
            "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berkualitas dengan Sumber Daya yang memadai",
          ),
          sub(
            "4.c",
            "pemanfaatan",
            "12.5",
            "Implementasi SAKIP telah meningkat karena evaluasi Akuntabilitas Kinerja Internal sehingga memberikan kesan yang nyata (dampak) dalam efektifitas dan efisiensi Kinerja",
          ),
        ],
      },
    ],
  },
};
