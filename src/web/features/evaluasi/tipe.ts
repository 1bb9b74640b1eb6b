/** Shapes of the LKE API answers (src/api/routes/skema-lke.ts, skema-dokumen-evaluasi.ts) as the page uses them. */
export const KODE_JAWABAN = ["AA", "A", "BB", "B", "CC", "C", "D", "E"] as const;
export type KodeJawaban = (typeof KODE_JAWABAN)[number];
export type Sisi = "mandiri" | "evaluator";

export interface Angka {
  nilai: string;
  tampil: string;
}

export interface NilaiSisi {
  terisi: number;
  jumlahKriteria: number;
  lengkap: boolean;
  total: Angka;
  predikat: { kode: string; label: string; interpretasi: string };
  komponen: {
    kunci: string;
    kode: string;
    nama: string;
    bobot: string;
    nilai: Angka;
    persenBobot: string;
    subKomponen: { kode: string; bobot: string; rataRata: string; rataRataHuruf: string; nilai: Angka }[];
  }[];
}

export interface NilaiLke {
  kerangka: string;
  status: string;
  mandiri: NilaiSisi;
  evaluator: NilaiSisi;
  selisih: { kode: string; mandiri: string; evaluator: string; selisih: number }[];
}

export interface BuktiLke {
  id: string;
  kodeKriteria: string;
  jenis: "berkas" | "tautan";
  judul: string;
  url: string | null;
  halaman: number | null;
  namaBerkas: string | null;
  asalBuktiId: string | null;
}

export interface BuktiSistem {
  kodeKriteria: string;
  jenis: string;
  ada: boolean;
  uraian: string;
  tautan: string | null;
}

export interface JawabanSisi {
  jawaban: KodeJawaban | null;
  nilai: number | null;
  alasan: string | null;
}

export interface BarisKriteria {
  kode: string;
  uraian: string;
  subKomponen: string;
  komponen: string;
  mandiri: JawabanSisi;
  evaluator: JawabanSisi;
  catatan: string | null;
  berbeda: boolean;
  bukti: BuktiLke[];
  buktiSistem: BuktiSistem[];
}

export interface Rekomendasi {
  id: string;
  komponen: string | null;
  kodeKriteria: string | null;
  uraian: string;
  penanggungJawab: string;
  batasWaktu: string | null;
  status: "terbuka" | "proses" | "selesai";
  tindakLanjut: string | null;
  tahunEvaluasi: number;
}

export interface Tindakan {
  aksi: string;
  label: string;
  ke: string;
  perluAlasan: boolean;
}

export interface LembarLke {
  ada: boolean;
  id: string | null;
  tahun: number;
  kerangka: string;
  modeKomponen: boolean;
  status: string;
  labelStatus: string;
  sisiDapatDiubah: Sisi | null;
  tindakan: Tindakan[];
  versi: number;
  keterangan: string | null;
  nilai: NilaiLke;
  catatanKomponen: Record<string, string>;
  kriteria: BarisKriteria[];
  rekomendasi: Rekomendasi[];
  rekomendasiTerbukaTahunLalu: Rekomendasi[];
}

export interface HasilSimulasi {
  dasar: { total: Angka; predikat: { kode: string } };
  simulasi: { total: Angka; predikat: { kode: string } };
  peluang: {
    kode: string;
    uraian: string;
    jawaban: KodeJawaban | null;
    naikSatu: { jawaban: KodeJawaban; kenaikan: string } | null;
    kenaikanMaks: string;
  }[];
}

export interface RekapAkip {
  tahun: number;
  kerangka: string;
  rataRata: string | null;
  sebaran: Record<string, number>;
  opd: {
    no: number;
    nama: string;
    slug: string;
    mode: "kriteria" | "komponen" | null;
    komponen: { kunci: string; nama: string; bobot: string; nilai: string }[];
    total: string | null;
    predikat: string | null;
    peringkat: number | null;
    totalDicetak: string | null;
    predikatDicetak: string | null;
    selisih: string[];
  }[];
}

/** Colour of a predikat badge. */
export function warnaPredikat(kode: string | null | undefined): string {
  switch (kode) {
    case "AA":
    case "A":
      return "teal";
    case "BB":
      return "green";
    case "B":
      return "lime";
    case "CC":
      return "yellow";
    case "C":
      return "orange";
    default:
      return "red";
  }
}
