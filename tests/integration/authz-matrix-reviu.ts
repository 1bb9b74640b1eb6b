/**
 * Authorisation-matrix entry of the reviu route (issue 14), spread into MATRIX (authz-matrix.ts). The matrix sends
 * the JSON form of the upload (base64): a text without a table, which an allowed caller gets back as a 400 from the
 * reader, after authorisation.
 */
import type { MatrixEntry } from "./authz-matrix";

export const MATRIX_REVIU: MatrixEntry[] = [
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/reviu/periksa",
    izin: "reviu.periksa",
    scope: "pemda",
    body: () => ({ namaBerkas: "uji.txt", isiBase64: Buffer.from("Laporan tanpa tabel").toString("base64") }),
  },
];
