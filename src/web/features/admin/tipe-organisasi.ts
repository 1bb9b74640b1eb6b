/** Shapes of the organisation API (src/api/routes/organisasi.ts) as the admin pages use them. */
import type { Skema } from "../../api/tipe";
export type ProfilPemda = Skema<"ProfilPemda">;
export type KepalaDaerah = NonNullable<ProfilPemda["kepalaDaerah"]>;

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
