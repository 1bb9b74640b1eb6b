/** Client-side checks of an OPD row (the server repeats them); messages at the field, as galat-form.ts maps them. */
import { parseKodeUnit } from "../../../domain/anggaran/kode-unit";
import type { JenisOpd } from "./tipe-organisasi";

export interface NilaiOpd {
  slug: string;
  nama: string;
  jenis: JenisOpd;
  kode: string;
  alamat: string;
  urutan: string;
}

export const KUNCI_OPD = ["slug", "nama", "jenis", "kode", "alamat", "urutan"] as const;

export interface PesanOpd {
  wajib(label: string): string;
  slugSalah: string;
  urutanSalah: string;
  label: Record<"nama" | "slug", string>;
}

/** Field → message for what is wrong before sending; empty when the row may be sent. */
export function periksaOpd(n: NilaiOpd, baru: boolean, p: PesanOpd): Record<string, string> {
  const galat: Record<string, string> = {};
  if (baru && !n.slug.trim()) galat.slug = p.wajib(p.label.slug);
  else if (baru && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(n.slug.trim())) galat.slug = p.slugSalah;
  if (!n.nama.trim()) galat.nama = p.wajib(p.label.nama);
  if (n.kode.trim()) {
    try {
      parseKodeUnit(n.kode);
    } catch (e) {
      galat.kode = e instanceof Error ? e.message : String(e);
    }
  }
  const u = n.urutan.trim();
  if (u && (!/^\d+$/.test(u) || Number(u) < 1 || Number(u) > 9999)) galat.urutan = p.urutanSalah;
  return galat;
}

/** The JSON body of POST/PUT …/opd. */
export function badanOpd(n: NilaiOpd) {
  return {
    nama: n.nama.trim(),
    jenis: n.jenis,
    kode: n.kode.trim() || null,
    alamat: n.alamat.trim() || null,
    urutan: n.urutan.trim() ? Number(n.urutan) : null,
  };
}

/** galat-form `cocok`: a 409 has no field; its message ("Slug …", "Kode unit …") is shown at slug or kode. */
export const cocokOpd = (k: string) => (k === "slug" ? "Slug " : k === "kode" ? "Kode unit" : `[${k}]`);
