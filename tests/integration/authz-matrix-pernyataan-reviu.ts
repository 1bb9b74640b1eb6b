/**
 * Authorisation-matrix entry of the Pernyataan Telah Direviu (src/api/routes/pernyataan-reviu.ts), spread into
 * MATRIX (authz-matrix.ts): the APIP's statement, permission reviu.periksa on the OPD.
 */
import type { MatrixEntry } from "./authz-matrix";

export const MATRIX_PERNYATAAN_REVIU: MatrixEntry[] = [
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/opd/{opd}/reviu/pernyataan/{tahun}",
    izin: "reviu.periksa",
    scope: "opd",
    params: () => ({ tahun: "2023" }),
    query: () => ({ format: "docx" }),
  },
];
