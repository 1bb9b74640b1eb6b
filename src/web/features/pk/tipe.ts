/** Shapes of the PK API answers (services/pk/baca-pk.ts). */
export interface Simpul<T> {
  baris: T;
  anak: Simpul<T>[];
}

export interface BarisKinerja {
  id: string;
  nomor: string | null;
  sasaran: string;
  indikator: string;
  satuan: string;
  targetTeks: string | null;
  /** The row's version, sent back when its target is edited (If-Match). */
  versi: string;
}

export interface BarisAnggaran {
  id: string;
  nomor: string | null;
  tingkat: string;
  uraian: string;
  anggaran: string;
  keterangan: string;
}

export interface Pihak {
  kode: string;
  namaLengkap: string;
  jabatan: string;
  nip: string | null;
  pangkat: string | null;
}

export interface PkTampil {
  id: string;
  kode: string;
  jenis: "awal" | "perubahan";
  level: "kepala-opd" | "eselon-iii" | "eselon-iv";
  berlaku: boolean;
  tempat: string;
  tanggal: string;
  pihakPertama: Pihak | null;
  pihakKedua: Pihak | null;
  kinerja: Simpul<BarisKinerja>[];
  anggaran: Simpul<BarisAnggaran>[];
  jumlahAnggaran: string;
}

export interface DaftarPk {
  opd: { slug: string; nama: string };
  tahun: number;
  status: string;
  pk: PkTampil[];
}

export type Celah = "tanpa-turunan" | "tanpa-target" | "tanpa-induk";

export interface SimpulKaskade {
  id: string;
  jenis: "kepala-daerah" | "baris";
  label: string;
  pejabat: string | null;
  level: string | null;
  indikator: string | null;
  satuan: string | null;
  target: string | null;
  rincian: Array<{ sasaran: string; indikator: string; satuan: string; target: string | null; celah: Celah[] }>;
  celah: Celah[];
  anak: SimpulKaskade[];
}

export interface Kaskade {
  tahun: number;
  pohon: SimpulKaskade;
  celah: Array<{ id: string; label: string; pejabat: string | null; celah: Celah }>;
}

export type LevelPk = PkTampil["level"];

/** One kinerja row of the PK input form (GET/PUT …/pk-dokumen/{kode}). */
export interface BarisKinerjaDokumen {
  nomor: string | null;
  tingkat: "sasaran-strategis" | "sasaran-program" | "sasaran-kegiatan" | "sasaran-sub-kegiatan";
  sasaran: string;
  indikator: string;
  satuan: string;
  target: string | null;
  indikatorKode?: string | null;
  indukKaskade?: { pkKode: string; barisKode: string } | null;
  sumber?: string | null;
  kodeAsal?: string | null;
  anak?: BarisKinerjaDokumen[];
}

export interface BarisAnggaranDokumen {
  nomor: string | null;
  tingkat: "program" | "kegiatan" | "sub-kegiatan";
  uraian: string;
  kodeDppa?: string | null;
  anggaran: string;
  keterangan: string;
  sumber?: string | null;
  anak?: BarisAnggaranDokumen[];
}

/** A PK in exactly the form the PUT accepts (services/pk/baca-pk-masukan.ts). */
export interface PkDokumen {
  kode: string;
  tahun: number;
  jenis: "awal" | "perubahan";
  level: LevelPk;
  pihakPertamaKode: string;
  pihakKeduaKode: string;
  tempat: string;
  tanggal: string;
  sumber?: string | null;
  kinerja: BarisKinerjaDokumen[];
  anggaran: BarisAnggaranDokumen[];
}

/** Candidate cascade parents (services/pk/kandidat-induk.ts). */
export interface KandidatInduk {
  keterangan: string | null;
  pk: Array<{
    kode: string;
    jenis: "awal" | "perubahan";
    level: LevelPk;
    berlaku: boolean;
    pejabat: string;
    atasanLangsung: boolean;
    baris: Array<{ kode: string; nomor: string | null; sasaran: string; indikator: string; target: string | null }>;
  }>;
}

/** "3135926319.00" → "3.135.926.319" (Rupiah without decimals, as the PK lampiran prints). */
export function rupiah(teks: string): string {
  const [bulat = "0"] = teks.split(".");
  return bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
