/** A user as shown to the UI and CLI (never the password hash), with the names of its Pemda and OPD. */
import { LABEL_PERAN, type Peran } from "../../domain/akses/izin";
import { listOpd, listPemda } from "../../storage/repositories/organisasi-repository";
import type { PenggunaRow } from "../../storage/repositories/pengguna-repository";
import type { Db } from "../../storage/database";

export interface ProfilPengguna {
  id: string;
  nama: string;
  email: string;
  nip: string | null;
  peran: Peran;
  labelPeran: string;
  aktif: boolean;
  terkunciSampai: string | null;
  pemda: { id: string; slug: string; nama: string };
  opd: { id: string; slug: string; nama: string } | null;
}

export async function keProfil(db: Db, row: PenggunaRow): Promise<ProfilPengguna> {
  const pemda = (await listPemda(db)).find((p) => p.id === row.pemdaId);
  const opd = row.opdId ? (await listOpd(db, row.pemdaId)).find((o) => o.id === row.opdId) : undefined;
  return {
    id: row.id,
    nama: row.nama,
    email: row.email,
    nip: row.nip,
    peran: row.peran,
    labelPeran: LABEL_PERAN[row.peran],
    aktif: row.aktif,
    terkunciSampai: row.terkunciSampai ? row.terkunciSampai.toISOString() : null,
    pemda: { id: row.pemdaId, slug: pemda?.slug ?? "", nama: pemda?.nama ?? "" },
    opd: opd ? { id: opd.id, slug: opd.slug, nama: opd.nama } : null,
  };
}

/** What the audit trail keeps of a user: the profile fields that can change, never a password or hash. */
export function jejakPengguna(row: PenggunaRow) {
  return {
    nama: row.nama,
    email: row.email,
    nip: row.nip,
    peran: row.peran,
    pemdaId: row.pemdaId,
    opdId: row.opdId,
    aktif: row.aktif,
  };
}
