/**
 * Authorisation-matrix entries of the Plt./Plh. assignment routes (issue 17), spread into MATRIX (authz-matrix.ts).
 * The POST body has its end before its start: an allowed caller gets a 400 naming `selesai`, nothing is written.
 */
import type { MatrixEntry, Tempat } from "./authz-matrix";
import { pejabatContoh } from "./authz-matrix-kinerja";
import { tambahPenugasan } from "../../src/services/organisasi/penugasan-pejabat";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";

/** The same sample officials as the PK entries (head + subordinate), so the PK samples find theirs whatever runs first. */
async function pejabat(t: Tempat): Promise<Record<string, string>> {
  return { id: await pejabatContoh(t) };
}

let tahunKe = 0;

/** A sample assignment of the sample official, in a year of its own (no overlap with another request's). */
async function penugasan(t: Tempat): Promise<Record<string, string>> {
  const id = await pejabatContoh(t);
  const tahun = 2200 + tahunKe++;
  const p = await tambahPenugasan(
    t.ctx,
    { pemda: t.pemdaSlug, opd: t.opdSlug },
    {
      pejabatId: id,
      jenis: "plh",
      jabatanDiisi: "Kepala",
      nomorSk: `800/${t.seq}`,
      mulai: `${tahun}-01-01`,
      selesai: `${tahun}-12-31`,
    },
  );
  return { id, penugasanId: p.id };
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
  // ADR 0039: ending an assignment (the end before its start: an allowed caller gets a 400 naming `selesai`)
  {
    method: "post",
    path: `${O}/pejabat/{id}/penugasan/{penugasanId}/akhiri`,
    izin: "organisasi.ubah",
    scope: "opd",
    params: penugasan,
    body: () => ({ selesai: "2000-01-01" }),
  },
];
