/**
 * Authorisation-matrix entries of the Plt./Plh. assignment routes (issue 17), spread into MATRIX (authz-matrix.ts).
 * The POST body has its end before its start: an allowed caller gets a 400 naming `selesai`, nothing is written.
 */
import { simpanDaftarPejabat } from "../../src/services/organisasi/simpan-pejabat";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";

async function pejabat(t: Tempat): Promise<Record<string, string>> {
  const ada = await listPejabat(t.ctx.db, t.pemdaId, t.opdId);
  if (ada[0]) return { id: ada[0].id };
  await simpanDaftarPejabat(t.ctx, { pemda: t.pemdaSlug, opd: t.opdSlug }, [
    {
      kode: "kepala-contoh",
      peran: "kepala-opd",
      nama: "KEPALA CONTOH",
      nip: "198001012005011001",
      jabatan: "Kepala",
      eselon: "III",
    },
  ]);
  return { id: (await listPejabat(t.ctx.db, t.pemdaId, t.opdId))[0]!.id };
}

export const MATRIX_PENUGASAN: MatrixEntry[] = [
  { method: "get", path: `${O}/pejabat/{id}/penugasan`, izin: "organisasi.baca", scope: "opd", params: pejabat },
  {
    method: "post",
    path: `${O}/pejabat/{id}/penugasan`,
    izin: "organisasi.ubah",
    scope: "opd",
    params: pejabat,
    body: () => ({
      jenis: "plt",
      jabatanDiisi: "Kepala",
      nomorSk: "800/1/2024",
      mulai: "2024-06-30",
      selesai: "2024-01-01",
    }),
  },
];
