/**
 * Authorisation-matrix entries of the TTE routes (issue 17), spread into MATRIX (authz-matrix.ts). The signing body
 * is a minimal PDF header with an unknown NIP: an allowed caller gets a 400 naming `nip` after authorisation.
 */
import type { MatrixEntry } from "./authz-matrix";

export const MATRIX_TTE: MatrixEntry[] = [
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/opd/{opd}/tte/tandatangani",
    izin: "tte.tandatangani",
    scope: "opd",
    body: () => ({
      namaBerkas: "uji.pdf",
      isiBase64: Buffer.from("%PDF-1.4\n").toString("base64"),
      jenisDokumen: "pk",
      nip: "199001012020011999",
      penyedia: "register",
    }),
  },
  { method: "get", path: "/api/v1/pemda/{pemda}/opd/{opd}/tte", izin: "laporan.baca", scope: "opd" },
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/tte/verifikasi",
    izin: "laporan.baca",
    scope: "pemda",
    body: () => ({ isiBase64: Buffer.from("%PDF-1.4\n").toString("base64") }),
  },
];
