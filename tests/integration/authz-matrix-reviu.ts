/**
 * Authorisation-matrix entry of the reviu route (issue 14), spread into MATRIX (authz-matrix.ts). The upload is
 * multipart; the matrix sends JSON, which the service answers with 400 after authorising (access proven).
 */
import type { MatrixEntry } from "./authz-matrix";

export const MATRIX_REVIU: MatrixEntry[] = [
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/reviu/periksa",
    izin: "reviu.periksa",
    scope: "pemda",
    body: () => ({}),
  },
];
