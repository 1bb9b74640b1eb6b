/**
 * DTOs of the SKM API as the Petugas SKM pages read them, and every path in one place (the back end is built on
 * branch m2-skm-data; its contracts are src/api/routes/skema-skm.ts).
 */
export interface LayananSkm {
  kode: string;
  nama: string;
  namaEn: string | null;
  aktif: boolean;
  urutan: number;
  tautan: string;
}

export interface PeriodeSkm {
  kode: string;
  jenis: "triwulan" | "semester" | "tahun";
  mulai: string;
  selesai: string;
  status: "terbuka" | "ditutup";
  ditutupPada: string | null;
  hasilSurveiKode: string | null;
}

export interface AngkaSkm {
  nilai: string;
  tampil: string;
}

export interface UnsurHasil {
  kode: string;
  nama: string;
  jumlah: number;
  nrr: AngkaSkm & { rinci: string };
  nrrTertimbang: string;
  nilaiKonversi: AngkaSkm;
  mutu: { mutu: string; kinerja: string };
}

export interface RingkasIkm {
  responden: number;
  ikm: AngkaSkm & { rinci: string };
  mutu: { mutu: string; kinerja: string };
  unsurTerlemah: { kode: string; nama: string };
  unsur: UnsurHasil[];
}

export interface SampelSkm {
  minimum: number;
  responden: number;
  kekurangan: number;
  memenuhi: boolean;
}

export interface SaranSkm {
  id: string;
  saluran: string;
  layanan: string;
  teks: string;
  status: "menunggu" | "tampil" | "disembunyikan";
  waktu: string;
}

export interface RtlSkm {
  id: string;
  periode: string;
  unsur: string;
  namaUnsur: string;
  item: string;
  penanggungJawab: string;
  tenggat: string | null;
  status: "rencana" | "berjalan" | "selesai";
  bukti: string | null;
}

export const skmApi = (api: string) => ({
  daftar: `${api}/skm/layanan`,
  layanan: (kode: string) => `${api}/skm/layanan/${kode}`,
  periode: (kode: string) => `${api}/skm/periode/${kode}`,
  tutup: (kode: string) => `${api}/skm/periode/${kode}/tutup`,
  buka: (kode: string) => `${api}/skm/periode/${kode}/buka`,
  populasi: (periode: string, layanan: string) => `${api}/skm/periode/${periode}/populasi/${layanan}`,
  hasil: (periode: string) => `${api}/skm/periode/${periode}/hasil`,
  kertas: (periode: string, layanan: string) => `${api}/skm/periode/${periode}/layanan/${layanan}/kertas`,
  impor: (periode: string, layanan: string, langkah: "pratinjau" | "konfirmasi") =>
    `${api}/skm/periode/${periode}/layanan/${layanan}/impor/${langkah}`,
  saran: (periode: string) => `${api}/skm/periode/${periode}/saran`,
  moderasi: (id: string) => `${api}/skm/saran/${id}`,
  rtl: `${api}/skm/rtl`,
  rtlPeriode: (periode: string) => `${api}/skm/rtl?periode=${encodeURIComponent(periode)}`,
  rtlSatu: (id: string) => `${api}/skm/rtl/${id}`,
  laporan: (periode: string, format: "docx" | "pdf") => `${api}/skm/periode/${periode}/laporan?format=${format}`,
  publikasi: (periode: string, format: "pdf" | "png") => `${api}/skm/periode/${periode}/publikasi?format=${format}`,
  responden: (periode: string, q: string) => `${api}/skm/periode/${periode}/responden${q ? `?${q}` : ""}`,
  respondenSatu: (id: string) => `${api}/skm/responden/${id}`,
  batalResponden: (id: string) => `${api}/skm/responden/${id}/batal`,
});

/** One stored answer as the answers tab lists it (GET …/skm/periode/{periode}/responden). */
export interface RespondenSkm {
  id: string;
  layanan: string;
  periode: string;
  waktu: string;
  saluran: "online" | "qr" | "kiosk" | "kertas" | "impor";
  jawaban: Record<string, number>;
  responden: { umur: number | null; jenisKelamin: string | null; pendidikan: string | null; pekerjaan: string | null };
  saran: string | null;
  dikoreksiPada: string | null;
  dibatalkanPada: string | null;
  alasanBatal: string | null;
}

export interface HalamanRespondenSkm {
  periode: string;
  total: number;
  halaman: number;
  ukuran: number;
  baris: RespondenSkm[];
}
