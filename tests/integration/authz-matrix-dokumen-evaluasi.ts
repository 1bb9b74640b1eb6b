/**
 * Authorisation-matrix entries of the evaluation documents (src/api/routes/dokumen-evaluasi.ts), spread into MATRIX
 * in authz-matrix.ts. Year 2023: the demo holds every OPD's component values of that year (Inspektorat recap).
 */
import type { MatrixEntry } from "./authz-matrix";

const tahun = () => ({ tahun: "2023" });

export const MATRIX_DOKUMEN_EVALUASI: MatrixEntry[] = [
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/opd/{opd}/lhe/{tahun}",
    izin: "evaluasi.baca",
    scope: "opd",
    params: tahun,
    query: () => ({ format: "docx" }),
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}",
    izin: "evaluasi.baca",
    scope: "pemda",
    params: tahun,
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/unduh",
    izin: "evaluasi.baca",
    scope: "pemda",
    params: tahun,
    query: () => ({ format: "xlsx" }),
  },
  // the recap letter's stored number (ADR 0033)
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/surat",
    izin: "evaluasi.baca",
    scope: "pemda",
    params: tahun,
  },
  {
    method: "put",
    path: "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/surat",
    izin: "evaluasi.finalkan",
    scope: "pemda",
    params: tahun,
    body: (t) => ({ nomor: `700/${t.seq}/2023` }),
  },
];
