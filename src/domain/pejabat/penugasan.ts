/**
 * Acting officials (issue 17). A Plt. (Pelaksana Tugas, for a vacant or long-absent post) or Plh. (Pelaksana Harian,
 * for a short absence) signs "Plt. Camat …" / "Plh. Camat …": "Plt." / "Plh." before the position he fills, under his
 * own name and NIP (Surat Edaran Kepala BKN Nomor 1/SE/I/2021 on the authority of Plh. and Plt.).
 * Pure rules: the period check, the assignment in force on a day and the printed position.
 */
import { DomainError } from "../shared/errors";

export type JenisPenugasan = "plt" | "plh";

export interface Penugasan {
  jenis: JenisPenugasan;
  jabatanDiisi: string;
  nomorSk: string;
  /** ISO dates, `selesai` inclusive, null = open-ended. */
  mulai: string;
  selesai: string | null;
}

export const AWALAN_PENUGASAN: Record<JenisPenugasan, string> = { plt: "Plt.", plh: "Plh." };

const TANGGAL = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one assignment; DomainError naming the field. */
export function periksaPenugasan(p: Penugasan): Penugasan {
  const jabatanDiisi = p.jabatanDiisi.trim().replace(/\s+/g, " ");
  const nomorSk = p.nomorSk.trim().replace(/\s+/g, " ");
  if (p.jenis !== "plt" && p.jenis !== "plh")
    throw new DomainError("jenis_tidak_sah", 'jenis: pilih "plt" atau "plh"', { field: "jenis" });
  if (jabatanDiisi === "" || jabatanDiisi.length > 200)
    throw new DomainError("jabatan_tidak_sah", "jabatanDiisi: jabatan yang diisi wajib (paling banyak 200 karakter)", {
      field: "jabatanDiisi",
    });
  // The acting prefix is added when printing: "Plt. Camat" typed in the field would print "Plt. Plt. Camat".
  if (/^pl[th]\.?\s/i.test(jabatanDiisi))
    throw new DomainError("jabatan_tidak_sah", 'jabatanDiisi: tulis jabatannya saja, tanpa "Plt."/"Plh."', {
      field: "jabatanDiisi",
    });
  if (nomorSk === "" || nomorSk.length > 200)
    throw new DomainError("nomor_sk_kosong", "nomorSk: nomor SK penunjukan wajib diisi (paling banyak 200 karakter)", {
      field: "nomorSk",
    });
  if (!TANGGAL.test(p.mulai))
    throw new DomainError("tanggal_tidak_sah", "mulai: tanggal mulai wajib (YYYY-MM-DD)", { field: "mulai" });
  if (p.selesai !== null && !TANGGAL.test(p.selesai))
    throw new DomainError("tanggal_tidak_sah", "selesai: tanggal selesai tidak sah (YYYY-MM-DD)", { field: "selesai" });
  if (p.selesai !== null && p.selesai < p.mulai)
    throw new DomainError("periode_terbalik", "selesai: tanggal selesai sebelum tanggal mulai", { field: "selesai" });
  return { ...p, jabatanDiisi, nomorSk };
}

/** True when `hari` (ISO date) lies in the assignment's period (both ends inclusive). */
export function berlakuPada(p: Pick<Penugasan, "mulai" | "selesai">, hari: string): boolean {
  return p.mulai <= hari && (p.selesai === null || p.selesai >= hari);
}

/** The assignment in force on `hari`: the latest started one (a Plh. inside a Plt. period wins), or null. */
export function penugasanPada<T extends Penugasan>(rows: readonly T[], hari: string): T | null {
  const aktif = rows.filter((p) => berlakuPada(p, hari));
  aktif.sort((a, b) => (a.mulai < b.mulai ? 1 : a.mulai > b.mulai ? -1 : 0));
  return aktif[0] ?? null;
}

/** The position as printed under a signature: "Plt. Camat Sei Balai", or the own position when not acting. */
export function jabatanTercetak(jabatanSendiri: string, p: Pick<Penugasan, "jenis" | "jabatanDiisi"> | null): string {
  return p ? `${AWALAN_PENUGASAN[p.jenis]} ${p.jabatanDiisi}` : jabatanSendiri;
}
