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
  // The validator over an OPD-year's data (ADR 0027): every reader of the report.
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/opd/{opd}/reviu/data/{tahun}",
    izin: "laporan.baca",
    scope: "opd",
    params: () => ({ tahun: "2023" }),
  },
];
