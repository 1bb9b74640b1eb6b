/** Shapes of the organisation API (src/api/routes/organisasi.ts) as the admin pages use them. */
export interface KepalaDaerah {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatan: string;
}

export interface ProfilPemda {
  slug: string;
  nama: string;
  jenis: "kabupaten" | "kota";
  provinsi: string;
  ibuKota: string | null;
  alamat: string | null;
  logo: { mime: string; ukuran: number; lebar: number | null; tinggi: number | null } | null;
  kepalaDaerah: KepalaDaerah | null;
}

export const JENIS_OPD = [
  "sekretariat",
  "inspektorat",
  "dinas",
  "badan",
  "satpol",
  "kecamatan",
  "kelurahan",
  "lainnya",
] as const;
export type JenisOpd = (typeof JENIS_OPD)[number];

export interface OpdRinci {
  id: string;
  slug: string;
  nama: string;
  jenis: JenisOpd;
  kode: string | null;
  urutan: number | null;
  alamat: string | null;
  /** The version read (ADR 0016), sent back as If-Match when the row is saved. */
  versi?: string;
}

/** Batas logo, sama dengan layanan (services/organisasi/logo-pemda.ts). */
export const BATAS_LOGO_BYTE = 1024 * 1024;
