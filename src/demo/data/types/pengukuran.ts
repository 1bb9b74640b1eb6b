/** Pengukuran extras, analysis texts, SKM, peer, free texts, budget figures printed in Bab II. */
import type { Cetakan, Dicetak, NilaiTertulis, Sumber, Tanggal } from "./dasar";

// ---------------------------------------------------------------------------------------------------------------
// Pengukuran extras and analysis
// ---------------------------------------------------------------------------------------------------------------

export interface IndikatorProgramKegiatan {
  sasaranKode: string;
  tingkat: "program" | "kegiatan";
  nomorDicetak: string | null;
  programKegiatan: string;
  kodeDppa: string;
  indikator: string;
  menunjang: boolean;
  dicetak: { capaian: Dicetak; menunjang: Cetakan };
  sumber: Sumber;
}

export interface AnalisisSasaran {
  sasaranKode: string;
  /** Bab III.5 narrative. */
  uraian: {
    pengantar: string[];
    faktorPendukung: string[];
    faktorPenghambat: string[];
    /** Heading printed above the penghambat list ("Faktor Penghambat" / "Faktor Kelemahan"). */
    judulPenghambatDicetak: string;
    /** Sentence printed above the solusi list (it names the sasaran, sometimes wrongly). */
    pengantarSolusi: string;
    solusi: string[];
    penutup: string[];
    sumber: Sumber;
  };
  /** Tabel 3.14 row (a shorter, partly different version). */
  tabel314: { faktorPendukung: string[]; faktorPenghambat: string[]; solusi: string[]; sumber: Sumber };
}

// ---------------------------------------------------------------------------------------------------------------
// SKM 2023
// ---------------------------------------------------------------------------------------------------------------

/** Mirrors src/domain/ikm/unsur.ts: u1..u9 follow the questionnaire (u8 = Sarana, u9 = Pengaduan). */
export type KodeUnsurDemo = "u1" | "u2" | "u3" | "u4" | "u5" | "u6" | "u7" | "u8" | "u9";

export interface UnsurSurvei {
  kode: KodeUnsurDemo;
  /** Position in the seed's tables and in the questionnaire. */
  nomorKuesioner: number;
  labelLampiran: string;
  labelTabel33: string;
  /** Σ nilai of the 96 answers (1..4 each) for this unsur. */
  jumlahNilai: number;
  sumberJumlah: Sumber;
  dicetak: { nrr: Dicetak; nrrTertimbang: Dicetak; nrrTabel33: Dicetak };
  /** Operator's explanation of this unsur's score, when the seed gives one. */
  analisis?: { teks: string; sumber: Sumber };
}

export interface SurveiSkm {
  kode: string;
  opdSlug: string;
  judulDicetak: string;
  periodeMulai: Tanggal;
  periodeSelesai: Tanggal;
  periodeDicetak: Cetakan;
  jumlahResponden: number;
  metode: { teks: string; sumber: Sumber };
  aplikasi: Cetakan;
  unsur: UnsurSurvei[];
  dicetak: Record<string, Dicetak>;
  catatan: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Peer
// ---------------------------------------------------------------------------------------------------------------

export interface NilaiPeer {
  indikator: "ikm" | "akip";
  tahun: number;
  target: NilaiTertulis;
  realisasi: NilaiTertulis;
  /** Printed values that disagree with the chosen one (narrative or another table). */
  dicetakLain: Dicetak[];
}

export interface PeerKinerja {
  opdSlug: string;
  namaDicetak: string;
  sumberData: string;
  nilai: NilaiPeer[];
  sumber: Sumber;
}

// ---------------------------------------------------------------------------------------------------------------
// Free texts
// ---------------------------------------------------------------------------------------------------------------

export interface TeksBebas {
  kode: string;
  judul: string;
  paragraf: string[];
  /** Lists written as items ("a. ...", "1) ..."), kept with their printed label. */
  butir?: { label: string; teks: string }[];
  sumber: Sumber;
}

export interface Penandatanganan {
  tempat: string;
  tanggal: Tanggal;
  tanggalDicetak: string;
  pejabatKode: string;
  sumber: Sumber;
}

// ---------------------------------------------------------------------------------------------------------------
// Budget figures printed in Bab II (the appendix itself is a fixture elsewhere)
// ---------------------------------------------------------------------------------------------------------------

export interface BarisAnggaranDicetak {
  nomorDicetak: string | null;
  uraian: string;
  anggaran: Dicetak;
  keterangan?: string;
}

export interface AnggaranDicetak {
  catatanSumber: string;
  tabel23: { judul: string; kolomDicetak: string; baris: BarisAnggaranDicetak[]; sumberData: Cetakan };
  tabel24: { judul: string; baris: BarisAnggaranDicetak[]; sumberData: Cetakan };
  paguNarasi: Dicetak;
}

