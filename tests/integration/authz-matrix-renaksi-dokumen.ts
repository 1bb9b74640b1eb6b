/**
 * Authorisation-matrix entries of the Rencana Aksi documents (issue #19), spread into MATRIX (authz-matrix.ts):
 * the quarterly Laporan Capaian Kinerja of the addressed OPD, read with renaksi.baca.
 */
import type { MatrixEntry } from "./authz-matrix";

export const MATRIX_RENAKSI_DOKUMEN: MatrixEntry[] = [
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/dokumen",
    izin: "renaksi.baca",
    scope: "opd",
    params: () => ({ tahun: "2023" }),
    query: () => ({ triwulan: "1", format: "xlsx" }),
  },
];
