/**
 * Authorisation-matrix entries of the Rencana Aksi routes (issue #19), spread into MATRIX (authz-matrix.ts).
 * Quarter writes address a year of their own per request; the plan save addresses a PK of the addressed OPD.
 */
import { listPk } from "../../src/storage/repositories/pk-repository";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}";
const tahunBaru = (t: Tempat) => ({ tahun: String(2040 + (t.seq % 50)) });

export const MATRIX_RENAKSI: MatrixEntry[] = [
  { method: "get", path: BASE, izin: "renaksi.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  {
    method: "put",
    path: `${BASE}/pk/{pkId}`,
    izin: "renaksi.ubah",
    scope: "opd",
    // a PK of the addressed OPD (the demo's 2023 PKs); an empty plan is a valid save
    params: async (t) => ({
      tahun: "2023",
      pkId: (await listPk(t.ctx.db, t.opdId, 2023))[0]?.id ?? "00000000-0000-4000-8000-000000000000",
    }),
    body: () => ({ indikator: [] }),
  },
  {
    method: "put",
    path: `${BASE}/triwulan/{triwulan}/realisasi`,
    izin: "renaksi.ubah",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), triwulan: "1" }),
    body: () => ({ baris: [] }),
  },
  {
    method: "post",
    path: `${BASE}/triwulan/{triwulan}/status`,
    izin: "data.ajukan",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), triwulan: "1" }),
    body: () => ({ aksi: "ajukan" }),
  },
];
