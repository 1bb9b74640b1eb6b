/**
 * Authorisation-matrix entries of the publication routes (issue 15, ADR 0029), spread into MATRIX (authz-matrix.ts).
 * Publishing addresses a year without data (2031, AKIP): an allowed caller gets the 409 "nothing to publish" after
 * the permission check; withdrawing what is not published answers 200 { ditarik: false }.
 */
import type { MatrixEntry } from "./authz-matrix";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/publikasi/{tahun}";

export const MATRIX_PUBLIKASI: MatrixEntry[] = [
  { method: "get", path: BASE, izin: "laporan.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  {
    method: "put",
    path: `${BASE}/{jenis}`,
    izin: "publikasi.terbitkan",
    scope: "opd",
    params: () => ({ tahun: "2031", jenis: "akip" }),
    body: () => ({}),
  },
  {
    method: "delete",
    path: `${BASE}/{jenis}`,
    izin: "publikasi.terbitkan",
    scope: "opd",
    params: () => ({ tahun: "2031", jenis: "akip" }),
  },
];
